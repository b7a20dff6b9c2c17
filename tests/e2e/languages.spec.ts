/**
 * Every patient screen in every shipped language (and a pseudo-locale 40 percent
 * longer than English), with four contacts set: no text overflows or is clipped at
 * 1280x800, 1920x1080 or in portrait; the layout gate holds (every heading and
 * paragraph wholly in view, the step video at least 30% of the screen, the help bar at
 * most 12% of the height: see layout-gate.ts); the language's own bundle is shown with
 * nothing left in English; and axe finds no violation (at 1280x800, the tablet's size:
 * the rules do not depend on it). One page per language, resized in place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { STEP_IDS } from '../../electron/ipc/contract';
import { DEFAULT_SETTINGS } from '../../electron/settings/settings-schema';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { PROJECT_ROOT } from './host';
import { afterNextPaint, measureLayout, readScreen } from './layout-check';
import { GATE_CONTACTS, layoutProblems, recordLayout, type LayoutRow, type ScreenKind } from './layout-gate';
import { pseudoBundle } from './pseudo-locale';
import { swipe } from './kiosk-actions';

type Bundle = Record<string, unknown>;

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 800, height: 1280 },
] as const;

/** The pseudo-locale is served in place of this language's bundles (an LTR Latin one). */
const PSEUDO_HOST = 'pl';
const PSEUDO = 'pseudo';

function readBundle(language: string, namespace: string): Bundle {
  return JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, 'locales', language, `${namespace}.json`), 'utf8'),
  ) as Bundle;
}

function flatValues(bundle: unknown, prefix = ''): [string, string][] {
  if (typeof bundle === 'string') return [[prefix, bundle]];
  return Object.entries(bundle as Bundle).flatMap(([key, child]) =>
    flatValues(child, prefix ? `${prefix}.${key}` : key),
  );
}

const english = { common: readBundle('en', 'common'), guide: readBundle('en', 'guide') };

function bundlesOf(language: string): { common: Bundle; guide: Bundle } {
  if (language === PSEUDO) {
    return {
      common: pseudoBundle(english.common) as Bundle,
      guide: pseudoBundle(english.guide) as Bundle,
    };
  }
  return { common: readBundle(language, 'common'), guide: readBundle(language, 'guide') };
}

/**
 * English sentences that must not show in another language: whole texts without
 * placeholders, long enough not to be a shared word, and translated differently.
 */
function englishLeftovers(language: string): string[] {
  if (language === 'en') return [];
  const own = bundlesOf(language);
  return (['common', 'guide'] as const).flatMap((namespace) => {
    const translated = new Map(flatValues(own[namespace]));
    return flatValues(english[namespace])
      .filter(
        ([key, text]) =>
          key !== 'appName' &&
          !text.includes('{{') &&
          text.length >= 10 &&
          translated.get(key) !== text,
      )
      .map(([, text]) => text);
  });
}


const TOPICS = new Set(['overview', 'when-it-helps', 'good-to-know', 'storage', 'safety', 'about']);

function kindOf(screen: string): ScreenKind {
  if (screen.startsWith('step-')) return 'step';
  return TOPICS.has(screen.replace(/-page-\d+$/, '')) ? 'topic' : 'other';
}

test.use({ hostOptions: { settings: { contacts: [...GATE_CONTACTS] } } });

/**
 * Where axe runs. Its rules look at structure, names, contrast and language tags; the
 * screens share structure and colours in every language, and only the words differ
 * (their presence is the parity gate's job). So English and Spanish run it on every
 * screen, and the other languages on the screens with the most words and controls.
 */
function axeScreens(language: string): Set<string> {
  if (language === 'en' || language === 'es') {
    return new Set([
      'welcome',
      'topics',
      'overview',
      'when-it-helps',
      'good-to-know',
      'good-to-know-page-2',
      'storage',
      'safety',
      'about',
      'about-page-2',
      'about-page-3',
      'language',
      ...STEP_IDS.map((_, index) => `step-${index + 1}`),
    ]);
  }
  return new Set(['welcome', 'storage', 'step-5']);
}

