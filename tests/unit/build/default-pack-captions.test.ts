import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import webvttParser from 'webvtt-parser';
import { describe, expect, it } from 'vitest';
import { scenes, type CaptionCue, type Scene } from '../../../build/media/scenes/index.mjs';
import { checkCaptions } from '../../../electron/content/captions-check';
import { PROJECT_ROOT } from '../electron/content/pack-fixtures';

const { WebVTTParser } = webvttParser;

const FPS = 24;
/** The loops that show the rhythm; only they carry captions. */
const RHYTHM_STEPS = ['press-back', 'compress-roll', 'repeat-rotate'];

const pack = path.join(PROJECT_ROOT, 'renderer/content/default');
const manifest = JSON.parse(readFileSync(path.join(pack, 'manifest.json'), 'utf8')) as {
  steps: { id: string; captions?: Record<string, string> }[];
};
const locales = readdirSync(path.join(PROJECT_ROOT, 'locales')).filter((lng) =>
  existsSync(path.join(PROJECT_ROOT, 'locales', lng, 'guide.json')),
);
const cueWords = (lng: string) =>
  (
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'locales', lng, 'guide.json'), 'utf8')) as {
      cues?: Partial<Record<CaptionCue['key'], string>>;
    }
  ).cues ?? {};

const ms = (seconds: number) => Math.round(seconds * 1000);

/** The loop's frame phases that fall inside [start, end) seconds. */
function framesWithin(scene: Scene, start: number, end: number): number[] {
  const frames = Math.round(scene.duration * FPS);
  return Array.from({ length: frames }, (_, i) => i / frames).filter(
    (t) => t * scene.duration >= start && t * scene.duration < end,
  );
}

describe('captions of the built-in pack (regenerate with `npm run captions`)', () => {
  it('are timed only for the loops that show the rhythm', () => {
    expect(scenes.filter((scene) => scene.cues).map((scene) => scene.id)).toEqual(RHYTHM_STEPS);
  });

  for (const scene of scenes.filter((s) => s.cues)) {
    const cues = scene.cues ?? [];

    it(`${scene.id}: cues follow one another inside the loop, each long enough to read`, () => {
      expect(cues.length).toBeGreaterThan(0);
      let last = 0;
      for (const cue of cues) {
        expect(cue.start).toBeGreaterThanOrEqual(last);
        expect(cue.end - cue.start, `${cue.key} at ${cue.start} s`).toBeGreaterThanOrEqual(0.5);
        last = cue.end;
      }
      expect(last).toBeLessThanOrEqual(scene.duration);
    });

    it(`${scene.id}: each cue names what the hand is drawn doing while it shows`, () => {
      const motion = scene.motion;
      expect(motion, 'a captioned scene exports motion(t)').toBeDefined();
      if (!motion) return;
      for (const cue of cues) {
        const phases = framesWithin(scene, cue.start, cue.end);
        expect(phases.length, `${cue.key} at ${cue.start} s covers frames`).toBeGreaterThan(2);
        const at = phases.map(motion);
        const first = at[0] ?? { press: NaN, together: NaN };
        const final = at[at.length - 1] ?? { press: NaN, together: NaN };
        const where = `${scene.id} "${cue.key}" ${cue.start}-${cue.end} s`;
        if (cue.key === 'pressBack') {
          // From at rest to pressed back, the fingers not yet coming together.
          expect(first.press, where).toBeLessThan(0.05);
          expect(Math.max(...at.map((m) => m.press)), where).toBeGreaterThan(0.99);
          expect(Math.max(...at.map((m) => m.together)), where).toBeLessThan(0.01);
        } else if (cue.key === 'pressTogether') {
          // Still pressed back while thumb and fingers come together.
          expect(Math.min(...at.map((m) => m.press)), where).toBeGreaterThan(0.99);
          expect(first.together, where).toBeLessThan(0.05);
          expect(Math.max(...at.map((m) => m.together)), where).toBeGreaterThan(0.99);
        } else {
          // The hold lets go: from pressed to at rest.
          expect(first.press, where).toBeGreaterThan(0.95);
          expect(final.press, where).toBeLessThan(0.01);
          expect(final.together, where).toBeLessThan(0.01);
        }
      }
    });

    for (const lng of locales) {
      it(`${scene.id} in ${lng}: the file says the locale's cue words at the scene's times`, () => {
        const file = manifest.steps.find((step) => step.id === scene.id)?.captions?.[lng];
        expect(file, `manifest lists no ${lng} caption for ${scene.id}; run npm run captions`).toBe(
          `captions/${lng}/${scene.id}.vtt`,
        );
        const bytes = readFileSync(path.join(pack, file as string));
        expect(checkCaptions(bytes)).toEqual([]);
        const parsed = new WebVTTParser().parse(new TextDecoder().decode(bytes), 'subtitles');
        const words = cueWords(lng);
        expect(
          parsed.cues.map((cue) => [ms(cue.startTime), ms(cue.endTime), cue.text]),
          `${file} is stale; run npm run captions`,
        ).toEqual(cues.map((cue) => [ms(cue.start), ms(cue.end), words[cue.key]]));
      });
    }
  }

  it('each locale has three different cue words', () => {
    for (const lng of locales) {
      const words = cueWords(lng);
      const values = [words.pressBack, words.pressTogether, words.relax];
      for (const word of values) expect(word?.trim(), `${lng} cue word`).toBeTruthy();
      expect(new Set(values).size, `${lng}: ${values.join(' / ')}`).toBe(3);
    }
  });

  it('the other loops have no caption track: it would only repeat the step title', () => {
    for (const scene of scenes.filter((s) => !s.cues)) {
      const step = manifest.steps.find((s) => s.id === scene.id);
      expect(step, `manifest lists ${scene.id}`).toBeDefined();
      expect(step?.captions, `${scene.id} in manifest.json`).toBeUndefined();
      for (const lng of locales) {
        expect(existsSync(path.join(pack, `captions/${lng}/${scene.id}.vtt`)), lng).toBe(false);
      }
    }
  });
});
