#!/usr/bin/env node
// Generates the built-in content pack media (renderer/content/default):
// one seamless looping WebM (VP9) and one WebP poster per step, plus manifest.json.
//
//   node build/media/generate.mjs                 # everything
//   node build/media/generate.mjs --only c-hold   # some steps (comma separated)
//   node build/media/generate.mjs --preview c-hold:0.2,0.5 [--out dir]   # PNG frames to check
//
// Every frame is a pure function of the loop phase t in [0, 1), so the output is
// deterministic and frame N (never rendered) equals frame 0: the loop is seamless.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenes } from './scenes/index.mjs';
import { buildManifest, shippedLocales } from './lib/manifest.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const PACK = resolve(HERE, '../../renderer/content/default');
const MEDIA = join(PACK, 'media');
const FPS = 24;
const MAX_BYTES = 300 * 1024;
const FFMPEG = process.env.FFMPEG || 'ffmpeg';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function ffmpeg(argv) {
  const r = spawnSync(FFMPEG, ['-hide_banner', '-loglevel', 'error', '-y', ...argv], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) throw new Error(`cannot run ${FFMPEG}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`ffmpeg failed (${r.status}): ${argv.join(' ')}`);
}

const COLOR = ['-vf', 'scale=out_color_matrix=bt709:out_range=tv,format=yuv420p',
  '-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-color_range', 'tv'];

function renderFrames(scene, dir) {
  const frames = Math.round(scene.duration * FPS);
  for (let i = 0; i < frames; i++) {
    writeFileSync(join(dir, `f${String(i).padStart(4, '0')}.svg`), scene.frame(i / frames));
  }
  return frames;
}

function encode(scene, dir, frames, out) {
  // Start at the scene's preferred quality; raise CRF until the file fits the budget.
  for (let crf = scene.crf ?? 28; crf <= 60; crf += 3) {
    ffmpeg([
      '-framerate', String(FPS), '-i', join(dir, 'f%04d.svg'),
      ...COLOR,
      '-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', String(crf),
      '-deadline', 'good', '-cpu-used', '1', '-row-mt', '1',
      '-g', String(frames), '-keyint_min', String(frames), '-force_key_frames', 'expr:eq(n,0)',
      '-an', '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact',
      out,
    ]);
    const size = statSync(out).size;
    if (size <= MAX_BYTES) return { crf, size };
    console.log(`  ${scene.id}: ${size} bytes at crf ${crf}, retrying`);
  }
  throw new Error(`${scene.id}: cannot fit ${MAX_BYTES} bytes`);
}

function poster(scene, dir, out) {
  const svg = join(dir, 'poster.svg');
  writeFileSync(svg, scene.frame(scene.poster ?? 0.5));
  ffmpeg(['-i', svg, '-frames:v', '1', '-c:v', 'libwebp', '-quality', '88', '-compression_level', '6',
    '-map_metadata', '-1', '-fflags', '+bitexact', out]);
}

function preview(spec, outDir) {
  mkdirSync(outDir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'bedside-preview-'));
  for (const item of spec.split(/\s+|;/).filter(Boolean)) {
    const [id, ts = '0,0.25,0.5,0.75'] = item.split(':');
    const scene = scenes.find((s) => s.id === id);
    if (!scene) throw new Error(`unknown step ${id}`);
    for (const t of ts.split(',').map(Number)) {
      const svg = join(tmp, 'p.svg');
      writeFileSync(svg, scene.frame(t));
      const png = join(outDir, `${id}-${String(t).replace('.', '_')}.png`);
      ffmpeg(['-i', svg, '-frames:v', '1', png]);
      console.log(png);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}

function main() {
  if (opt('--preview')) return preview(opt('--preview'), resolve(opt('--out') || join(tmpdir(), 'bedside-preview')));
  const only = opt('--only')?.split(',');
  mkdirSync(MEDIA, { recursive: true });
  for (const scene of scenes) {
    if (only && !only.includes(scene.id)) continue;
    const dir = mkdtempSync(join(tmpdir(), `bedside-${scene.id}-`));
    try {
      const frames = renderFrames(scene, dir);
      const { crf, size } = encode(scene, dir, frames, join(MEDIA, `${scene.id}.webm`));
      poster(scene, dir, join(MEDIA, `${scene.id}.webp`));
      console.log(`${scene.id}: ${frames} frames, ${scene.duration} s, crf ${crf}, ${Math.round(size / 1024)} KB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Captions come from captions.mjs; the manifest lists them, for the loops with cues, in every shipped locale.
  const locales = shippedLocales(resolve(HERE, '../../locales'));
  writeFileSync(join(PACK, 'manifest.json'), JSON.stringify(buildManifest(scenes, locales), null, 2) + '\n');
}

main();
