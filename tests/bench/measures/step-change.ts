/**
 * Step change: tap on Next (or Back) to the next step's text painted, and to its
 * video's first frame, for the app and for the static step page (the browser's limit)
 * in alternating runs. Forward walks meet each video for the first time in the page;
 * the walk back meets them again.
 */
import type { Page } from '@playwright/test';
import type { StepData } from '../baselines';
import { openFirstStep, SMALL, type Session } from '../session';
import { summarize, type Summary } from '../stats';

export interface StepTimes {
  text: number[];
  video: number[];
}

export interface WalkSummary {
  text: Summary;
  video: Summary;
}

export interface StepChange {
  app: { forward: WalkSummary; back: WalkSummary; all: WalkSummary };
  static: { forward: WalkSummary; back: WalkSummary; all: WalkSummary };
}

async function tapStep(
  page: Page,
  button: 'next' | 'back',
  step: StepData,
  into: StepTimes,
): Promise<void> {
  await page.evaluate((expectation) => window.__bench.arm(expectation), {
    selector: `[data-step="${step.id}"] h1`,
    text: step.title,
    video: true,
  });
  await page
    .locator(`.step-buttons .${button === 'next' ? 'button-primary' : 'button-secondary'}`)
    .click();
  const times = await page.evaluate(() => window.__bench.result());
  into.text.push(times.textPainted);
  if (times.videoFrame !== null) into.video.push(times.videoFrame);
}

async function walk(
  page: Page,
  steps: StepData[],
  forward: StepTimes,
  back: StepTimes,
): Promise<void> {
  for (let index = 1; index < steps.length; index++)
    await tapStep(page, 'next', steps[index]!, forward);
  for (let index = steps.length - 2; index >= 0; index--)
    await tapStep(page, 'back', steps[index]!, back);
}

const summaryOf = (times: StepTimes): WalkSummary => ({
  text: summarize(times.text),
  video: summarize(times.video),
});
const merged = (a: StepTimes, b: StepTimes): StepTimes => ({
  text: [...a.text, ...b.text],
  video: [...a.video, ...b.video],
});

export async function measureStepChange(
  session: Session,
  staticPage: string,
  steps: StepData[],
  runs: number,
): Promise<StepChange> {
  const app = {
    forward: { text: [], video: [] } as StepTimes,
    back: { text: [], video: [] } as StepTimes,
  };
  const plain = {
    forward: { text: [], video: [] } as StepTimes,
    back: { text: [], video: [] } as StepTimes,
  };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? (['static', 'app'] as const) : (['app', 'static'] as const);
    for (const which of order) {
      const opened = await session.open(SMALL, which === 'app' ? 'index.html' : staticPage);
      try {
        const { page } = opened;
        if (which === 'app') await openFirstStep(page);
        else await page.evaluate(() => window.__bench.videoPlaying());
        const into = which === 'app' ? app : plain;
        await walk(page, steps, into.forward, into.back);
      } finally {
        await opened.close();
      }
    }
  }
  return {
    app: {
      forward: summaryOf(app.forward),
      back: summaryOf(app.back),
      all: summaryOf(merged(app.forward, app.back)),
    },
    static: {
      forward: summaryOf(plain.forward),
      back: summaryOf(plain.back),
      all: summaryOf(merged(plain.forward, plain.back)),
    },
  };
}
