/**
 * Reads the locale folders the way the gates need them: every shipped language, each
 * namespace flattened to `dotted.key -> text`, and the plural forms a language needs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PATIENT_NAMESPACES,
  STAFF_LANGUAGES,
  STAFF_NAMESPACES,
} from '../../../renderer/i18n/namespaces';

export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const LOCALES_DIR = path.join(PROJECT_ROOT, 'locales');
export const SOURCE_LANGUAGE = 'en';

export type Flat = Map<string, string>;

/** Every folder under locales/ that has a meta.json: the shipped languages. */
export function shippedLanguages(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(LOCALES_DIR, entry.name, 'meta.json')),
    )
    .map((entry) => entry.name)
    .sort();
}

/** The namespaces English has, from its files (meta.json is not text). */
export function sourceNamespaces(): string[] {
  return readdirSync(path.join(LOCALES_DIR, SOURCE_LANGUAGE))
    .filter((file) => file.endsWith('.json') && file !== 'meta.json')
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** Namespaces a language must carry in full. */
export function requiredNamespaces(language: string): string[] {
  const staff = (STAFF_LANGUAGES as readonly string[]).includes(language) ? STAFF_NAMESPACES : [];
  return [...PATIENT_NAMESPACES, ...staff].filter((namespace) =>
    existsSync(path.join(LOCALES_DIR, SOURCE_LANGUAGE, `${namespace}.json`)),
  );
}

export function namespaceFile(language: string, namespace: string): string {
  return path.join(LOCALES_DIR, language, `${namespace}.json`);
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** Nested objects to `a.b.c -> text`; anything that is not a string or object is an error. */
export function flatten(value: unknown, prefix = '', into: Flat = new Map()): Flat {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    throw new Error(`${prefix || '(root)'} is neither text nor a group of keys`);
  }
  return into;
}

export function readNamespace(language: string, namespace: string): Flat {
  return flatten(readJson(namespaceFile(language, namespace)));
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `storage.units.hour_one` -> `storage.units.hour`; other keys are their own base. */
export function pluralBase(key: string): string | null {
  return PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, '') : null;
}

/** The plural forms i18next will ask for in this language (Intl.PluralRules). */
export function pluralCategories(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

/**
 * The keys a language must have, given English: plain keys as they are, and each
 * English plural group with exactly the plural forms of that language.
 */
export function expectedKeys(language: string, source: Flat): Set<string> {
  const keys = new Set<string>();
  for (const key of source.keys()) {
    const base = pluralBase(key);
    if (base === null) keys.add(key);
    else for (const category of pluralCategories(language)) keys.add(`${base}_${category}`);
  }
  return keys;
}

/** The English text a translated key answers to (plural forms compare with `_other`). */
export function sourceTextFor(key: string, source: Flat): string | undefined {
  const base = pluralBase(key);
  return base === null ? source.get(key) : (source.get(`${base}_other`) ?? source.get(key));
}
