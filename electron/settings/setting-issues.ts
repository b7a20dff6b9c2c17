/**
 * Turns a zod error into field issues with the codes the panel has messages for.
 * Messages set in the schemas are those codes; anything else reads as `invalid`.
 */
import type { z } from 'zod';
import { SETTING_ISSUE_CODES, type FieldIssue, type SettingIssueCode } from '../ipc/contract';

function codeOf(issue: z.core.$ZodIssue): SettingIssueCode {
  if ((SETTING_ISSUE_CODES as readonly string[]).includes(issue.message)) {
    return issue.message as SettingIssueCode;
  }
  if (issue.code === 'too_big') return 'too-long';
  if (issue.code === 'too_small') return 'required';
  return 'invalid';
}

export function settingIssuesOf(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const field = { path: issue.path.map(String).join('.'), code: codeOf(issue) };
    const key = `${field.path}:${field.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(field);
  }
  return issues;
}
