#!/usr/bin/env node
// Writes the built-in pack's WebVTT captions from the cue words of every shipped
// locale (locales/<lng>/guide.json `cues`), and the manifest that lists them.
//
//   npm run captions        (rerun whenever a locale is added, a cue word or a loop's timing changes)
//
// Only the loops that show the rhythm have captions: each cue names the beat the
// hands are on ("Press back", "Press together", "Relax"), timed from the scene's own
// beats (scene.cues, from lib/rhythm.mjs), so the words cannot drift from the
// drawing. The other loops get no caption track: their caption could only repeat
// the step title, which is already on the screen. Output is deterministic.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest, captionPath, shippedLocales } from './lib/manifest.mjs';
import { scenes } from './scenes/index.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const PACK = join(ROOT, 'renderer/content/default');
const LOCALES = join(ROOT, 'locales');

const timestamp = (seconds) => {
  const ms = Math.round(seconds * 1000);
  const pad = (value, width = 2) => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

// WebVTT cue text is markup: &, < and > must be escaped; a blank line would end the cue.
const cueText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s*\n\s*/g, ' ').trim();

/** A WebVTT file with one cue per `{ start, end, text }`, numbered from 1. */
export function captionFile(cues) {
  const body = cues.map((cue, i) => `${i + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cueText(cue.text)}\n`);
  return `WEBVTT\n\n${body.join('\n')}`;
}

function main() {
  const locales = shippedLocales(LOCALES);
  rmSync(join(PACK, 'captions'), { recursive: true, force: true });
  let written = 0;
  for (const lng of locales) {
    const guide = JSON.parse(readFileSync(join(LOCALES, lng, 'guide.json'), 'utf8'));
    for (const scene of scenes) {
      if (!scene.cues) continue;
      const cues = scene.cues.map((cue) => {
        const words = guide.cues?.[cue.key];
        if (typeof words !== 'string' || words.trim() === '') {
          throw new Error(`locales/${lng}/guide.json has no cues.${cue.key} (for the ${scene.id} loop)`);
        }
        return { ...cue, text: words };
      });
      const file = join(PACK, captionPath(lng, scene.id));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, captionFile(cues));
      written++;
    }
  }
  writeFileSync(join(PACK, 'manifest.json'), JSON.stringify(buildManifest(scenes, locales), null, 2) + '\n');
  console.log(`captions: ${written} files for ${locales.length} locales (${locales.join(', ')})`);
}

main();
