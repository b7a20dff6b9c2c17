/**
 * The teach-back's fridge answers ("up to 4 days", the wrong "up to 4 weeks") in the
 * languages where Intl's unit words were wrong: English words in Haitian Creole and
 * Somali, the nominative after "up to" in Russian and Polish, a doubled dual in Arabic.
 * They must read as the storage screen reads, from the locale's own plural forms.
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STORAGE_FIGURES } from '../../../../electron/content/storage-figures';
import type { StorageFigures } from '../../../../electron/ipc/contract';
import {
  QUESTION_IDS,
  reviewText,
  teachBackQuestion,
} from '../../../../renderer/teaching/teach-back-questions';
import { namespaceFile, readJson } from '../../locales/locale-files';

async function translators(language: string) {
  const resources = Object.fromEntries(
    [language, 'en'].map((lng) => [
      lng,
      {
        guide: readJson(namespaceFile(lng, 'guide')) as Record<string, unknown>,
        teaching: readJson(namespaceFile(lng, 'teaching')) as Record<string, unknown>,
      },
    ]),
  );
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    load: 'currentOnly',
    ns: ['guide', 'teaching'],
    interpolation: { escapeValue: false },
  });
  return {
    t: instance.getFixedT(language, 'teaching') as TFunction<'teaching'>,
    tg: instance.getFixedT(language, 'guide') as TFunction<'guide'>,
  };
}

function withFridgeDays(days: number): StorageFigures {
  return { ...DEFAULT_STORAGE_FIGURES, fridge: { ...DEFAULT_STORAGE_FIGURES.fridge, days } };
}

async function fridgeAnswers(language: string, days: number) {
  const { t, tg } = await translators(language);
  const question = teachBackQuestion(t, tg, 'fridge', withFridgeDays(days));
  const right = question.answers.find((answer) => answer.right)!.text;
  const wrong = question.answers.find((answer) => !answer.right)!.text;
  return { right, wrong };
}

describe('teach-back fridge durations', () => {
  it.each([
    ['ru', 4, 'До 4 дней', 'До 4 недель'],
    ['ru', 1, 'До 1 дня', 'До 1 недели'],
    ['pl', 4, 'Do 4 dni', 'Do 4 tygodni'],
    ['so', 4, 'Ilaa 4 maalmood', 'Ilaa 4 toddobaad'],
    ['ht', 4, 'Jiska 4 jou', 'Jiska 4 semèn'],
    ['en', 4, 'Up to 4 days', 'Up to 4 weeks'],
  ])('%s, %i days: "%s", and the wrong answer "%s"', async (language, days, right, wrong) => {
    expect(await fridgeAnswers(language, days)).toEqual({ right, wrong });
  });

  it('in Arabic, says two with the digit once, never the digit and the dual', async () => {
    const digit = (value: number) => new Intl.NumberFormat('ar').format(value);
    const two = await fridgeAnswers('ar', 2);
    expect(two.right).toBe(`حتى ${digit(2)} يوم`);
    expect(two.wrong).toBe(`حتى ${digit(2)} أسبوع`);
    expect(JSON.stringify(two)).not.toMatch(/يومين|أسبوعين/);
    const four = await fridgeAnswers('ar', 4);
    expect(four.right).toBe(`حتى ${digit(4)} أيام`);
    expect(four.wrong).toBe(`حتى ${digit(4)} أسابيع`);
  });

  it('never falls back to English unit words in any of these languages', async () => {
    for (const language of ['ht', 'so', 'ru', 'pl', 'ar']) {
      const { right, wrong } = await fridgeAnswers(language, 4);
      expect(`${right} ${wrong}`, language).not.toMatch(/\b(days?|weeks?)\b/);
    }
  });
});

describe('teach-back review', () => {
  it('shows what each question asked about', async () => {
    const { tg } = await translators('en');
    const shown = Object.fromEntries(QUESTION_IDS.map((id) => [id, reviewText(tg, id)]));
    expect(shown.pain).toBe('It should not hurt. If it hurts, stop and ask your nurse.');
    expect(shown.moveHand).toMatch(/C, then U, then backward C, then upside-down U/);
    expect(shown.firstMove).toMatch(/push your breast back toward your chest wall/);
    expect(shown.placement).toMatch(/2\.5 to 5 cm/);
  });
});
