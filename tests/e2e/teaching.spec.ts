import type { Page } from '@playwright/test';
import admin from '../../locales/en/admin.json' with { type: 'json' };
import guide from '../../locales/en/guide.json' with { type: 'json' };
import teaching from '../../locales/en/teaching.json' with { type: 'json' };
import type { BridgeApi } from '../../electron/ipc/contract';
import { hashSecret } from '../../electron/settings/secret-hash';
import type { Host } from './host';
import { openPanel } from './admin-actions';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { expectStep, openStaffMenu } from './kiosk-actions';

const WARD_CODE = '2468';
/** The staff PIN chosen on first run in the admin-panel path. */
const STAFF_PIN = '482913';

/** The page's window (the tests project does not see the renderer's global type): the bridge answers with envelopes. */
interface BedsideWindow {
  bedside: BridgeApi;
}
const TAKE_HOME = 'https://hospital.example/hand-expression';

/** What staff would have set in the admin panel: a ward code, a short hand cue, a take-home link. */
async function setTeaching(host: Host, code: string | null): Promise<void> {
  const current = host.core.settings.get().teaching;
  host.core.settings.update({
    teaching: {
      ...current,
      moveHandCueSeconds: 10,
      takeHomeUrl: TAKE_HOME,
      codeHash: code ? await hashSecret(code, { N: 2 ** 14, r: 8, p: 1 }) : null,
    },
  });
}

async function enterCode(page: Page, code: string): Promise<void> {
  await openStaffMenu(page);
  await page.getByRole('button', { name: teaching.entry, exact: true }).click();
  const pad = page.getByRole('dialog', { name: admin.teaching.code.title });
  await expect(pad).toBeVisible();
  for (const digit of code) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: admin.teaching.code.open }).click();
}

/**
 * Counts what the page asks of the Web Audio API: contexts made and closed, and the
 * oscillators (one per tone) with their pitch. Runs before the app's own scripts.
 */
function spyOnAudio(): void {
  const counts = { contexts: 0, closed: 0, oscillators: 0, frequencies: [] as number[] };
  (window as unknown as { audioSpy: typeof counts }).audioSpy = counts;
  const Real = window.AudioContext;
  window.AudioContext = class extends Real {
    constructor(options?: AudioContextOptions) {
      super(options);
      counts.contexts++;
    }
    override createOscillator(): OscillatorNode {
      const oscillator = super.createOscillator();
      counts.oscillators++;
      const start = oscillator.start.bind(oscillator);
      oscillator.start = (when?: number) => {
        counts.frequencies.push(oscillator.frequency.value);
        start(when);
      };
      return oscillator;
    }
    override close(): Promise<void> {
      counts.closed++;
      return super.close();
    }
  };
}

async function audioSpy(page: Page) {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          audioSpy: {
            contexts: number;
            closed: number;
            oscillators: number;
            frequencies: number[];
          };
        }
      ).audioSpy,
  );
}

/** Stops the page's clock, so only `runFor` moves it (axe needs it running again: `resume`). */
async function holdClock(page: Page): Promise<void> {
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

async function expectNothingStored(page: Page): Promise<void> {
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    cookies: document.cookie,
  }));
  expect(stored).toEqual({ local: 0, session: 0, databases: 0, cookies: '' });
}

async function answerAllRight(page: Page, from: number): Promise<void> {
  const questions = Object.values(teaching.teachBack.questions);
  for (const question of questions.slice(from)) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.prompt);
    // The fridge figure comes from the pack's storage table (CDC: 4 days).
    const right = question.right.replace('{{duration}}', '4 days');
    await page.getByRole('button', { name: right, exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: teaching.teachBack.right }),
    ).toBeVisible();
    await page.locator('.step-buttons .button-primary').click();
  }
}

