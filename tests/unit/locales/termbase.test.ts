/**
 * The termbase gate (locales/termbase.json): in every language, each concept the guide
 * teaches is named by its one termbase word wherever the English text names it; the
 * words kept for what must not be done (squeezing the nipple) never name the action;
 * and the warning about the nipple never uses the action's word. A parent who reads
 * "press together" in step 8 must not read the same verb in "do not ... the nipple".
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATIENT_NAMESPACES } from '../../../renderer/i18n/namespaces';
import { type Flat, LOCALES_DIR, readJson, readNamespace, shippedLanguages } from './locale-files';

type Entry = string | { term: string; forms?: string[]; avoid?: string[] };

interface Termbase {
  concepts: Record<string, { means: string; keys: string[] }>;
  nippleWarning: { means: string; keys: string[] };
  avoidAllowedIn: string[];
  languages: Record<
    string,
    Record<string, Entry | string[]> & { avoidForAction: string[]; nippleWarning: string }
  >;
}

const termbase = readJson(path.join(LOCALES_DIR, 'termbase.json')) as Termbase;
const CONCEPTS = Object.keys(termbase.concepts);

/** Every patient string of a language, as `namespace:key -> text`. */
function patientText(language: string): Flat {
  const all: Flat = new Map();
  for (const namespace of PATIENT_NAMESPACES) {
    for (const [key, text] of readNamespace(language, namespace))
      all.set(`${namespace}:${key}`, text);
  }
  return all;
}

const fold = (text: string, language: string) => text.normalize('NFC').toLocaleLowerCase(language);

function entryOf(terms: Termbase['languages'][string], concept: string) {
  const entry = terms[concept] as Entry | undefined;
  if (entry === undefined) return undefined;
  const { term, forms, avoid } = typeof entry === 'string' ? { term: entry } : entry;
  return { term, forms: forms ?? [term], avoid: avoid ?? [] };
}

function namesTerm(text: string, forms: string[], language: string): boolean {
  return forms.some((form) => fold(text, language).includes(fold(form, language)));
}

function matchesAny(text: string, patterns: string[]): string[] {
  return patterns.filter((pattern) => new RegExp(pattern, 'iu').test(text.normalize('NFC')));
}

const languages = shippedLanguages();
let stringsChecked = 0;

describe('the termbase', () => {
  it('has every shipped language and every concept in each', () => {
    expect(Object.keys(termbase.languages).sort()).toEqual(languages);
    const missing = languages.flatMap((language) =>
      CONCEPTS.filter((concept) => !entryOf(termbase.languages[language]!, concept)?.term).map(
        (concept) => `${language}:${concept}`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('names keys that exist in English', () => {
    const english = patientText('en');
    const keys = [
      ...Object.values(termbase.concepts).flatMap((concept) => concept.keys),
      ...termbase.nippleWarning.keys,
      ...termbase.avoidAllowedIn,
    ];
    expect(keys.filter((key) => !english.has(key))).toEqual([]);
  });
});

describe.each(languages)('%s', (language) => {
  const terms = termbase.languages[language]!;
  const text = patientText(language);
  const avoidForAction = terms.avoidForAction;

  it.each(CONCEPTS)('names %s with the termbase word wherever English names it', (concept) => {
    const entry = entryOf(terms, concept)!;
    const wrong = termbase.concepts[concept]!.keys.flatMap((key) => {
      stringsChecked++;
      const value = text.get(key) ?? '';
      return namesTerm(value, entry.forms, language) ? [] : [`${key}: ${value}`];
    });
    expect(wrong, `each of these should say "${entry.term}"`).toEqual([]);
  });

  it('never uses a word the termbase rules out for a concept', () => {
    const found = CONCEPTS.flatMap((concept) => {
      const { avoid } = entryOf(terms, concept)!;
      return [...text].flatMap(([key, value]) =>
        matchesAny(value, avoid).map((pattern) => `${concept} /${pattern}/ in ${key}: ${value}`),
      );
    });
    stringsChecked += text.size;
    expect(found).toEqual([]);
  });

  it('keeps the avoided words out of every string that is not about what not to do', () => {
    const found = [...text].flatMap(([key, value]) => {
      if (termbase.avoidAllowedIn.includes(key)) return [];
      return matchesAny(value, avoidForAction).map((pattern) => `/${pattern}/ in ${key}: ${value}`);
    });
    stringsChecked += text.size;
    expect(found).toEqual([]);
  });

  it('uses the action words for the action and never an avoided word in them', () => {
    const actionWords = ['pressBack', 'pressTogether', 'relax'].map(
      (concept) => entryOf(terms, concept)!.term,
    );
    expect(actionWords.filter((word) => matchesAny(word, avoidForAction).length > 0)).toEqual([]);
    // The caption cues of the loops are the termbase words themselves.
    expect([
      text.get('guide:cues.pressBack'),
      text.get('guide:cues.pressTogether'),
      text.get('guide:cues.relax'),
    ]).toEqual(actionWords);
  });

  it('warns about the nipple with an avoided word, never with the action word', () => {
    const warning = terms.nippleWarning;
    const nipple = entryOf(terms, 'nipple')!;
    expect(namesTerm(warning, nipple.forms, language), 'the warning names the nipple').toBe(true);
    expect(matchesAny(warning, avoidForAction), 'the warning uses an avoided word').not.toEqual([]);
    const action = ['pressBack', 'pressTogether'].flatMap(
      (concept) => entryOf(terms, concept)!.forms,
    );
    expect(
      action.filter((form) => namesTerm(warning, [form], language)),
      'the action word in the warning',
    ).toEqual([]);
    for (const key of termbase.nippleWarning.keys) {
      stringsChecked++;
      expect(fold(text.get(key) ?? '', language), key).toContain(fold(warning, language));
    }
  });

  it('says at step 8, where pressure is taught, what the safety screen says about pain', () => {
    stringsChecked++;
    expect(text.get('guide:steps.compress-roll.tip')).toContain(text.get('guide:safety.noHurt'));
  });
});

describe('the gate', () => {
  it('checked every concept in every language', () => {
    // Printed for the record: the size of what the gate looked at.
    console.info(
      `termbase gate: ${CONCEPTS.length} concepts x ${languages.length} languages, ${stringsChecked} string checks`,
    );
    expect(stringsChecked).toBeGreaterThan(CONCEPTS.length * languages.length);
  });
});
