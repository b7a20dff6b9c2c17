/**
 * The kiosk's unattended rules in real Chromium: the page's share of the breakout
 * suite, the idle reset, screen-cleaning mode and the night shade. Time runs on
 * Playwright's fake clock, so minutes pass in an instant and nothing waits for real.
 */
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import en from '../../locales/en/guide.json' with { type: 'json' };
import esCommon from '../../locales/es/common.json' with { type: 'json' };
import es from '../../locales/es/guide.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { expectStep, openStaffMenu, startGuide } from './kiosk-actions';

const DAY = '2026-01-15T12:00:00';

/** axe-core needs timers; let the clock run while it looks, then pause it again. */
async function expectNoAxeViolationsWhilePaused(page: Page, where: string): Promise<void> {
  await page.clock.resume();
  await expectNoAxeViolations(page, where);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

test.describe('breakout attempts the page can make', () => {
  test.use({ clockTime: DAY });

  test('every one is blocked', async ({ kiosk, context }) => {
    const startUrl = kiosk.url();
    const attempts: Array<[string, boolean]> = [];
    const popups: string[] = [];
    context.on('page', (page) => popups.push(page.url()));

    // Listeners added now run after the page's own guards, so they see what those did.
    await kiosk.evaluate(() => {
      const seen: Record<string, boolean> = {};
      (window as unknown as { __seen: Record<string, boolean> }).__seen = seen;
      for (const type of [
        'contextmenu',
        'drop',
        'dragover',
        'wheel',
        'selectstart',
        'click',
        'auxclick',
      ]) {
        window.addEventListener(type, (event) => (seen[type] = event.defaultPrevented), {
          passive: false,
        });
      }
    });
    const seen = (type: string) =>
      kiosk.evaluate(
        (name) => (window as unknown as { __seen: Record<string, boolean> }).__seen[name],
        type,
      );
    // A link that slipped into the content, as a hostile content pack might add one.
    const addLink = (href: string, target = '') =>
      kiosk.evaluate(
        ([linkHref, linkTarget]) => {
          const link = document.createElement('a');
          Object.assign(link, {
            id: 'planted',
            href: linkHref,
            target: linkTarget,
            textContent: 'planted link',
          });
          link.style.cssText =
            'position:fixed;inset-block-start:0;inset-inline-start:0;padding:20px;z-index:1000';
          document.body.append(link);
        },
        [href, target] as const,
      );
    const removeLink = () => kiosk.locator('#planted').evaluate((link) => link.remove());

    for (const url of [
      'https://example.com/',
      '/index.html',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]) {
      const opened = await kiosk.evaluate((target) => window.open(target), url);
      attempts.push([`window.open(${url})`, opened === null]);
    }

    for (const [href, target] of [
      ['https://example.com/', ''],
      ['/index.html', '_blank'],
      ['file:///etc/passwd', ''],
    ] as const) {
      await addLink(href, target);
      await kiosk.locator('#planted').click();
      attempts.push([
        `link to ${href} ${target}`,
        (await seen('click')) === true && kiosk.url() === startUrl,
      ]);
      await removeLink();
    }
    await addLink('/index.html');
    await kiosk.locator('#planted').click({ button: 'middle' });
    attempts.push(['middle-click a link', (await seen('auxclick')) === true]);
    await removeLink();

    const dropped = await kiosk.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['#!/bin/sh'], 'payload.sh', { type: 'text/x-sh' }));
      const target = document.querySelector('main') ?? document.body;
      const over = new DragEvent('dragover', {
        dataTransfer: data,
        bubbles: true,
        cancelable: true,
      });
      const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
      target.dispatchEvent(over);
      target.dispatchEvent(drop);
      return over.defaultPrevented && drop.defaultPrevented;
    });
    attempts.push(['drag and drop a file', dropped && kiosk.url() === startUrl]);

    await kiosk.getByRole('heading', { level: 1 }).click({ button: 'right' });
    attempts.push(['right-click', (await seen('contextmenu')) === true]);

    await kiosk.mouse.move(400, 300);
    await kiosk.keyboard.down('Control');
    await kiosk.mouse.wheel(0, -400);
    await kiosk.keyboard.up('Control');
    const scale = await kiosk.evaluate(() => window.visualViewport?.scale ?? 1);
    attempts.push(['Ctrl+wheel zoom', (await seen('wheel')) === true && scale === 1]);

    await kiosk.getByRole('heading', { level: 1 }).dblclick();
    await kiosk.getByRole('heading', { level: 1 }).click({ clickCount: 3 });
    await kiosk.keyboard.press('Control+a');
    const selected = await kiosk.evaluate(() => window.getSelection()?.toString() ?? '');
    attempts.push(['select text', selected === '']);

    const fileInputs = await kiosk.locator('input[type=file]').count();
    attempts.push(['find a file picker', fileInputs === 0]);

    expect(popups, 'no window may open').toEqual([]);
    const blocked = attempts.filter(([, ok]) => ok).length;
    // Read by the lead for the closing note.
    console.log(`breakout (Chromium page): ${attempts.length} attempts, ${blocked} blocked`);
    expect(attempts.filter(([, ok]) => !ok).map(([name]) => name)).toEqual([]);
  });
});

