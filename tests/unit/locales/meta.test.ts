/**
 * Each language's meta.json: a valid code Intl knows, its name written in itself, the
 * right reading direction, who translated it and whether a clinician reviewed it; and
 * a new kiosk offers every shipped language.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../electron/settings/settings-schema';
import { LOCALES_DIR, readJson, shippedLanguages } from './locale-files';

const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm']);

function scriptOf(language: string): string | undefined {
  return new Intl.Locale(language).maximize().script;
}

describe.each(shippedLanguages())('%s/meta.json', (language) => {
  const meta = readJson(path.join(LOCALES_DIR, language, 'meta.json')) as Record<string, unknown>;

  it('is a language code Intl and i18next understand', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    expect(names.of(language), 'a known language').toBeTruthy();
    // Well-formed BCP 47 (this throws otherwise); Intl may map an alias such as tl -> fil.
    expect(Intl.getCanonicalLocales(language)).toHaveLength(1);
    expect(() => new Intl.PluralRules(language)).not.toThrow();
  });

  it('names the language in its own script and says its direction', () => {
    expect(typeof meta.endonym).toBe('string');
    expect((meta.endonym as string).length).toBeGreaterThan(1);
    const expected = RIGHT_TO_LEFT_SCRIPTS.has(scriptOf(language) ?? '') ? 'rtl' : 'ltr';
    expect(meta.dir).toBe(expected);
  });

  it('says who translated it and whether a clinician reviewed it', () => {
    expect(typeof meta.translator).toBe('string');
    expect((meta.translator as string).length).toBeGreaterThan(3);
    const review = meta.review as Record<string, unknown>;
    if (review.status === 'reviewed') {
      expect(typeof review.reviewer).toBe('string');
      expect(String(review.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } else {
      expect(review).toEqual({ status: 'unreviewed' });
    }
  });
});

describe('a new kiosk', () => {
  it('offers every shipped language, starting in one of them', () => {
    expect([...DEFAULT_SETTINGS.languages].sort()).toEqual(shippedLanguages());
    expect(DEFAULT_SETTINGS.languages).toContain(DEFAULT_SETTINGS.defaultLanguage);
  });
});
