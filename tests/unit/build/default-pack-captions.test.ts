import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCaptions } from '../../../electron/content/captions-check';
import { STEP_IDS } from '../../../electron/ipc/contract';
import { PROJECT_ROOT } from '../electron/content/pack-fixtures';

const pack = path.join(PROJECT_ROOT, 'renderer/content/default');
const manifest = JSON.parse(readFileSync(path.join(pack, 'manifest.json'), 'utf8')) as {
  steps: { id: string; captions?: Record<string, string> }[];
};
const locales = readdirSync(path.join(PROJECT_ROOT, 'locales')).filter((lng) =>
  existsSync(path.join(PROJECT_ROOT, 'locales', lng, 'guide.json')),
);

describe('captions of the built-in pack (regenerate with `npm run captions`)', () => {
  for (const lng of locales) {
    it(`has a caption for every step in ${lng}, saying the step's title`, () => {
      const guide = JSON.parse(
        readFileSync(path.join(PROJECT_ROOT, 'locales', lng, 'guide.json'), 'utf8'),
      ) as {
        steps: Record<string, { title: string }>;
      };
      for (const id of STEP_IDS) {
        const file = manifest.steps.find((step) => step.id === id)?.captions?.[lng];
        expect(
          file,
          `manifest lists no ${lng} caption for ${id}; run npm run captions`,
        ).toBeDefined();
        const bytes = readFileSync(path.join(pack, file as string));
        expect(checkCaptions(bytes)).toEqual([]);
        const title = guide.steps[id]?.title ?? '';
        const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        expect(new TextDecoder().decode(bytes), `${file} is stale; run npm run captions`).toContain(
          `\n${escaped}\n`,
        );
      }
    });
  }
});
