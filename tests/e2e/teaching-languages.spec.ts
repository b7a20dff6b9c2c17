/**
 * Teaching mode's screens in every shipped language and the pseudo-locale, at 1280x800,
 * 1920x1080 and 800x1280 (resized in place), with four contacts set: the presenter bar
 * on a step, the rhythm pacer, the hand-position guide and the first teach-back
 * question. No text may overflow or be clipped, the layout gate holds (layout-gate.ts:
 * every heading and paragraph in view, the presenter and help bars together at most
 * 12% of the height, the step video at least 30% of the screen), and axe-core finds
 * no violation (at 1280x800).
 * (teaching.spec.ts drives what each screen does; this walk is about words and layout.)
 *
 * Axe runs on every screen in English, Spanish and Arabic (right to left), and on the
 * screen with the most words (the teach-back question) in the others: its rules look at
 * structure, names, contrast and language tags, which the screens share in every
 * language, as in languages.spec.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../electron/settings/settings-schema';
import { hashSecret } from '../../electron/settings/secret-hash';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { PROJECT_ROOT } from './host';
import { openStaffMenu } from './kiosk-actions';
import { afterNextPaint, measureLayout, readScreen } from './layout-check';
import { GATE_CONTACTS, layoutProblems, recordLayout, type LayoutRow } from './layout-gate';
import { pseudoBundle } from './pseudo-locale';

const WARD_CODE = '2468';
const AXE_EVERYWHERE = new Set(['en', 'es', 'ar']);
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 800, height: 1280 },
] as const;
/** The pseudo-locale is served in place of this language's bundles, as in languages.spec.ts. */
const PSEUDO_HOST = 'pl';
const PSEUDO = 'pseudo';
test.use({ hostOptions: { settings: { contacts: [...GATE_CONTACTS] } } });

function englishBundle(namespace: string): unknown {
  return JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'locales', 'en', `${namespace}.json`), 'utf8'));
}

async function openTeaching(page: Page): Promise<void> {
  await openStaffMenu(page);
  await page.locator('.help-teaching').click();
  const pad = page.locator('.code-dialog');
  await expect(pad).toBeVisible();
  for (const digit of WARD_CODE) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.locator('.code-key.button-primary').click();
  await expect(page.getByTestId('presenter-bar')).toBeVisible();
}

/** From the presenter bar's step screen to step `n` (1-based), by the patient's Next button. */
async function nextSteps(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await page.locator('.step-buttons .button-primary').click();
}

for (const language of [...DEFAULT_SETTINGS.languages, PSEUDO]) {
  test(`${language}: teaching mode's screens fit, in its own words${language === PSEUDO ? '' : ', with no axe violation'}`, async ({
    host,
    kiosk,
  }) => {
    // Four screens with axe each, on a busy 2-core machine.
    test.setTimeout(180_000);
    const current = host.core.settings.get().teaching;
    host.core.settings.update({
      teaching: { ...current, codeHash: await hashSecret(WARD_CODE, { N: 2 ** 14, r: 8, p: 1 }) },
    });
    if (language === PSEUDO) {
      for (const namespace of ['common', 'guide', 'teaching']) {
        await kiosk.route(`**/assets/locale-${PSEUDO_HOST}-${namespace}-*.js`, (route) =>
          route.fulfill({
            contentType: 'text/javascript',
            body: `export default ${JSON.stringify(pseudoBundle(englishBundle(namespace)))};`,
          }),
        );
      }
    }
    const code = language === PSEUDO ? PSEUDO_HOST : language;
    if (code !== 'en') {
      await kiosk.locator(`.language-button[lang="${code}"]`).click();
      await expect(kiosk.locator('html')).toHaveAttribute('lang', code);
    }
    // Into step 7, where the pacer is.
    await kiosk.locator('.top-bar-nav .button').nth(1).click();
    await kiosk.locator('.topic-button').first().click();
    await kiosk.locator('.overview-step').nth(6).click();
    await expect(kiosk.locator('[data-step]')).toHaveAttribute('data-step', 'press-back');
    await openTeaching(kiosk);

    const problems: string[] = [];
    const rows: LayoutRow[] = [];
    const check = async (screen: string) => {
      // Each screen is opened once and measured at every size (resizing is cheap).
      for (const viewport of VIEWPORTS) {
        await kiosk.setViewportSize(viewport);
        await afterNextPaint(kiosk);
        const size = `${viewport.width}x${viewport.height}`;
        const where = `${language} ${screen} ${size}`;
        const { overflows } = await readScreen(kiosk);
        for (const overflow of overflows) {
          problems.push(`${where}: ${overflow.element} ${overflow.size} "${overflow.text}"`);
        }
        const row: LayoutRow = { language, screen, kind: 'teaching', size, ...(await measureLayout(kiosk)) };
        rows.push(row);
        problems.push(...layoutProblems(row));
        if (viewport !== VIEWPORTS[0] || language === PSEUDO) continue;
        if (AXE_EVERYWHERE.has(language) || screen === 'teach-back question')
          await expectNoAxeViolations(kiosk, where);
      }
      await kiosk.setViewportSize(VIEWPORTS[0]);
    };

    await check('step-7 with the presenter bar');
    await kiosk.locator('.button-presenter-main').click();
    await expect(kiosk.getByTestId('rhythm-pacer')).toBeVisible();
    await check('rhythm pacer');
    await kiosk.locator('.practice-back').click();
    await nextSteps(kiosk, 3);
    await expect(kiosk.locator('[data-step]')).toHaveAttribute('data-step', 'repeat-rotate');
    await kiosk.locator('.button-presenter-main').click();
    await expect(kiosk.getByTestId('hand-guide')).toBeVisible();
    await check('hand-position guide');
    await kiosk.locator('.practice-back').click();
    await kiosk.locator('.button-presenter-main + .button').click();
    await expect(kiosk.locator('.teach-answers')).toBeVisible();
    await check('teach-back question');
    recordLayout(`teaching-${language}`, rows);
    expect(problems).toEqual([]);
  });
}
