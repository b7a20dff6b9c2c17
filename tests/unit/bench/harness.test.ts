/**
 * The benchmark's own arithmetic and bookkeeping (no timings): summaries, options,
 * loop-point detection, what counts as loaded too early, sizes from a Vite manifest,
 * and a table that says "no" when a target is missed.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBundleSize } from '../../bench/measures/bundle-size';
import { analyseFrames } from '../../bench/measures/video-loops';
import { parseOptions } from '../../bench/options';
import { renderReport, type BenchResults } from '../../bench/report';
import { loadedBeforeNeeded } from '../../bench/run';
import { percentile, ratioTo, summarize } from '../../bench/stats';

describe('summaries', () => {
  it('gives median, nearest-rank p95, min and max, ignoring non-numbers', () => {
    const values = [5, 1, 4, 2, 3, Number.NaN, 10, 9, 8, 7, 6];
    expect(summarize(values)).toEqual({ n: 10, median: 5.5, p95: 10, min: 1, max: 10 });
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(summarize([]).n).toBe(0);
    expect(ratioTo(summarize([30]), summarize([20]))).toBe(1.5);
  });
});

describe('options', () => {
  it('defaults to 10 runs, 30 s loops and the whole month', () => {
    expect(parseOptions([])).toMatchObject({
      runs: 10,
      loopSeconds: 30,
      monthScale: 1,
      quick: false,
    });
  });

  it('shortens everything with --quick and lets later flags override it', () => {
    expect(parseOptions(['--quick', '--loop-seconds', '8'])).toMatchObject({
      quick: true,
      runs: 3,
      loopSeconds: 8,
      monthScale: 0.1,
    });
  });

  it('refuses unknown flags and sections', () => {
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option/);
    expect(() => parseOptions(['--only', 'size,speed'])).toThrow(/--only takes/);
    expect(() => parseOptions(['--runs', 'many'])).toThrow(/number/);
  });
});

describe('loop frames', () => {
  it('finds the loop point where media time goes back, and frames never presented', () => {
    const frames = [
      { mediaTime: 3.875, displayTime: 1000, presentedFrames: 1 },
      { mediaTime: 3.9583, displayTime: 1083, presentedFrames: 3 },
      { mediaTime: 0, displayTime: 1200, presentedFrames: 4 },
      { mediaTime: 0.0417, displayTime: 1250, presentedFrames: 5 },
    ];
    const analysis = analyseFrames(frames);
    expect(analysis.loopIntervals).toEqual([117]);
    expect(analysis.intervals).toEqual([83, 50]);
    expect(analysis.skipped).toBe(1);
  });
});

describe('loaded before needed', () => {
  it('flags other locales, fonts and pack media, not the app itself', () => {
    const origin = 'http://127.0.0.1:4000';
    const urls = [
      `${origin}/index.html`,
      `${origin}/assets/index-abc.js`,
      `${origin}/assets/guide-es1.js`,
      `${origin}/assets/noto-sans.woff2`,
      `${origin}/pack/media/wash-hands.webm`,
      `${origin}/pack/manifest.json`,
    ];
    expect(loadedBeforeNeeded(urls, ['assets/guide-es1.js'])).toEqual([
      'assets/guide-es1.js',
      'assets/noto-sans.woff2',
      'pack/media/wash-hands.webm',
    ]);
  });
});

describe('sizes from the Vite manifest', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('counts the entry and its static imports as initial, and each locale chunk apart', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bench-size-'));
    await mkdir(path.join(dir, '.vite'));
    await mkdir(path.join(dir, 'assets'));
    const files: Record<string, string> = {
      'assets/index.js': 'x'.repeat(1000),
      'assets/vendor.js': 'y'.repeat(500),
      'assets/index.css': 'body{}',
      'assets/common-es.js': 'export default {}',
      'assets/guide-es.js': 'export default {a:1}',
    };
    for (const [file, content] of Object.entries(files))
      await writeFile(path.join(dir, file), content);
    await writeFile(
      path.join(dir, '.vite/manifest.json'),
      JSON.stringify({
        'index.html': {
          file: 'assets/index.js',
          isEntry: true,
          imports: ['_vendor'],
          css: ['assets/index.css'],
        },
        _vendor: { file: 'assets/vendor.js' },
        '../locales/es/common.json': {
          file: 'assets/common-es.js',
          src: '../locales/es/common.json',
        },
        '../locales/es/guide.json': { file: 'assets/guide-es.js', src: '../locales/es/guide.json' },
      }),
    );
    const size = await measureBundleSize(dir);
    expect(size.initialJs.raw).toBe(1500);
    expect(size.initialJs.gzip).toBeGreaterThan(0);
    expect(size.initialJs.gzip).toBeLessThan(1500);
    expect(size.initialCss.files).toEqual(['assets/index.css']);
    expect(size.locales.es?.files.sort()).toEqual(['assets/common-es.js', 'assets/guide-es.js']);
    expect(size.fonts.files).toEqual([]);
  });
});

describe('the table', () => {
  it('marks a missed target "no" and a met one "yes"', () => {
    const s = (median: number, p95 = median) => ({ n: 10, median, p95, min: median, max: p95 });
    const results: BenchResults = {
      meta: {
        date: '2026-11-26 03:00 UTC',
        machine: 'test',
        chromium: '1',
        node: 'v20',
        loadBefore: [1, 1, 1],
        loadAfter: [1, 1, 1],
        runs: 10,
        quick: false,
        seconds: 1,
      },
      coldStart: {
        app: { fcp: s(100), interactive: s(300) },
        static: { fcp: s(100), interactive: s(100) },
        samples: { app: [], static: [] },
        welcomeRequests: [],
      },
    };
    const table = renderReport(results);
    expect(table).toContain('| Cold start → welcome interactive | 300.0 ms (300.0 ms) |');
    expect(table).toContain('3.00x | ≤ 1.5x static: **no** |');
    results.coldStart!.app.interactive = s(120);
    expect(renderReport(results)).toContain('1.20x | ≤ 1.5x static: yes |');
  });
});
