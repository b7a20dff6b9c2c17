/**
 * The languages the app ships, read from each locale's meta.json at build time.
 * A locale whose meta.json is malformed is left out rather than shown broken.
 */
export interface LocaleMeta {
  endonym: string;
  dir: 'ltr' | 'rtl';
  translator: string;
  review: { status: 'unreviewed' } | { status: 'reviewed'; reviewer: string; date: string };
}

const metaFiles = import.meta.glob<{ default: unknown }>('../../locales/*/meta.json', {
  eager: true,
});

function isLocaleMeta(value: unknown): value is LocaleMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Record<string, unknown>;
  const review = meta.review as Record<string, unknown> | undefined;
  return (
    typeof meta.endonym === 'string' &&
    meta.endonym.length > 0 &&
    (meta.dir === 'ltr' || meta.dir === 'rtl') &&
    typeof meta.translator === 'string' &&
    (review?.status === 'unreviewed' || review?.status === 'reviewed')
  );
}

/** Every shipped language with a valid meta.json, keyed by language code. */
export const LOCALES: ReadonlyMap<string, LocaleMeta> = new Map(
  Object.entries(metaFiles).flatMap(([file, module]) => {
    const language = file.split('/').at(-2) ?? '';
    return isLocaleMeta(module.default) ? [[language, module.default] as const] : [];
  }),
);

export const SOURCE_LANGUAGE = 'en';

export function directionOf(language: string): 'ltr' | 'rtl' {
  return LOCALES.get(language)?.dir ?? 'ltr';
}

export function endonymOf(language: string): string {
  return LOCALES.get(language)?.endonym ?? language;
}
