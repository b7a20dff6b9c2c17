import { cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import en from '../../locales/en/guide.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import es from '../../locales/es/guide.json' with { type: 'json' };
import { STEP_IDS } from '../../electron/ipc/contract';
import { expect, test } from './fixtures';
import { PROJECT_ROOT } from './host';
import { expectStep, startGuide, swipe } from './kiosk-actions';

const counter = (n: number) => `Step ${n} of 12`;

test.describe('the guide in English', () => {
  test('opens on the welcome screen with the help bar asking for a contact', async ({ kiosk }) => {
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(en.welcome.title);
    await expect(kiosk.locator('.help-bar')).toContainText(enCommon.help.noContact);
    await expect(kiosk.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('walks all twelve steps with the Next and Back buttons', async ({ kiosk }) => {
    await startGuide(kiosk, en.welcome.start);
    await kiosk.getByRole('button', { name: en.overview.begin }).click();
    for (const [index, id] of STEP_IDS.entries()) {
      await expectStep(kiosk, id, counter(index + 1));
      await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(en.steps[id].title);
      if (index < STEP_IDS.length - 1) await kiosk.getByRole('button', { name: 'Next', exact: true }).click();
    }
    for (let index = STEP_IDS.length - 1; index > 0; index--) {
      await kiosk.getByRole('button', { name: 'Back', exact: true }).click();
      await expectStep(kiosk, STEP_IDS[index - 1]!, counter(index));
    }
    // Finishing the last step leads on to storing the milk.
    await kiosk.getByRole('button', { name: /^Step 12:/ }).click();
    await kiosk.getByRole('button', { name: 'Finish', exact: true }).click();
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(en.storage.title);
  });

  test('walks the steps by swipe, both ways', async ({ kiosk }) => {
    await startGuide(kiosk, en.welcome.start);
    await kiosk.getByRole('button', { name: en.overview.begin }).click();
    for (let index = 1; index < STEP_IDS.length; index++) {
      await swipe(kiosk, 'left');
      await expectStep(kiosk, STEP_IDS[index]!, counter(index + 1));
    }
    await swipe(kiosk, 'right');
    await expectStep(kiosk, STEP_IDS[10]!, counter(11));
  });

  test('walks the steps by keyboard, both ways', async ({ kiosk }) => {
    await startGuide(kiosk, en.welcome.start);
    await kiosk.getByRole('button', { name: en.overview.begin }).click();
    for (let index = 1; index < STEP_IDS.length; index++) {
      await kiosk.keyboard.press('ArrowRight');
      await expectStep(kiosk, STEP_IDS[index]!, counter(index + 1));
    }
    await kiosk.keyboard.press('ArrowLeft');
    await kiosk.keyboard.press('PageUp');
    await expectStep(kiosk, STEP_IDS[9]!, counter(10));
  });

  test('jumps to any step from the progress strip', async ({ kiosk }) => {
    await startGuide(kiosk, en.welcome.start);
    await kiosk.getByRole('button', { name: en.overview.begin }).click();
    await kiosk.getByRole('button', { name: `Step 8: ${en.steps['compress-roll'].title}` }).click();
    await expectStep(kiosk, 'compress-roll', counter(8));
    await expect(kiosk.locator('[aria-current="step"]')).toHaveText('8');
  });

  test("plays each step's loop: muted, looping, inline, without controls", async ({ kiosk }) => {
    await startGuide(kiosk, en.welcome.start);
    await kiosk.getByRole('button', { name: en.overview.begin }).click();
    const video = kiosk.locator('video');
    await expect(video).toHaveAttribute('src', /\/pack\/media\/wash-hands\.webm$/);
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 })
      .toBeGreaterThan(0.2);
    const state = await video.evaluate((v: HTMLVideoElement) => ({
      muted: v.muted,
      loop: v.loop,
      controls: v.controls,
      playsInline: v.playsInline,
      paused: v.paused,
      error: v.error?.code ?? null,
    }));
    expect(state).toEqual({
      muted: true,
      loop: true,
      controls: false,
      playsInline: true,
      paused: false,
      error: null,
    });
  });

  test('shows every topic screen from the Topics menu', async ({ kiosk }) => {
    const topics: [string, string][] = [
      [enCommon.topics.steps, en.overview.title],
      [enCommon.topics.whenItHelps, en.whenItHelps.title],
      [enCommon.topics.goodToKnow, en.goodToKnow.title],
      [enCommon.topics.storage, en.storage.title],
      [enCommon.topics.safety, en.safety.title],
      [enCommon.topics.about, en.about.title],
    ];
    for (const [button, heading] of topics) {
      await kiosk.getByRole('button', { name: enCommon.nav.topics }).click();
      await kiosk.getByRole('button', { name: button }).click();
      await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
  });

  test('shows the CDC storage figures with the hospital notice', async ({ kiosk }) => {
    await kiosk.getByRole('button', { name: enCommon.nav.topics }).click();
    await kiosk.getByRole('button', { name: enCommon.topics.storage }).click();
    const table = kiosk.locator('.storage-table');
    await expect(kiosk.getByRole('note')).toHaveText(en.storage.hospital);
    for (const fact of ['25°C (77°F)', '4 hours', '4°C (40°F)', '4 days', '-18°C (0°F)', '6 months', '12 months', '1 to 2 hours', '24 hours', '2 hours']) {
      await expect(table).toContainText(fact);
    }
    await expect(kiosk.locator('.notice-strong')).toHaveText(en.storage.neverRefreeze);
  });
});

test.describe('contacts in the help bar', () => {
  test.use({
    hostOptions: {
      settings: {
        contacts: [
          { id: 'n1', name: 'Ana Pérez', role: 'nurse', phone: '555-0100', extension: '1234' },
          { id: 'l1', name: 'Lactation desk', role: 'lactation', phone: '+1 (555) 0199' },
          { id: 'm1', name: 'Night midwife', role: 'midwife', extension: '88' },
        ],
      },
    },
  });

  test('shows the first two contacts, the rest under More contacts, and follows changes', async ({
    kiosk,
    host,
  }) => {
    const bar = kiosk.locator('.help-bar');
    // Phone numbers are wrapped in Unicode direction isolates; read the bar without them.
    const barText = () => bar.innerText().then((text) => text.replace(/[\u2066-\u2069]/g, ''));
    await expect.poll(barText).toContain('Nurse Ana Pérez Phone 555-0100 ext. 1234');
    await expect.poll(barText).toContain('Lactation consultant Lactation desk Phone +1 (555) 0199');
    expect(await barText()).not.toContain('Night midwife');
    await kiosk.getByRole('button', { name: enCommon.help.more }).click();
    await expect.poll(barText).toContain('Midwife Night midwife ext. 88');

    host.core.settings.update({
      contacts: [{ id: 'n2', name: 'Charge nurse', role: 'nurse', phone: '555-0111' }],
    });
    await expect.poll(barText).toContain('Nurse Charge nurse Phone 555-0111');
    expect(await barText()).not.toContain('Ana Pérez');
  });
});

test.describe('language', () => {
  test('switches to Spanish mid-guide and stays on the same step', async ({ kiosk }) => {
    await startGuide(kiosk, en.welcome.start);
    await kiosk.getByRole('button', { name: en.overview.begin }).click();
    await kiosk.getByRole('button', { name: `Step 5: ${en.steps['c-hold'].title}` }).click();
    await expectStep(kiosk, 'c-hold', counter(5));
    await kiosk.getByRole('button', { name: /^Language: English$/ }).click();
    await kiosk.getByRole('button', { name: 'Español' }).click();
    await expect(kiosk.locator('[data-step]')).toHaveAttribute('data-step', 'c-hold');
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(es.steps['c-hold'].title);
    await expect(kiosk.locator('.step-counter')).toHaveText(/5.*12/);
    await expect(kiosk.locator('html')).toHaveAttribute('lang', 'es');
  });
});

test.describe('a missing video', () => {
  const packCopy = path.join(tmpdir(), `bedside-pack-${process.pid}-missing-video`);
  test.use({
    hostOptions: { builtInPackRoot: packCopy },
    allowedConsoleErrors: ['Failed to load resource: the server responded with a status of 404'],
  });
  test.beforeAll(async () => {
    await cp(path.join(PROJECT_ROOT, 'renderer/content/default'), packCopy, { recursive: true });
    await rm(path.join(packCopy, 'media/wash-hands.webm'));
  });
  test.afterAll(() => rm(packCopy, { recursive: true, force: true }));

  test('falls back to the poster and the text, and logs it once', async ({ kiosk, host }) => {
    await startGuide(kiosk, en.welcome.start);
    await kiosk.getByRole('button', { name: en.overview.begin }).click();
    const fallback = kiosk.getByTestId('video-fallback');
    await expect(fallback).toBeVisible();
    await expect(fallback).toContainText(enCommon.video.fallback);
    await expect(fallback.locator('img')).toHaveJSProperty('complete', true);
    expect(await fallback.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(en.steps['wash-hands'].title);
    // The next step's video still plays.
    await kiosk.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(kiosk.locator('video')).toBeVisible();
    // Counted, not logged at the moment of use: the count is written at quit (or when
    // the day is over), one line for the file however often it failed.
    await expect
      .poll(() => {
        host.core.flushProblemReports();
        return host.log.lines.filter((line) => line.includes('video-failed')).length;
      })
      .toBeGreaterThan(0);
    expect(host.log.lines.filter((line) => line.includes('video-failed'))).toEqual([
      expect.stringMatching(/video-failed 1 time: .*wash-hands/),
    ]);
  });
});

// axe on every screen, in every language: tests/e2e/languages.spec.ts.

test.describe('a kiosk that runs for months', () => {
  test('step changes leave no old screens behind in memory', async ({ kiosk }) => {
    const cdp = await kiosk.context().newCDPSession(kiosk);
    const domNodes = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Memory.getDOMCounters')).nodes;
    };
    await startGuide(kiosk, en.welcome.start);
    await kiosk.getByRole('button', { name: en.overview.begin }).click();
    // Steps 7 and 8: both loops have caption tracks, which is what used to leak.
    await kiosk.getByRole('button', { name: `Step 7: ${en.steps['press-back'].title}` }).click();
    await expectStep(kiosk, STEP_IDS[6]!, counter(7));
    const next = kiosk.getByRole('button', { name: 'Next', exact: true });
    const back = kiosk.getByRole('button', { name: 'Back', exact: true });
    const walk = async () => {
      for (let turn = 0; turn < 6; turn++) {
        await next.click();
        await expectStep(kiosk, STEP_IDS[7]!, counter(8));
        await back.click();
        await expectStep(kiosk, STEP_IDS[6]!, counter(7));
      }
    };
    await walk(); // caches that are meant to stay fill up here
    const before = await domNodes();
    await walk();
    // A step screen is about 150 nodes: a screen kept per change (Chromium's style
    // engine holding each caption track did that) would add thousands.
    expect(await domNodes()).toBeLessThan(before + 100);
  });
});
