/**
 * The benchmark's eyes inside the page, bundled by esbuild and added as an init script
 * (functions passed to page.evaluate from tsx would carry its helper calls with them).
 * Times are the page's performance.now(); the tap is the click event's own timestamp.
 */

/** What the screen must show for a tap to count as answered. */
export interface Expectation {
  /** An element that must exist, e.g. `[data-step="c-hold"]`. */
  selector: string;
  /** Its text (trimmed), when the text itself must have changed. */
  text?: string;
  /** Also wait for the first frame of a <video> that was not on screen before the tap. */
  video?: boolean;
}

export interface TapTimes {
  /** Click → the frame after the expected text was in the DOM. */
  textPainted: number;
  /** Click → the new video's first frame on screen (requestVideoFrameCallback). */
  videoFrame: number | null;
}

export interface FrameRecord {
  mediaTime: number;
  displayTime: number;
  presentedFrames: number;
}

export interface LoopRecording {
  frames: FrameRecord[];
  total: number;
  dropped: number;
  width: number;
  height: number;
  duration: number;
}

/** Resolves just after the next frame is painted: a task queued from requestAnimationFrame. */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        // An open port with a listener lives on: closing it keeps the probe out of the heap readings.
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(null);
    });
  });
}

function matches(expectation: Expectation): boolean {
  const element = document.querySelector(expectation.selector);
  if (!element) return false;
  return expectation.text === undefined || element.textContent?.trim() === expectation.text;
}

let pending: Promise<TapTimes> | null = null;

