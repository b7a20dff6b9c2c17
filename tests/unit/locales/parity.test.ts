/**
 * The translation gates: every language has exactly English's keys, with the same
 * placeholders, markup, numbers and hand letters, and nothing left in English that is
 * not on the short allow-list below.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATIENT_NAMESPACES, STAFF_NAMESPACES } from '../../../renderer/i18n/namespaces';
import {
  expectedKeys,
  namespaceFile,
  readNamespace,
  requiredNamespaces,
  shippedLanguages,
  SOURCE_LANGUAGE,
  sourceNamespaces,
  sourceTextFor,
} from './locale-files';
import { handLetters, markup, numbers, placeholders, visibleWords } from './text-facts';

/**
 * Texts that may read exactly as in English, by `namespace:key`, with the languages
 * allowed ('*' for all). Keep it short: names, and words the language shares.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  'common:appName': ['*'], // the product's name
  'teaching:hands.positions.c': ['*'], // the hand-position letters themselves
  'teaching:hands.positions.u': ['*'],
  'guide:about.videosTitle': ['es'], // "Videos" is Spanish too
  'admin:tabs.packs': ['es'],
  'common:help.roles.other': ['fr'], // "Contact" is French too
  'guide:about.sourcesTitle': ['fr'], // "Sources" is French too
  'common:help.extension': ['es'], // "ext." abbreviates "extensión" too
  'teaching:pacer.pause': ['fr'], // "Pause" is French too
};

const languages = shippedLanguages();
const translations = languages.filter((language) => language !== SOURCE_LANGUAGE);

describe('the locale folders', () => {
  it('ship English and the seventeen other languages of the guide', () => {
    expect(languages).toHaveLength(18);
    expect(languages).toContain(SOURCE_LANGUAGE);
  });

  it('name every English namespace as patient or staff text', () => {
    const known = [...PATIENT_NAMESPACES, ...STAFF_NAMESPACES] as string[];
    expect(sourceNamespaces().filter((namespace) => !known.includes(namespace))).toEqual([]);
  });
});

describe.each(translations)('%s', (language) => {
  for (const namespace of requiredNamespaces(language)) {
    describe(namespace, () => {
      const source = readNamespace(SOURCE_LANGUAGE, namespace);
      const present = existsSync(namespaceFile(language, namespace));
      const target = present ? readNamespace(language, namespace) : new Map<string, string>();

      it('exists', () => {
        expect(present, `${language}/${namespace}.json`).toBe(true);
      });

      it('has exactly the English keys (plural forms as the language needs)', () => {
        const expected = expectedKeys(language, source);
        const missing = [...expected].filter((key) => !target.has(key));
        const stale = [...target.keys()].filter((key) => !expected.has(key));
        expect({ missing, stale }).toEqual({ missing: [], stale: [] });
      });

      it('has no empty text', () => {
        expect([...target].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual(
          [],
        );
      });

      it('keeps every placeholder and markup tag', () => {
        const drift = [...target].flatMap(([key, text]) => {
          const english = sourceTextFor(key, source);
          if (english === undefined) return [];
          const same =
            placeholders(text).join() === placeholders(english).join() &&
            markup(text).join() === markup(english).join();
          return same ? [] : [{ key, english, text }];
        });
        expect(drift).toEqual([]);
      });

      // A translation may add digits where English has words ("a minute or two" as "1~2분").
      it('keeps every number of the English text (in any digit script)', () => {
        const drift = [...target].flatMap(([key, text]) => {
          const english = sourceTextFor(key, source);
          if (english === undefined) return [];
          const translated = new Set(numbers(text));
          const lost = numbers(english).filter((value) => !translated.has(value));
          return lost.length === 0 ? [] : [{ key, lost, text }];
        });
        expect(drift).toEqual([]);
      });

      // Only where English names a hand position: elsewhere a lone C or U may be a word
      // (Somali "u", French "C'est").
      it('keeps the hand-position letters C and U', () => {
        const count = (letters: string[], letter: string) =>
          letters.filter((l) => l === letter).length;
        const drift = [...target].flatMap(([key, text]) => {
          const english = handLetters(sourceTextFor(key, source) ?? '');
          const translated = handLetters(text);
          const kept = ['C', 'U'].every(
            (letter) => count(translated, letter) >= count(english, letter),
          );
          return kept ? [] : [{ key, english, text: translated }];
        });
        expect(drift).toEqual([]);
      });

      it('leaves nothing in English but the allow-listed names', () => {
        const leftovers = [...target].flatMap(([key, text]) => {
          const english = sourceTextFor(key, source);
          const words = visibleWords(text);
          if (english === undefined || !/\p{L}/u.test(words) || words !== visibleWords(english))
            return [];
          const allowed = SAME_AS_ENGLISH[`${namespace}:${key}`] ?? [];
          return allowed.includes('*') || allowed.includes(language) ? [] : [`${key}: ${text}`];
        });
        expect(leftovers).toEqual([]);
      });
    });
  }
});
