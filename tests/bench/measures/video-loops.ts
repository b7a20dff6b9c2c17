/**
 * Video loops: every default loop plays for `seconds` on the step screen at 1920x1080;
 * dropped and total frames come from getVideoPlaybackQuality, and the gap at each loop
 * point from requestVideoFrameCallback: the display interval across the wrap compared
 * with the loop's ordinary frame interval.
 */
import type { FrameRecord } from '../page-probe';
import type { StepData } from '../baselines';
import { FULL_HD, openFirstStep, type Session } from '../session';
import { summarize, type Summary } from '../stats';

export interface LoopResult {
  id: string;
  width: number;
  height: number;
  duration: number;
  seconds: number;
  total: number;
  dropped: number;
  /** Frames the compositor skipped (presentedFrames jumping by more than one). */
  skipped: number;
  /** The video's own frame duration (from mediaTime steps), in ms. */
  nominalInterval: number;
  /** Display interval between frames, in ms (at 60 Hz a 24 fps video alternates 2 and 3 vsyncs). */
  frameInterval: Summary;
  /** Display interval across each loop point, in ms. */
  loopInterval: Summary;
}

export interface VideoLoops {
  seconds: number;
  loops: LoopResult[];
  /** Every loop point's display interval divided by its loop's frame duration (1 is seamless). */
  loopRatio: Summary;
}

/** Splits a recording into ordinary frame intervals and intervals across a loop point. */
export function analyseFrames(frames: readonly FrameRecord[]): {
  intervals: number[];
  loopIntervals: number[];
  mediaSteps: number[];
  skipped: number;
} {
  const intervals: number[] = [];
  const loopIntervals: number[] = [];
  const mediaSteps: number[] = [];
  let skipped = 0;
  for (let i = 1; i < frames.length; i++) {
    const previous = frames[i - 1]!;
    const frame = frames[i]!;
    const interval = frame.displayTime - previous.displayTime;
    skipped += Math.max(0, frame.presentedFrames - previous.presentedFrames - 1);
    if (frame.mediaTime < previous.mediaTime) loopIntervals.push(interval);
    else {
      intervals.push(interval);
      mediaSteps.push((frame.mediaTime - previous.mediaTime) * 1000);
    }
  }
  return { intervals, loopIntervals, mediaSteps, skipped };
}

export async function measureVideoLoops(
  session: Session,
  steps: StepData[],
  seconds: number,
): Promise<VideoLoops> {
  const loops: LoopResult[] = [];
  const ratios: number[] = [];
  const { page, close } = await session.open(FULL_HD);
  try {
    await openFirstStep(page);
    for (const [index, step] of steps.entries()) {
      if (index > 0) {
        await page.locator('.step-buttons .button-primary').click();
        await page.locator(`[data-step="${step.id}"]`).waitFor();
        await page.evaluate(() => window.__bench.videoPlaying());
      }
      // Let decoding settle past the first frames before counting.
      await page.waitForTimeout(500);
      const recording = await page.evaluate((s) => window.__bench.recordLoop(s), seconds);
      const { intervals, loopIntervals, mediaSteps, skipped } = analyseFrames(recording.frames);
      // The smallest step is one frame; larger ones are frames the page never saw.
      const nominalInterval = Math.min(...mediaSteps);
      for (const interval of loopIntervals) ratios.push(interval / nominalInterval);
      loops.push({
        id: step.id,
        width: recording.width,
        height: recording.height,
        duration: recording.duration,
        seconds,
        total: recording.total,
        dropped: recording.dropped,
        skipped,
        nominalInterval,
        frameInterval: summarize(intervals),
        loopInterval: summarize(loopIntervals),
      });
    }
  } finally {
    await close();
  }
  return { seconds, loops, loopRatio: summarize(ratios) };
}
