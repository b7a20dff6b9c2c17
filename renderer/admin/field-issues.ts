import type { FieldIssue, SettingIssueCode } from '../../electron/ipc/contract';

/** The first issue code for each field path under `prefix` ("contacts.2." → "name"). */
export function issuesUnder(issues: readonly FieldIssue[], prefix: string): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    if (!issue.path.startsWith(prefix) && !(prefix === '' || issue.path === prefix.replace(/\.$/, ''))) continue;
    const field = issue.path.slice(prefix.length) || '_';
    byField[field] ??= issue.code;
  }
  return byField;
}

// Listing every code here makes a new code without a message a type error.
const CODES: Record<SettingIssueCode, true> = {
  required: true,
  'too-long': true,
  'control-characters': true,
  'phone-characters': true,
  'phone-or-extension': true,
  'extension-digits': true,
  'time-format': true,
  'same-times': true,
  'no-days': true,
  duplicate: true,
  'out-of-range': true,
  'default-not-enabled': true,
  'too-many': true,
  locked: true,
  'not-absolute': true,
  invalid: true,
};

/** A code from main that this build has a message for, or `invalid`. */
export function knownIssue(code: string | undefined): SettingIssueCode | null {
  if (code === undefined) return null;
  return Object.hasOwn(CODES, code) ? (code as SettingIssueCode) : 'invalid';
}