test.describe('teaching mode', () => {
  test('a nurse opens it with the ward code, steps through and runs the pacer', async ({
    host,
    kiosk,
  }) => {
    // Three screens, two clock runs and three axe scans: more than a one-screen test.
    test.slow();
    await setTeaching(host, WARD_CODE);
    // The pacer runs on the page's clock, so ten seconds can pass without waiting for them.
    await kiosk.clock.install();
    await kiosk.reload();
    await enterCode(kiosk, WARD_CODE);
    const bar = kiosk.getByTestId('presenter-bar');
    await expect(bar).toBeVisible();
    await expect(kiosk.locator('.app')).toHaveAttribute('data-teaching', 'on');

    // Presenter bar: next from the welcome screen starts the guide, then jump, previous, next.
    await bar.getByRole('button', { name: admin.teaching.bar.next }).click();
    await expectStep(kiosk, 'wash-hands', 'Step 1 of 12');
    await bar.getByRole('button', { name: admin.teaching.bar.jump }).click();
    await bar.getByRole('button', { name: `Step 7: ${guide.steps['press-back'].title}` }).click();
    await expectStep(kiosk, 'press-back', 'Step 7 of 12');
    await bar.getByRole('button', { name: admin.teaching.bar.previous }).click();
    await expectStep(kiosk, 'hold-container', 'Step 6 of 12');
    await bar.getByRole('button', { name: admin.teaching.bar.next }).click();
    await expectStep(kiosk, 'press-back', 'Step 7 of 12');

    const video = kiosk.locator('.step-screen video');
    await bar.getByRole('button', { name: admin.teaching.bar.pause }).click();
    await expect(
      bar.getByRole('button', { name: admin.teaching.bar.play, exact: true }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(await video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
    await bar.getByRole('button', { name: admin.teaching.bar.slow }).click();
    expect(await video.evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(0.5);
    await bar.getByRole('button', { name: admin.teaching.bar.replay }).click();
    expect(await video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(false);
    await expectNoAxeViolations(kiosk, 'step 7 with the presenter bar');

    // The rhythm pacer, run for ten seconds.
    await bar.getByRole('button', { name: admin.teaching.bar.practice }).click();
    const pacer = kiosk.getByTestId('rhythm-pacer');
    await expect(pacer.getByRole('heading', { level: 1 })).toHaveText(teaching.pacer.title);
    await holdClock(kiosk);
    await pacer.getByRole('button', { name: teaching.pacer.start }).click();
    await kiosk.clock.runFor(10_000);
    await expect(pacer).toHaveAttribute('data-breast-seconds', '10');
    await expect(pacer).toContainText(teaching.pacer.timer.replace('{{time}}', '0:10'));
    await expect(kiosk.locator('.pacer-pulse')).toHaveAttribute(
      'data-phase',
      /^(press|compress|relax)$/,
    );
    await expect(pacer.getByRole('status')).toHaveText(teaching.pacer.moveHandCue);
    await pacer.getByRole('button', { name: teaching.pacer.pause }).click();
    await pacer.getByRole('button', { name: teaching.pacer.switch }).click();
    await expect(pacer).toHaveAttribute('data-breast-seconds', '0');
    await kiosk.clock.resume();
    await expectNoAxeViolations(kiosk, 'the rhythm pacer');

    // The hand-position guide on step 10, moved on by a tap and by the pacer.
    await kiosk.getByRole('button', { name: admin.teaching.pacer.back }).click();
    await expectStep(kiosk, 'press-back', 'Step 7 of 12');
    await bar.getByRole('button', { name: admin.teaching.bar.jump }).click();
    await bar
      .getByRole('button', { name: `Step 10: ${guide.steps['repeat-rotate'].title}` })
      .click();
    await bar.getByRole('button', { name: admin.teaching.bar.practice }).click();
    const diagram = kiosk.locator('.hand-main .hand-diagram');
    await expect(diagram).toHaveAttribute('data-position', 'c');
    await kiosk.locator('.hand-main').click();
    await expect(diagram).toHaveAttribute('data-position', 'u');
    await holdClock(kiosk);
    const handGuide = kiosk.getByTestId('hand-guide');
    await handGuide.getByRole('button', { name: teaching.pacer.start }).click();
    await kiosk.clock.runFor(10_000);
    await expect(diagram).toHaveAttribute('data-position', 'backwardC');
    await handGuide.getByRole('button', { name: teaching.pacer.pause }).click();
    await kiosk.clock.resume();
    await expectNoAxeViolations(kiosk, 'the hand-position guide');
  });

  test('teach-back shows the step again after a wrong answer; Done leaves nothing', async ({
    host,
    kiosk,
  }) => {
    await setTeaching(host, WARD_CODE);
    await enterCode(kiosk, WARD_CODE);
    const bar = kiosk.getByTestId('presenter-bar');
    await bar.getByRole('button', { name: admin.teaching.bar.teachBack }).click();
    const first = teaching.teachBack.questions.placement;
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(first.prompt);
    await expectNoAxeViolations(kiosk, 'a teach-back question');
    await kiosk.getByRole('button', { name: first.wrong }).click();
    await expect(kiosk.locator('[data-review-step]')).toHaveAttribute('data-review-step', 'c-hold');
    await expect(kiosk.locator('.teach-review video')).toHaveAttribute('src', /c-hold\.webm$/);
    await expect(
      kiosk.getByRole('heading', { level: 2, name: guide.steps['c-hold'].title }),
    ).toBeVisible();
    await expect(kiosk.locator('.teach-review')).not.toContainText(/score|\d+ ?%/i);
    await expectNoAxeViolations(kiosk, 'a teach-back review');
    await kiosk.getByRole('button', { name: teaching.teachBack.tryAgain }).click();
    await answerAllRight(kiosk, 0);

    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(teaching.teachBack.doneTitle);
    await expect(kiosk.getByRole('img', { name: teaching.teachBack.qrLabel })).toBeVisible();
    await expectNoAxeViolations(kiosk, 'the last teaching screen');
    await kiosk.getByRole('button', { name: admin.teaching.summary.open }).click();
    await expect(kiosk.getByTestId('summary-topics').locator('li')).toHaveText([
      admin.teaching.summary.topics.placement,
    ]);
    await expectNoAxeViolations(kiosk, 'the nurse summary');

    await kiosk.getByRole('button', { name: admin.teaching.summary.done }).click();
    await expect(kiosk.locator('.app')).toHaveAttribute('data-screen', 'welcome');
    await expect(kiosk.locator('.app')).toHaveAttribute('data-teaching', 'off');
    await expect(bar).toHaveCount(0);
    expect(host.core.teaching.isActive()).toBe(false);
    expect(
      await kiosk.evaluate(() => (window as unknown as BedsideWindow).bedside.getTeachingStatus()),
    ).toEqual({ ok: true, value: { active: false } });
    await expectNothingStored(kiosk);
  });

  test('the review after a wrong answer shows what the question asked about', async ({
    host,
    kiosk,
  }) => {
    await setTeaching(host, WARD_CODE);
    await enterCode(kiosk, WARD_CODE);
    await kiosk
      .getByTestId('presenter-bar')
      .getByRole('button', { name: admin.teaching.bar.teachBack })
      .click();
    const { questions } = teaching.teachBack;
    const answer = async (text: string) => {
      await kiosk.getByRole('button', { name: text, exact: true }).click();
    };
    const next = async () => {
      await expect(
        kiosk.getByRole('status').filter({ hasText: teaching.teachBack.right }),
      ).toBeVisible();
      await kiosk.locator('.step-buttons .button-primary').click();
    };
    await answer(questions.placement.right);
    await next();
    await answer(questions.firstMove.right);
    await next();

    await answer(questions.pain.wrong);
    const review = kiosk.locator('.teach-review');
    await expect(review).toHaveAttribute('data-review-step', 'compress-roll');
    await expect(review.locator('.step-body')).toHaveText(guide.safety.noHurt);
    await kiosk.getByRole('button', { name: teaching.teachBack.tryAgain }).click();
    await answer(questions.pain.right);
    await next();
    await answer(questions.fridge.right.replace('{{duration}}', '4 days'));
    await next();

    await answer(questions.moveHand.wrong);
    await expect(review).toHaveAttribute('data-review-step', 'repeat-rotate');
    await expect(review.locator('.step-body')).toHaveText(guide.steps['repeat-rotate'].tip);
    await expect(review.locator('.step-body')).toContainText('C, then U, then backward C');
  });

  test('the idle reset ends the session and forgets the teach-back', async ({ host, kiosk }) => {
    await setTeaching(host, WARD_CODE);
    await enterCode(kiosk, WARD_CODE);
    const bar = kiosk.getByTestId('presenter-bar');
    await bar.getByRole('button', { name: admin.teaching.bar.teachBack }).click();
    await kiosk.getByRole('button', { name: teaching.teachBack.questions.placement.wrong }).click();
    await expect(kiosk.locator('[data-review-step]')).toBeVisible();

    host.core.endSessions('idle-reset');
    await expect(kiosk.locator('.app')).toHaveAttribute('data-screen', 'welcome');
    await expect(bar).toHaveCount(0);
    await expectNothingStored(kiosk);

    // A new session starts clean: no topic of the last one is left in the summary.
    await enterCode(kiosk, WARD_CODE);
    await bar.getByRole('button', { name: admin.teaching.bar.teachBack }).click();
    await answerAllRight(kiosk, 0);
    await kiosk.getByRole('button', { name: admin.teaching.summary.open }).click();
    await expect(kiosk.getByText(admin.teaching.summary.allGood)).toBeVisible();
    await expect(kiosk.getByTestId('summary-topics')).toHaveCount(0);
  });

  test('staff set the ward code in the admin panel, then open teaching mode with it', async ({
    host,
    kiosk,
  }) => {
    // Two scrypt hashes at the PIN's full cost (first-run PIN, then the check): slow on CI.
    test.setTimeout(180_000);
    // Nothing preset: the code is set the way staff set it.
    expect(host.core.settings.get().teaching.codeHash).toBeNull();

    await openPanel(kiosk, STAFF_PIN, true);
    await kiosk.getByRole('button', { name: admin.tabs.teaching, exact: true }).click();
    const section = kiosk.locator('.teaching-settings');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(
      admin.teaching.settings.title,
    );
    await expect(section).toContainText(admin.teaching.settings.codeNotSet);
    const codeField = section.getByLabel(admin.teaching.settings.codeLabel);
    const saveCode = section.getByRole('button', { name: admin.teaching.settings.codeSave });

    // A code anyone would guess first is refused with the reason, and nothing is saved.
    await codeField.fill('1234');
    await saveCode.click();
    await expect(section.locator('#teaching-code-problem')).toHaveText(
      admin.teaching.settings.problems.sequence,
    );
    await expect(codeField).toHaveAttribute('aria-invalid', 'true');
    expect(host.core.settings.get().teaching.codeHash).toBeNull();

    await codeField.fill(WARD_CODE);
    await saveCode.click();
    await expect(section.getByRole('status').first()).toHaveText(admin.teaching.settings.codeSaved);
    await expect(section).toContainText(admin.teaching.settings.codeSet);
    await expect(codeField).toHaveValue('');
    await expect(section.locator('#teaching-code-problem')).toHaveCount(0);
    // Kept as a scrypt record only: the code itself is nowhere in the settings.
    const stored = host.core.settings.get().teaching.codeHash;
    expect(stored).toMatchObject({ algorithm: 'scrypt' });
    expect(JSON.stringify(host.core.settings.getStored())).not.toContain(WARD_CODE);
    await expectNoAxeViolations(kiosk, 'the Teaching mode tab');

    // Done closes the panel and its session; the teaching code opens teaching mode only.
    await kiosk.locator('.admin-header').getByRole('button', { name: admin.done }).click();
    await expect(kiosk.locator('.app')).not.toHaveAttribute('data-screen', 'admin');
    expect(host.core.admin.isOpen()).toBe(false);

    await enterCode(kiosk, WARD_CODE);
    await expect(kiosk.getByTestId('presenter-bar')).toBeVisible();
    await expect(kiosk.locator('.app')).toHaveAttribute('data-teaching', 'on');
    expect(host.core.teaching.isActive()).toBe(true);
    expect(host.core.admin.isOpen()).toBe(false);
    const refused = await kiosk.evaluate(() =>
      (window as unknown as BedsideWindow).bedside.getTeachingOptions(),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test("the pacer's sound is off until staff turn it on, and only then makes a tone", async ({
    host,
    kiosk,
  }) => {
    await setTeaching(host, WARD_CODE);
    await kiosk.addInitScript(spyOnAudio);
    await kiosk.clock.install();
    await kiosk.reload();
    await enterCode(kiosk, WARD_CODE);
    const bar = kiosk.getByTestId('presenter-bar');
    await bar.getByRole('button', { name: admin.teaching.bar.jump }).click();
    await bar.getByRole('button', { name: `Step 7: ${guide.steps['press-back'].title}` }).click();
    await expectStep(kiosk, 'press-back', 'Step 7 of 12');
    await bar.getByRole('button', { name: admin.teaching.bar.practice }).click();
    const pacer = kiosk.getByTestId('rhythm-pacer');
    const sound = pacer.getByRole('button', { name: admin.teaching.pacer.sound });

    // Off by default: the pacer runs silently, and no audio context is even made.
    await expect(sound).toHaveAttribute('aria-pressed', 'false');
    await holdClock(kiosk);
    await pacer.getByRole('button', { name: teaching.pacer.start }).click();
    await kiosk.clock.runFor(6_000);
    await expect(pacer).toHaveAttribute('data-breast-seconds', '6');
    expect(await audioSpy(kiosk)).toMatchObject({ contexts: 0, oscillators: 0 });

    // On: one context, and a soft tone at each beat (three pitches for the three beats).
    await sound.click();
    await expect(sound).toHaveAttribute('aria-pressed', 'true');
    await kiosk.clock.runFor(6_000);
    const on = await audioSpy(kiosk);
    expect(on.contexts).toBe(1);
    // 2 s per cycle, three beats: about 9 beats in 6 s.
    expect(on.oscillators).toBeGreaterThanOrEqual(6);
    expect(new Set(on.frequencies)).toEqual(new Set([392, 330, 262]));

    // Off again: no further tone.
    await sound.click();
    await expect(sound).toHaveAttribute('aria-pressed', 'false');
    await kiosk.clock.runFor(6_000);
    expect((await audioSpy(kiosk)).oscillators).toBe(on.oscillators);
    await pacer.getByRole('button', { name: teaching.pacer.pause }).click();

    // Leaving the pacer closes the context; coming back, the sound is off again.
    await kiosk.getByRole('button', { name: admin.teaching.pacer.back }).click();
    await expectStep(kiosk, 'press-back', 'Step 7 of 12');
    await expect.poll(async () => (await audioSpy(kiosk)).closed).toBe(1);
    await bar.getByRole('button', { name: admin.teaching.bar.practice }).click();
    await expect(sound).toHaveAttribute('aria-pressed', 'false');
    await kiosk.clock.resume();
  });

  test('a patient cannot open teaching mode without the code', async ({ host, kiosk }) => {
    // No code set yet: the pad says so and nothing opens.
    await enterCode(kiosk, '1357');
    await expect(kiosk.getByRole('alert')).toHaveText(admin.teaching.code.notSet);
    await expect(kiosk.locator('.app')).toHaveAttribute('data-teaching', 'off');
    await kiosk.getByRole('button', { name: admin.teaching.code.cancel }).click();

    await setTeaching(host, WARD_CODE);
    const pad = kiosk.getByRole('dialog');
    for (let attempt = 1; attempt <= 5; attempt++) {
      if (attempt === 1) await enterCode(kiosk, '1357');
      else {
        for (const digit of '1357')
          await pad.getByRole('button', { name: digit, exact: true }).click();
        await pad.getByRole('button', { name: admin.teaching.code.open }).click();
      }
      if (attempt < 5) await expect(kiosk.getByRole('alert')).toHaveText(admin.teaching.code.wrong);
    }
    // The fifth wrong code locks the pad, as the staff PIN does; even the right code waits.
    await expect(kiosk.getByRole('alert')).toHaveText(/Try again in (30|29) seconds/);
    await expect(pad.getByRole('button', { name: admin.teaching.code.open })).toBeDisabled();
    const direct = await kiosk.evaluate(
      (code) => (window as unknown as BedsideWindow).bedside.startTeaching(code),
      WARD_CODE,
    );
    expect(direct).toMatchObject({ ok: true, value: { ok: false, reason: 'locked' } });
    await expect(kiosk.locator('.app')).toHaveAttribute('data-teaching', 'off');
    await expectNoAxeViolations(kiosk, 'the teaching code pad');

    // The teaching channels for staff settings refuse without the admin panel's session.
    const refused = await kiosk.evaluate(() =>
      (window as unknown as BedsideWindow).bedside.setTeachingCode('9753'),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(host.core.teaching.isActive()).toBe(false);
  });
});
