/**
 * Language switch: tap on a language on the welcome screen to the next paint showing
 * the welcome title in that language (and `lang` on the document), for every shipped
 * locale. The first switch to a language in a fresh page loads its chunk; the repeats
 * are cached.
 */
import type { Page } from '@playwright/test';
import { localeText, SMALL, type Session } from '../session';
import { summarize, type Summary } from '../stats';

export interface LocaleSwitch {
  language: string;
  first: Summary;
  cached: Summary;
}

export interface LanguageSwitch {
  perLocale: LocaleSwitch[];
  first: Summary;
  cached: Summary;
  samples: Record<string, { first: number[]; cached: number[] }>;
}

const CACHED_REPEATS = 2;

export async function tapLanguage(page: Page, language: string, title: string): Promise<number> {
  await page.evaluate((expectation) => window.__bench.arm(expectation), {
    selector: `html[lang="${language}"] #screen-title`,
    text: title,
  });
  await page.locator(`.welcome .language-grid button[lang="${language}"]`).click();
  return (await page.evaluate(() => window.__bench.result())).textPainted;
}

export async function measureLanguageSwitch(
  session: Session,
  runs: number,
): Promise<LanguageSwitch> {
  const titles = new Map<string, string>();
  for (const language of session.locales) {
    titles.set(language, await localeText(language, 'guide', 'welcome.title'));
  }
  const samples: LanguageSwitch['samples'] = {};
  for (const language of session.locales) samples[language] = { first: [], cached: [] };
  const [source, ...others] = session.locales;
  if (!source) throw new Error('no locales');

  for (let run = 0; run < runs; run++) {
    const { page, close } = await session.open(SMALL);
    try {
      await page.evaluate(() => window.__bench.interactive());
      await page.locator('.welcome .language-grid').waitFor();
      for (const language of others) {
        samples[language]!.first.push(await tapLanguage(page, language, titles.get(language)!));
        samples[source]!.cached.push(await tapLanguage(page, source, titles.get(source)!));
        for (let repeat = 0; repeat < CACHED_REPEATS; repeat++) {
          samples[language]!.cached.push(await tapLanguage(page, language, titles.get(language)!));
          samples[source]!.cached.push(await tapLanguage(page, source, titles.get(source)!));
        }
      }
    } finally {
      await close();
    }
  }
  const perLocale = session.locales.map((language) => ({
    language,
    first: summarize(samples[language]!.first),
    cached: summarize(samples[language]!.cached),
  }));
  return {
    perLocale,
    first: summarize(others.flatMap((language) => samples[language]!.first)),
    cached: summarize(session.locales.flatMap((language) => samples[language]!.cached)),
    samples,
  };
}
