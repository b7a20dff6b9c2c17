/**
 * A pack's optional text overrides: `locales/<lng>/guide.json` replaces some of the
 * guide's texts in one language (a hospital's own wording of a step, say). Only texts
 * the guide has may be replaced, and every placeholder such as {{time}} must be kept,
 * or the kiosk would show a raw placeholder or lose a figure.
 */
import englishGuide from '../../locales/en/guide.json' with { type: 'json' };
import { languageCodeSchema } from '../ipc/contract';

/** Namespaces a pack may override; the rest (buttons, help bar) stay the app's. */
export const OVERRIDABLE_NAMESPACES = { guide: englishGuide } as const;
export type OverridableNamespace = keyof typeof OVERRIDABLE_NAMESPACES;

export const LOCALE_OVERRIDE_PATTERN = /^locales\/([^/]+)\/([^/]+)\.json$/;
const MAX_TEXT_LENGTH = 2000;

export type TextTree = { [key: string]: string | TextTree };

/** Deeper than any text of the guide (steps.<id>.title is three levels). */
export const MAX_TEXT_DEPTH = 8;

/**
 * Every text of a tree by its dotted key. Walked with a stack, not recursion, and
 * bounded: a 40,000-deep file gets a problem, never a RangeError.
 */
function flatten(tree: unknown): { texts: Map<string, unknown>; tooDeep: boolean } {
  const texts = new Map<string, unknown>();
  const pending: { value: unknown; key: string; depth: number }[] = [{ value: tree, key: '', depth: 0 }];
  let tooDeep = false;
  while (pending.length > 0) {
    const { value, key, depth } = pending.pop()!;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (depth >= MAX_TEXT_DEPTH) {
        tooDeep = true;
        continue;
      }
      const children = Object.entries(value).reverse();
      for (const [name, child] of children) pending.push({ value: child, key: key ? `${key}.${name}` : name, depth: depth + 1 });
    } else {
      texts.set(key, value);
    }
  }
  return { texts, tooDeep };
}

const placeholders = (text: string) =>
  new Set([...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((match) => match[1]));

export interface OverrideCheck {
  problems: string[];
  /** The overrides that passed, as a nested tree i18next can merge. */
  texts: TextTree;
}

/** Checks a parsed override file; `language` and `namespace` come from its path. */
export function checkTextOverride(
  language: string,
  namespace: string,
  content: unknown,
): OverrideCheck {
  const problems: string[] = [];
  const texts: TextTree = {};
  if (!languageCodeSchema.safeParse(language).success) {
    return { problems: [`"${language}" is not a language code (like en, es or pt-BR)`], texts };
  }
  if (!Object.hasOwn(OVERRIDABLE_NAMESPACES, namespace)) {
    const known = Object.keys(OVERRIDABLE_NAMESPACES).join(', ');
    return {
      problems: [`"${namespace}" texts cannot be replaced by a pack; only ${known}.json`],
      texts,
    };
  }
  if (!content || typeof content !== 'object' || Array.isArray(content)) {
    return { problems: ['must hold a JSON object of texts'], texts };
  }
  const english = flatten(OVERRIDABLE_NAMESPACES[namespace as OverridableNamespace]).texts;
  const given = flatten(content);
  if (given.tooDeep) {
    return { problems: [`nests deeper than ${MAX_TEXT_DEPTH} levels; the guide's texts are at most 3 deep`], texts };
  }
  for (const [key, value] of given.texts) {
    const source = english.get(key);
    if (typeof source !== 'string') {
      problems.push(
        `"${key}" is not a text of the guide; check the spelling against locales/en/${namespace}.json`,
      );
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`"${key}" must be non-empty text`);
      continue;
    }
    if (value.length > MAX_TEXT_LENGTH) {
      problems.push(`"${key}" is longer than ${MAX_TEXT_LENGTH} characters`);
      continue;
    }
    if (/[\p{Cc}\u202a-\u202e]/u.test(value.replace(/\n/g, ''))) {
      problems.push(`"${key}" contains control or text-direction characters`);
      continue;
    }
    const wanted = placeholders(source);
    const given = placeholders(value);
    const missing = [...wanted].filter((name) => !given.has(name));
    const unknown = [...given].filter((name) => !wanted.has(name));
    if (missing.length > 0) {
      problems.push(
        `"${key}" must keep ${missing.map((n) => `{{${n}}}`).join(' and ')}, which the app fills in`,
      );
      continue;
    }
    if (unknown.length > 0) {
      problems.push(
        `"${key}" uses ${unknown.map((n) => `{{${n}}}`).join(' and ')}, which the app does not fill in`,
      );
      continue;
    }
    let node: TextTree = texts;
    const parts = key.split('.');
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = typeof next === 'object' ? next : (node[part] = {});
    }
    node[parts[parts.length - 1] as string] = value;
  }
  return { problems, texts };
}
