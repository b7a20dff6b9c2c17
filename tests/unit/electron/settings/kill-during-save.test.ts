import Conf from 'conf';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLog } from '../../../../electron/log';
import { recoverSettingsFile } from '../../../../electron/settings/settings-recovery';
import { createSettingsStore } from '../../../../electron/settings/settings-store';
import { contactLists } from './fixtures/contact-lists';

const RUNS = 200;
const PARALLEL = 4;
let work: string;
let child: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'bedside-kill-'));
  child = path.join(work, 'save-forever.mjs');
  const bundle = await build({
    entryPoints: [path.join(__dirname, 'fixtures/save-forever.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    // Smaller to parse: 200 cold starts of the child are most of this test's time.
    minify: true,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  writeFileSync(child, bundle.outputFiles[0]!.text);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts the save loop in a fresh folder and kills it (SIGKILL) at a random moment mid-saves. */
function killMidSave(dir: string, run: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    proc.stdout.once('data', () => {
      // Spread the kills over a stretch of many saves (each takes about a millisecond).
      setTimeout(() => proc.kill('SIGKILL'), 1 + ((run * 7919) % 40));
    });
    proc.once('exit', () => resolve());
    proc.once('error', reject);
  });
}

// The ceiling is for a machine shared by many builds, where each cold start of the child is slow.
describe('a kiosk killed in the middle of saving', () => {
  it(`keeps a parseable file and its contacts, ${RUNS} kills out of ${RUNS}`, { timeout: 1_500_000 }, async () => {
    let lost = 0;
    let runs = 0;
    const one = async (run: number) => {
      const dir = path.join(work, `run-${run}`);
      await killMidSave(dir, run);
      // What the next start does: check (and repair) the file, then open it.
      recoverSettingsFile({ filePath: path.join(dir, 'settings.json'), lastGoodPath: path.join(dir, 'settings.last-good.json'), log: createMemoryLog() });
      const store = createSettingsStore({
        backend: new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'p', clearInvalidConfig: false }),
        log: createMemoryLog(),
      });
      const contacts = store.getPublic().contacts;
      const intact = contactLists.some((list) => JSON.stringify(list) === JSON.stringify(contacts));
      if (!intact) lost++;
      runs++;
      rmSync(dir, { recursive: true, force: true });
    };
    for (let start = 0; start < RUNS; start += PARALLEL) {
      await Promise.all(Array.from({ length: Math.min(PARALLEL, RUNS - start) }, (_, i) => one(start + i)));
    }
    console.log(`kill-during-save: ${runs} runs, ${lost} with contacts lost`);
    expect(runs).toBe(RUNS);
    expect(lost).toBe(0);
  });
});