/** Starts watching for the next click and what it must bring on screen. */
function arm(expectation: Expectation, timeoutMs = 10_000): void {
  const before = document.querySelector('video');
  pending = new Promise<TapTimes>((resolve, reject) => {
    let tapAt: number | null = null;
    let textAt: number | null = null;
    let videoAt: number | null = expectation.video ? null : Number.NaN;
    let watchingVideo: HTMLVideoElement | null = null;
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out waiting for ${JSON.stringify(expectation)}`));
    }, timeoutMs);
    const observer = new MutationObserver(check);
    function onClick(event: Event): void {
      tapAt ??= event.timeStamp;
      // React may render inside the click dispatch, before any mutation record is read.
      queueMicrotask(check);
    }
    function finish(): void {
      clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener('click', onClick, true);
    }
    function settle(): void {
      if (tapAt === null || textAt === null || videoAt === null) return;
      finish();
      resolve({
        textPainted: textAt - tapAt,
        videoFrame: Number.isNaN(videoAt) ? null : videoAt - tapAt,
      });
    }
    function check(): void {
      if (tapAt === null) return;
      if (expectation.video && !watchingVideo) {
        const video = document.querySelector('video');
        if (video && video !== before) {
          watchingVideo = video;
          video.requestVideoFrameCallback((_now, metadata) => {
            videoAt = metadata.expectedDisplayTime;
            settle();
          });
        }
      }
      if (textAt === null && matches(expectation)) {
        textAt = Number.NaN; // painted time pending
        void afterNextPaint().then((at) => {
          textAt = at;
          settle();
        });
      }
    }
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    window.addEventListener('click', onClick, true);
  });
  pending.catch(() => undefined);
}

async function result(): Promise<TapTimes> {
  if (!pending) throw new Error('not armed');
  const times = await pending;
  pending = null;
  return times;
}

/** Waits until the expectation holds, then for the paint after it; `started` is when the tap began. */
async function waitPainted(started: number, expectation: Expectation, timeoutMs: number): Promise<number> {
  while (!matches(expectation)) {
    if (performance.now() - started > timeoutMs) {
      throw new Error(`timed out waiting for ${JSON.stringify(expectation)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return (await afterNextPaint()) - started;
}

/**
 * Clicks in the page and waits for the expectation painted, for long loops without an
 * input round trip per tap. Returns the milliseconds from click to that paint.
 */
async function clickAndWait(
  click: string,
  expectation: Expectation,
  timeoutMs = 10_000,
): Promise<number> {
  const target = document.querySelector<HTMLElement>(click);
  if (!target) throw new Error(`nothing to click at ${click}`);
  const started = performance.now();
  target.click();
  return waitPainted(started, expectation, timeoutMs);
}

/**
 * Presses and holds a finger at the top corner where reading starts (top-left, or
 * top-right in right-to-left languages) for `ms`, then lifts it: the staff gesture
 * that opens the admin panel. Returns the milliseconds from the lift to the paint.
 */
async function holdCornerAndWait(ms: number, expectation: Expectation, timeoutMs = 10_000): Promise<number> {
  const x = document.documentElement.dir === 'rtl' ? window.innerWidth - 12 : 12;
  const y = 12;
  const target = document.elementFromPoint(x, y) ?? document.body;
  const init = { clientX: x, clientY: y, isPrimary: true, pointerId: 1, bubbles: true, composed: true };
  target.dispatchEvent(new PointerEvent('pointerdown', init));
  await new Promise((resolve) => setTimeout(resolve, ms));
  const started = performance.now();
  target.dispatchEvent(new PointerEvent('pointerup', init));
  return waitPainted(started, expectation, timeoutMs);
}

/** A tap the month of use makes (a click, or a held finger), and what it must bring on screen. */
export type Tap =
  | { click: string; expect: Expectation }
  | { holdCornerMs: number; expect: Expectation };

/**
 * Plays groups of taps in the page, one group per cycle of use, in one call (each
 * page.evaluate compiles a script that the DevTools session keeps: per-tap calls would
 * show up as heap growth). Returns the milliseconds each group took (a hold counts
 * from the lift, not the 3 seconds of holding).
 */
async function playTaps(groups: Tap[][]): Promise<number[]> {
  const times: number[] = [];
  for (const group of groups) {
    let ms = 0;
    for (const tap of group) {
      ms +=
        'click' in tap
          ? await clickAndWait(tap.click, tap.expect)
          : await holdCornerAndWait(tap.holdCornerMs, tap.expect);
    }
    times.push(ms);
  }
  return times;
}

/** Records every presented frame of the page's video for `seconds`, and its playback quality. */
function recordLoop(seconds: number): Promise<LoopRecording> {
  const video = document.querySelector('video');
  if (!video) return Promise.reject(new Error('no video on screen'));
  const frames: FrameRecord[] = [];
  const start = video.getVideoPlaybackQuality();
  return new Promise((resolve) => {
    const end = performance.now() + seconds * 1000;
    const onFrame: VideoFrameRequestCallback = (_now, metadata) => {
      frames.push({
        mediaTime: metadata.mediaTime,
        displayTime: metadata.expectedDisplayTime,
        presentedFrames: metadata.presentedFrames,
      });
      if (performance.now() < end) {
        video.requestVideoFrameCallback(onFrame);
        return;
      }
      const quality = video.getVideoPlaybackQuality();
      resolve({
        frames,
        total: quality.totalVideoFrames - start.totalVideoFrames,
        dropped: quality.droppedVideoFrames - start.droppedVideoFrames,
        width: video.videoWidth,
        height: video.videoHeight,
        duration: video.duration,
      });
    };
    video.requestVideoFrameCallback(onFrame);
  });
}

/** Resolves once the page's video has shown a frame. */
function videoPlaying(timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const video = document.querySelector('video');
    if (!video) {
      reject(new Error('no video on screen'));
      return;
    }
    const timer = setTimeout(() => reject(new Error('video never showed a frame')), timeoutMs);
    video.requestVideoFrameCallback(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export interface StartTimes {
  fcp: number;
  domContentLoaded: number;
  /** The app's own `bedside:interactive` mark, when it has one. */
  interactive: number | null;
}

/** Waits for first contentful paint, then reads the page's start-up timeline. */
async function startTimes(timeoutMs = 15_000): Promise<StartTimes> {
  const started = performance.now();
  const entry = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
  while (entry('first-contentful-paint') === undefined) {
    if (performance.now() - started > timeoutMs) throw new Error('no first contentful paint');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return {
    fcp: entry('first-contentful-paint')!,
    domContentLoaded: navigation.domContentLoadedEventEnd,
    interactive: entry('bedside:interactive') ?? null,
  };
}

/** Resolves once the page has marked itself interactive. */
async function interactive(timeoutMs = 15_000): Promise<void> {
  const started = performance.now();
  while (performance.getEntriesByName('bedside:interactive').length === 0) {
    if (performance.now() - started > timeoutMs)
      throw new Error('never marked bedside:interactive');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const probe = {
  arm,
  result,
  clickAndWait,
  playTaps,
  recordLoop,
  videoPlaying,
  afterNextPaint,
  startTimes,
  interactive,
};
export type Probe = typeof probe;

Object.defineProperty(window, '__bench', { value: probe });
