import en from '../../locales/en/guide.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import es from '../../locales/es/guide.json' with { type: 'json' };
import esCommon from '../../locales/es/common.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PROJECT_ROOT } from './host';
import { startGuide } from './kiosk-actions';

async function openStep(kiosk: Page, label: string) {
  await startGuide(kiosk, en.welcome.start);
  await kiosk.getByRole('button', { name: en.overview.begin }).click();
  await kiosk.getByRole('button', { name: label }).click();
}

const trackState = (kiosk: Page) =>
  kiosk.locator('.video-frame video').evaluate((video: HTMLVideoElement) => {
    const track = video.textTracks[0];
    return track
      ? {
          language: track.language,
          mode: track.mode,
          cues: Array.from(track.cues ?? [], (cue) => (cue as VTTCue).text),
          cue: (track.activeCues?.[0] as VTTCue | undefined)?.text ?? null,
        }
      : null;
  });

/** The cue texts of the default pack's caption file for step 7 in `language`. */
function packCues(language: string): string[] {
  const file = path.join(PROJECT_ROOT, 'renderer/content/default/captions', language, 'press-back.vtt');
  return readFileSync(file, 'utf8')
    .split(/\r?\n\r?\n/)
    .map((block) => block.split(/\r?\n/))
    .filter((lines) => lines.some((line) => line.includes('-->')))
    .map((lines) => lines.slice(lines.findIndex((line) => line.includes('-->')) + 1).join('\n').trim());
}

/**
 * The track is loaded in the page's language and kept hidden (nothing drawn over the
 * hands). Its cues show in the strip outside the picture, in time, unless they only
 * repeat the step's title, which the words beside the video already say.
 */
async function expectCaptions(kiosk: Page, language: string, title: string): Promise<void> {
  await expect
    .poll(() => trackState(kiosk), { timeout: 15_000 })
    .toMatchObject({ language, mode: 'hidden' });
  const cues = packCues(language);
  const strip = kiosk.getByTestId('step-cue');
  if (cues.every((cue) => cue === title)) {
    await expect(strip).toHaveCount(0);
    return;
  }
  await expect
    .poll(async () => cues.includes((await strip.innerText()).trim()), { timeout: 15_000 })
    .toBe(true);
  await expect
    .poll(async () => {
      const cue = (await trackState(kiosk))?.cue;
      return cue === null || cue === undefined ? null : (await strip.innerText()).trim() === cue;
    })
    .toBe(true);
  const picture = await kiosk.locator('.video-frame video').boundingBox();
  const words = await strip.boundingBox();
  const overlaps =
    picture !== null &&
    words !== null &&
    words.x < picture.x + picture.width &&
    picture.x < words.x + words.width &&
    words.y < picture.y + picture.height &&
    picture.y < words.y + words.height;
  expect(overlaps, 'the caption strip lies outside the picture').toBe(false);
}

test.describe('the step loop', () => {
  test("cues the rhythm in the patient's language beside the picture, never over it, and follows a language switch", async ({
    kiosk,
  }) => {
    await openStep(kiosk, `Step 7: ${en.steps['press-back'].title}`);
    // Two presses per loop: press back, then relax, each time.
    await expect
      .poll(async () => (await trackState(kiosk))?.cues, { timeout: 15_000 })
      .toEqual([en.cues.pressBack, en.cues.relax, en.cues.pressBack, en.cues.relax]);
    await expectCaptions(kiosk, 'en', en.steps['press-back'].title);
    await kiosk.getByRole('button', { name: /^Language: English$/ }).click();
    await kiosk.getByRole('button', { name: 'Español' }).click();
    await expect
      .poll(async () => (await trackState(kiosk))?.cues, { timeout: 15_000 })
      .toEqual([es.cues.pressBack, es.cues.relax, es.cues.pressBack, es.cues.relax]);
    await expectCaptions(kiosk, 'es', es.steps['press-back'].title);
  });

  test('shows each beat’s word while the hands are on that beat', async ({ kiosk }) => {
    await openStep(kiosk, `Step 8: ${en.steps['compress-roll'].title}`);
    const video = kiosk.locator('.video-frame video');
    await expect.poll(() => trackState(kiosk), { timeout: 15_000 }).not.toBeNull();
    // Seconds into the loop inside each beat (press back 0-0.6 s, press together
    // 0.6-1.24 s, relax 1.24-2 s, then again), as build/media/lib/rhythm.mjs times them.
    const beats: [number, string][] = [
      [0.3, en.cues.pressBack],
      [0.9, en.cues.pressTogether],
      [1.6, en.cues.relax],
      [2.3, en.cues.pressBack],
    ];
    for (const [seconds, word] of beats) {
      await video.evaluate(async (v: HTMLVideoElement, at: number) => {
        v.pause();
        const seeked = new Promise((resolve) =>
          v.addEventListener('seeked', resolve, { once: true }),
        );
        v.currentTime = at;
        await seeked;
      }, seconds);
      await expect
        .poll(() =>
          video.evaluate((v: HTMLVideoElement) =>
            Array.from(v.textTracks[0]?.activeCues ?? [], (cue) => (cue as VTTCue).text),
          ),
        )
        .toEqual([word]);
    }
  });

  test('has no caption track where a caption would only repeat the title', async ({ kiosk }) => {
    await openStep(kiosk, `Step 5: ${en.steps['c-hold'].title}`);
    const video = kiosk.locator('.video-frame video');
    await expect(video).toHaveAttribute('src', /c-hold\.webm$/);
    expect(await video.evaluate((v: HTMLVideoElement) => v.textTracks.length)).toBe(0);
    await expect(kiosk.locator('.video-frame track')).toHaveCount(0);
  });

  test('loads the next step’s loop while this one plays', async ({ kiosk }) => {
    const requested: string[] = [];
    kiosk.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await openStep(kiosk, `Step 7: ${en.steps['press-back'].title}`);
    await expect.poll(() => requested).toContain('/pack/media/compress-roll.webm');
  });

  test('pauses while the window is hidden and plays again when it shows', async ({ kiosk }) => {
    await openStep(kiosk, `Step 8: ${en.steps['compress-roll'].title}`);
    const video = kiosk.locator('.video-frame video');
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.paused), { timeout: 15_000 })
      .toBe(false);
    const setVisibility = (state: 'hidden' | 'visible') =>
      kiosk.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { value, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
    await setVisibility('visible');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(false);
  });
});

test.describe('with reduced motion asked for', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('shows the poster and a play button instead of playing by itself', async ({ kiosk }) => {
    await openStep(kiosk, `Step 5: ${en.steps['c-hold'].title}`);
    const video = kiosk.locator('.video-frame video');
    await expect(video).toHaveAttribute('poster', /c-hold\.webp$/);
    const play = kiosk.getByRole('button', { name: enCommon.video.play });
    await expect(play).toBeVisible();
    expect(
      await video.evaluate((v: HTMLVideoElement) => ({ paused: v.paused, time: v.currentTime })),
    ).toEqual({
      paused: true,
      time: 0,
    });
    const box = await play.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(72);
    await play.click();
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 })
      .toBeGreaterThan(0.2);
    await kiosk.getByRole('button', { name: enCommon.video.pause }).click();
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
  });

  test('labels the play button in Spanish', async ({ kiosk }) => {
    await kiosk.getByRole('button', { name: 'Español' }).click();
    await kiosk.getByRole('button', { name: es.welcome.start }).click();
    await kiosk.getByRole('button', { name: es.overview.begin }).click();
    await expect(kiosk.getByRole('button', { name: esCommon.video.play })).toBeVisible();
  });
});
