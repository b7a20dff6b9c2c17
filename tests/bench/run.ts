/**
 * `npm run bench`: measures the production build in the system Chromium through the
 * browser test host, prints the table and writes bench-results.json.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Envelope, Guide } from '../../electron/ipc/contract';
import { PROJECT_ROOT } from '../e2e/host';
import { makeBaselines, type StepData } from './baselines';
import { measureBundleSize } from './measures/bundle-size';
import { measureColdStart } from './measures/cold-start';
import { measureLanguageSwitch } from './measures/language-switch';
import { measureMonthOfUse } from './measures/month-of-use';
import { measureStepChange } from './measures/step-change';
import { measureVideoLoops } from './measures/video-loops';
import { parseOptions, USAGE } from './options';
import { renderReport, type BenchResults } from './report';
import { localeText, startSession, type Session } from './session';

/** Locale chunks (other than the bundled English), fonts and pack media among `urls`. */
export function loadedBeforeNeeded(
  urls: readonly string[],
  localeFiles: readonly string[],
): string[] {
  return urls
    .map((url) => new URL(url).pathname.replace(/^\//, ''))
    .filter(
      (file) =>
        localeFiles.includes(file) ||
        /\.(woff2?|ttf|otf)$/i.test(file) ||
        /^pack\/.*\.(webm|mp4|webp|png|jpe?g|vtt)$/i.test(file),
    );
}

async function stepData(session: Session): Promise<StepData[]> {
  const envelope = (await session.host.core.router.handle('guide:get', undefined, {
    url: session.host.url,
    isMainFrame: true,
  })) as Envelope<Guide>;
  if (!envelope.ok) throw new Error(`guide:get refused: ${envelope.error.code}`);
  return Promise.all(
    envelope.value.steps.map(async (step) => ({
      id: step.id,
      title: await localeText('en', 'guide', `steps.${step.id}.title`),
      video: step.video,
      poster: step.poster,
    })),
  );
}

async function main(): Promise<void> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const loadBefore = os.loadavg();
  const cpus = os.cpus();
  const results: BenchResults = {
    meta: {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: `${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}`,
      chromium: '',
      node: process.version,
      loadBefore,
      loadAfter: [],
      runs: options.runs,
      quick: options.quick,
      seconds: 0,
    },
  };
  const want = (section: (typeof options.sections)[number]) => options.sections.includes(section);
  const say = (line: string) =>
    console.log(`[bench] ${line} (load ${os.loadavg()[0]!.toFixed(2)})`);

  if (want('size')) {
    say('sizes');
    results.size = await measureBundleSize();
  }
  const session = await startSession();
  try {
    results.meta.chromium = session.browser.version();
    const steps = await stepData(session);
    say(`baselines; locales: ${session.locales.join(' ')}`);
    const baselines = await makeBaselines(session, steps);
    if (want('cold')) {
      say('cold start');
      results.coldStart = await measureColdStart(session, baselines.welcome, options.runs);
      if (results.size) {
        const localeFiles = Object.entries(results.size.locales)
          .filter(([language]) => language !== 'en')
          .flatMap(([, size]) => size.files);
        results.loadedBeforeNeeded = loadedBeforeNeeded(
          results.coldStart.welcomeRequests,
          localeFiles,
        );
      }
    }
    if (want('step')) {
      say('step change');
      results.stepChange = await measureStepChange(session, baselines.step, steps, options.runs);
    }
    if (want('language')) {
      say('language switch');
      results.languageSwitch = await measureLanguageSwitch(session, options.runs);
    }
    if (want('loops')) {
      say(`video loops, ${options.loopSeconds} s each`);
      results.videoLoops = await measureVideoLoops(session, steps, options.loopSeconds);
    }
    if (want('month')) {
      say(`month of use, scale ${options.monthScale}`);
      results.month = await measureMonthOfUse(session, options.monthScale);
    }
  } finally {
    await session.close();
  }
  results.meta.loadAfter = os.loadavg();
  results.meta.seconds = (Date.now() - started) / 1000;
  const out = path.resolve(PROJECT_ROOT, options.out);
  await writeFile(out, JSON.stringify(results, null, 2) + '\n');
  console.log('\n' + renderReport(results) + '\n');
  console.log(`[bench] wrote ${path.relative(process.cwd(), out) || out}`);
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(PROJECT_ROOT, 'tests/bench/run.ts')
) {
  await main();
}