async function chooseLanguage(page: Page, language: string): Promise<void> {
  const code = language === PSEUDO ? PSEUDO_HOST : language;
  if (code === 'en') return;
  await page.locator(`.language-button[lang="${code}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** Opens each patient screen in turn and hands it to `check` under its name. */
async function walkScreens(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  const home = page.locator('.top-bar-nav .button').nth(0);
  const topics = page.locator('.top-bar-nav .button').nth(1);
  await home.click();
  await check('welcome');
  const topicNames = ['overview', 'when-it-helps', 'good-to-know', 'storage', 'safety', 'about'];
  for (const [index, name] of topicNames.entries()) {
    await topics.click();
    if (index === 0) await check('topics');
    await page.locator('.topic-button').nth(index).click();
    await check(name);
    // A topic too long for one screen goes on in pages: each is read whole.
    const next = page.locator('.reading-pager .button-primary:enabled');
    for (let part = 2; (await next.count()) > 0; part++) {
      await next.click();
      await expect(page.locator('.reading-screen')).toHaveAttribute('data-page', String(part));
      await check(`${name}-page-${part}`);
    }
  }
  await page.locator('.button-language').click();
  await check('language');
  await page.locator('.language-button.current').click();
  await topics.click();
  await page.locator('.topic-button').first().click();
  await page.locator('.overview-step').first().click();
  for (let step = 0; step < STEP_IDS.length; step++) {
    await expect(page.locator('[data-step]')).toHaveAttribute('data-step', STEP_IDS[step]!);
    await check(`step-${step + 1}`);
    if (step < STEP_IDS.length - 1) await page.locator('.step-buttons .button-primary').click();
  }
}

for (const language of [...DEFAULT_SETTINGS.languages, PSEUDO]) {
  test(`${language}: every patient screen fits, in its own words${language === PSEUDO ? '' : ', with no axe violation'}`, async ({
    kiosk,
  }) => {
    // A walk of 21 screens at three sizes, with axe; minutes on a busy 2-core machine.
    test.setTimeout(300_000);
    const own = bundlesOf(language);
    if (language === PSEUDO) {
      for (const namespace of ['common', 'guide'] as const) {
        await kiosk.route(`**/assets/locale-${PSEUDO_HOST}-${namespace}-*.js`, (route) =>
          route.fulfill({
            contentType: 'text/javascript',
            body: `export default ${JSON.stringify(own[namespace])};`,
          }),
        );
      }
    }
    await chooseLanguage(kiosk, language);
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(
      (own.guide.welcome as Bundle).title as string,
    );

    const leftovers = englishLeftovers(language);
    const problems: string[] = [];
    const rows: LayoutRow[] = [];
    await walkScreens(kiosk, async (screen) => {
      // Each screen is opened once and measured at every size (resizing is cheap).
      for (const viewport of VIEWPORTS) {
        await kiosk.setViewportSize(viewport);
        await afterNextPaint(kiosk);
        const where = `${language} ${screen} ${viewport.width}x${viewport.height}`;
        const { overflows, text } = await readScreen(kiosk);
        for (const overflow of overflows) {
          problems.push(`${where}: ${overflow.element} ${overflow.size} "${overflow.text}"`);
        }
        const size = `${viewport.width}x${viewport.height}`;
        const row: LayoutRow = { language, screen, kind: kindOf(screen), size, ...(await measureLayout(kiosk)) };
        rows.push(row);
        problems.push(...layoutProblems(row));
        if (viewport !== VIEWPORTS[0]) continue;
        for (const leftover of leftovers.filter((sentence) => text.includes(sentence))) {
          problems.push(`${where}: English text "${leftover}"`);
        }
        const englishUnit = text.match(/[^\n]*\d\s?(hours?|days?|months?)\b[^\n]*/);
        if (language !== 'en' && englishUnit)
          problems.push(`${where}: English unit in "${englishUnit[0]}"`);
        if (language !== PSEUDO && axeScreens(language).has(screen))
          await expectNoAxeViolations(kiosk, where);
      }
      await kiosk.setViewportSize(VIEWPORTS[0]);
      if (screen.startsWith('step-')) {
        const id = STEP_IDS[Number(screen.slice('step-'.length)) - 1]!;
        const title = ((own.guide.steps as Bundle)[id] as Bundle).title as string;
        await expect(kiosk.getByRole('heading', { level: 1 }), `${language} ${screen}`).toHaveText(
          title,
        );
      }
    });
    recordLayout(`languages-${language}`, rows);
    expect(problems).toEqual([]);
  });
}

test.describe('right to left', () => {
  for (const language of ['ar', 'fa', 'ur']) {
    test(`${language}: mirrored layout and gestures, hands not mirrored`, async ({ kiosk }) => {
      await chooseLanguage(kiosk, language);
      await expect(kiosk.locator('html')).toHaveAttribute('dir', 'rtl');
      await kiosk.locator('.top-bar-nav .button').nth(1).click();
      await kiosk.locator('.topic-button').first().click();
      await kiosk.locator('.overview-step').nth(4).click();
      await expect(kiosk.locator('[data-step]')).toHaveAttribute('data-step', 'c-hold');

      // Next sits at the reading end (the left), Back at the start.
      const next = await kiosk.locator('.step-buttons .button-primary').boundingBox();
      const back = await kiosk.locator('.step-buttons .button-secondary').boundingBox();
      expect(next!.x).toBeLessThan(back!.x);

      // Nothing between the page and the hand video flips it.
      const transforms = await kiosk
        .locator('.video-frame video, .video-frame img')
        .first()
        .evaluate((el) => {
          const found: string[] = [];
          for (let node: Element | null = el; node; node = node.parentElement) {
            const transform = getComputedStyle(node).transform;
            if (transform !== 'none') found.push(`${node.tagName}: ${transform}`);
          }
          return found;
        });
      expect(transforms).toEqual([]);

      // A swipe toward the right reads forward; toward the left goes back; so do the arrows.
      await swipe(kiosk, 'right');
      await expect(kiosk.locator('[data-step]')).toHaveAttribute('data-step', 'hold-container');
      await swipe(kiosk, 'left');
      await expect(kiosk.locator('[data-step]')).toHaveAttribute('data-step', 'c-hold');
      await kiosk.keyboard.press('ArrowLeft');
      await expect(kiosk.locator('[data-step]')).toHaveAttribute('data-step', 'hold-container');
    });
  }
});