test.describe('idle reset', () => {
  test.use({
    clockTime: DAY,
    hostOptions: { settings: { defaultLanguage: 'es', languages: ['en', 'es'] } },
  });

  test('asks "are you still there?", then starts again in the ward language with nothing remembered', async ({
    kiosk,
    host,
  }) => {
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(es.welcome.title);
    await kiosk.locator('.language-button[lang="en"]').click();
    await startGuide(kiosk, en.welcome.start);
    await kiosk.getByRole('button', { name: en.overview.begin }).click();
    await kiosk.keyboard.press('ArrowRight');
    await expectStep(kiosk, 'get-comfortable', 'Step 2 of 12');

    await kiosk.clock.runFor('02:59');
    await expect(kiosk.getByRole('alertdialog')).toHaveCount(0);
    await kiosk.clock.runFor('00:01');
    const prompt = kiosk.getByRole('alertdialog', { name: enCommon.kiosk.idle.title });
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('20 seconds');
    await expectNoAxeViolationsWhilePaused(kiosk, 'the idle prompt');

    await kiosk.clock.runFor('00:21');
    await expect(prompt).toHaveCount(0);
    await expect(kiosk.locator('.app[data-screen="welcome"]')).toBeVisible();
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(es.welcome.title);
    await expect(kiosk.locator('html')).toHaveAttribute('lang', 'es');
    expect(host.log.lines).toContain('[info] session: idle reset to the welcome screen');

    // Back in a quiet kiosk nobody has touched: no prompt comes.
    await kiosk.clock.runFor('10:00');
    await expect(kiosk.getByRole('alertdialog')).toHaveCount(0);
  });

  test('a touch closes the prompt and the guide stays where it was', async ({ kiosk, host }) => {
    await startGuide(kiosk, es.welcome.start);
    await kiosk.getByRole('button', { name: es.overview.begin }).click();
    await kiosk.clock.runFor('03:01');
    const prompt = kiosk.getByRole('alertdialog', { name: esCommon.kiosk.idle.title });
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: esCommon.kiosk.idle.stay }).click();
    await expect(prompt).toHaveCount(0);
    await kiosk.clock.runFor('00:30');
    await expectStep(kiosk, 'wash-hands', 'Paso 1 de 12');
    // A key counts as much as a touch.
    await kiosk.clock.runFor('02:50');
    await kiosk.keyboard.press('ArrowRight');
    await kiosk.clock.runFor('00:20');
    await expect(prompt).toHaveCount(0);
    await expectStep(kiosk, 'get-comfortable', 'Paso 2 de 12');
    expect(host.log.lines.join('\n')).not.toContain('idle reset');
  });
});

test.describe('screen cleaning', () => {
  test.use({ clockTime: DAY });

  test('locks touch for 30 seconds with a countdown, then gives it back', async ({ kiosk }) => {
    await openStaffMenu(kiosk);
    await kiosk.getByRole('button', { name: enCommon.kiosk.cleaning.button, exact: true }).click();
    const lock = kiosk.getByRole('dialog', { name: enCommon.kiosk.cleaning.title });
    await expect(lock).toBeVisible();
    await expect(lock).toContainText('30 more seconds');
    await kiosk.clock.runFor('00:10');
    await expect(lock).toContainText('20 more seconds');
    await kiosk.mouse.click(640, 400);
    await kiosk.keyboard.press('Enter');
    await expect(kiosk.locator('.app[data-screen="welcome"]')).toBeVisible();
    await expectNoAxeViolationsWhilePaused(kiosk, 'screen cleaning');

    await kiosk.clock.runFor('00:21');
    await expect(lock).toHaveCount(0);
    await startGuide(kiosk, en.welcome.start);
    await expect(kiosk.locator('.app[data-screen="overview"]')).toBeVisible();
  });
});

test.describe('night', () => {
  test.use({
    clockTime: '2026-01-15T23:30:00',
    hostOptions: { settings: { nightStart: '22:00', nightEnd: '06:30' } },
  });

  test('dims the screen; the first touch only brightens it', async ({ kiosk }) => {
    const shade = kiosk.getByTestId('night-shade');
    await expect(shade).toBeVisible();
    await expect(shade).toContainText(enCommon.kiosk.night.wake);
    await kiosk.getByRole('button', { name: en.welcome.start }).click({ force: true });
    await expect(shade).toHaveCount(0);
    await expect(kiosk.locator('.app[data-screen="welcome"]')).toBeVisible();
    await startGuide(kiosk, en.welcome.start);
    await expect(kiosk.locator('.app[data-screen="overview"]')).toBeVisible();
  });
});
