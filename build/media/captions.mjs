#!/usr/bin/env node
// Writes the built-in pack's WebVTT captions from the step text of every shipped
// locale (locales/<lng>/guide.json), and the manifest that lists them.
//
//   npm run captions        (rerun whenever a locale is added or a step title changes)
//
// One cue per loop: the step's title, for the whole loop. A loop lasts 4 to 8 s, too
// short to read the step's body in pieces, and the body is already beside the video;
// the title names the movement being shown. Output is deterministic.
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

export function captionFile(title, duration) {
  return `WEBVTT\n\n1\n${timestamp(0)} --> ${timestamp(duration)}\n${cueText(title)}\n`;
}

function main() {
  const locales = shippedLocales(LOCALES);
  rmSync(join(PACK, 'captions'), { recursive: true, force: true });
  let written = 0;
  for (const lng of locales) {
    const guide = JSON.parse(readFileSync(join(LOCALES, lng, 'guide.json'), 'utf8'));
    for (const scene of scenes) {
      const title = guide.steps?.[scene.id]?.title;
      if (typeof title !== 'string' || title.trim() === '') {
        throw new Error(`locales/${lng}/guide.json has no title for step ${scene.id}`);
      }
      const file = join(PACK, captionPath(lng, scene.id));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, captionFile(title, scene.duration));
      written++;
    }
  }
  writeFileSync(join(PACK, 'manifest.json'), JSON.stringify(buildManifest(scenes, locales), null, 2) + '\n');
  console.log(`captions: ${written} files for ${locales.length} locales (${locales.join(', ')})`);
}

main();
