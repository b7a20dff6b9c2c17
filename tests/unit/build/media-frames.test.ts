import { describe, expect, it } from 'vitest';
import { text } from '../../../build/media/lib/glyphs.mjs';
import { scenes } from '../../../build/media/scenes/index.mjs';

const FPS = 24;

describe('the frames of the built-in loops', () => {
  it('cannot draw a measurement, a temperature or a date: the step text carries them', () => {
    for (const figure of ['2.5–5 cm', '4 °C', '26.11', '0', '4', '5', '9', 'cm', '°', '.', '/']) {
      expect(() => text(figure, 0, 0, 20), figure).toThrow(/not allowed in frames/);
    }
    for (const mark of ['1', '2', '3', 'C', 'U']) expect(text(mark, 0, 0, 20)).toContain('<path');
  });

  it('draw every frame without text elements, which would need a system font and words', () => {
    for (const scene of scenes) {
      const frames = Math.round(scene.duration * FPS);
      for (let i = 0; i < frames; i++) {
        const svg = scene.frame(i / frames);
        expect(svg.startsWith('<svg'), `${scene.id} frame ${i}`).toBe(true);
        expect(svg, `${scene.id} frame ${i}`).not.toMatch(/<text[\s>]/);
      }
    }
  });
});
