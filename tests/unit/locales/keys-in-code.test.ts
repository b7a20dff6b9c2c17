/**
 * Every key the renderer asks for exists in English, in the namespace it is asked
 * from. (The typecheck catches most typos through CustomTypeOptions; this also covers
 * keys built from template literals and calls the types do not reach.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractKeys, type UsedKey } from './extract-keys';
import {
  pluralBase,
  PROJECT_ROOT,
  readNamespace,
  SOURCE_LANGUAGE,
  sourceNamespaces,
} from './locale-files';

const DEFAULT_NAMESPACE = 'common';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** English keys per namespace, with plural groups also known by their base key. */
const english = new Map(
  sourceNamespaces().map((namespace) => {
    const keys = new Set<string>();
    for (const key of readNamespace(SOURCE_LANGUAGE, namespace).keys()) {
      keys.add(key);
      const base = pluralBase(key);
      if (base) keys.add(base);
    }
    return [namespace, keys] as const;
  }),
);

function isKnown(used: UsedKey): boolean {
  const namespaces = used.namespace === null ? [...english.keys()] : [used.namespace];
  return namespaces.some((namespace) => {
    const keys = english.get(namespace);
    if (!keys) return false;
    if (!used.pattern) return keys.has(used.key);
    const pattern = new RegExp(used.key);
    return [...keys].some((key) => pattern.test(key));
  });
}

describe('keys used in the renderer', () => {
  const used = sourceFiles(path.join(PROJECT_ROOT, 'renderer')).flatMap((file) =>
    extractKeys(path.relative(PROJECT_ROOT, file), readFileSync(file, 'utf8'), DEFAULT_NAMESPACE),
  );

  it('are found (the extraction sees the screens)', () => {
    expect(used.length).toBeGreaterThan(60);
    expect(used).toContainEqual(
      expect.objectContaining({ namespace: 'guide', key: 'welcome.title' }),
    );
    expect(used).toContainEqual(
      expect.objectContaining({ namespace: 'common', key: 'help.title' }),
    );
  });

  it('all exist in English', () => {
    const unknown = used
      .filter((key) => !isKnown(key))
      .map((key) => `${key.file}:${key.line} ${key.namespace ?? '*'}:${key.key}`);
    expect(unknown).toEqual([]);
  });
});

describe('the key extraction', () => {
  const sample = `
    import { useTranslation } from 'react-i18next';
    import type { TFunction } from 'i18next';
    function A({ role }: { role: string }) {
      const { t } = useTranslation('guide');
      const { t: tc } = useTranslation();
      return [t('welcome.nope'), tc('help.title'), tc(\`help.roles.\${role}\`), t('common:nav.gone')];
    }
    function b(t: TFunction<'guide'>) { return t('steps.c-hold.typo'); }
  `;
  const keys = extractKeys('sample.tsx', sample, DEFAULT_NAMESPACE);

  it('binds each t to its namespace and reads literal, prefixed and template keys', () => {
    expect(keys.map((key) => `${key.namespace}:${key.key}`)).toEqual([
      'guide:welcome.nope',
      'common:help.title',
      'common:^help\\.roles\\.[^.]+$',
      'common:nav.gone',
      'guide:steps.c-hold.typo',
    ]);
  });

  it('flags keys English does not have', () => {
    expect(keys.filter((key) => !isKnown(key)).map((key) => key.key)).toEqual([
      'welcome.nope',
      'nav.gone',
      'steps.c-hold.typo',
    ]);
  });
});
