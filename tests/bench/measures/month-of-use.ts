/**
 * A month of use, compressed into one page: thousands of step changes, language
 * switches, idle resets and admin visits, with the JS heap (after forced garbage
 * collection) and the DOM node and listener counts read before and after, so a leak
 * shows as growth. Each kind of use is one small function that says which taps one
 * cycle makes; a kind the app does not have yet says so and is left out, not faked.
 * The taps run inside the page in large batches, so the harness itself adds nothing
 * to the heap it measures.
 */
import type { CDPSession, Page } from '@playwright/test';
import { STEP_IDS } from '../../../electron/ipc/contract';
import type { Expectation, Tap } from '../page-probe';
import { openFirstStep, SMALL, type Session } from '../session';
import { median, summarize, type Summary } from '../stats';

export interface MemoryReading {
  heapUsed: number;
  nodes: number;
  listeners: number;
  documents: number;
}

/** Where the month's driver is; each cycle moves it. */
interface Cursor {
  step: number;
  direction: 1 | -1;
  language: string;
  languageTurn: number;
}

interface CycleKind {
  name: string;
  /** How many a month brings (at scale 1). */
  perMonth: number;
  /** Null when the app can do it; otherwise why it is left out. */
  missing(page: Page): Promise<string | null>;
  /** Taps done once before the warm-up (e.g. choosing the staff PIN on first run). */
  prepare?: Tap[];
  /** The taps of one cycle, from the step screen back to a step screen. */
  taps(cursor: Cursor, locales: readonly string[]): Tap[];
  /** What the cycle stands for, when it stands in for the real thing. */
  note?: string;
}

/** Back to the welcome screen in the default language, then into step 1. */
function resetTaps(cursor: Cursor): Tap[] {
  const taps: Tap[] = [
    { click: '.top-bar-nav .button-bar', expect: { selector: '.app[data-screen="welcome"]' } },
  ];
  if (cursor.language !== 'en') {
    taps.push({
      click: '.welcome .language-grid button[lang="en"]',
      expect: { selector: 'html[lang="en"] .app[data-screen="welcome"]' },
    });
    cursor.language = 'en';
  }
  taps.push(
    { click: '.button-start', expect: { selector: '.app[data-screen="overview"]' } },
    { click: '.card .button-primary', expect: { selector: `[data-step="${STEP_IDS[0]}"]` } },
  );
  cursor.step = 0;
  cursor.direction = 1;
  return taps;
}

const stepChange: CycleKind = {
  name: 'step changes',
  perMonth: 5000,
  missing: async () => null,
  taps(cursor) {
    if (cursor.step + cursor.direction < 0 || cursor.step + cursor.direction >= STEP_IDS.length) {
      cursor.direction = cursor.direction === 1 ? -1 : 1;
    }
    cursor.step += cursor.direction;
    const button = cursor.direction === 1 ? 'button-primary' : 'button-secondary';
    return [
      {
        click: `.step-buttons .${button}`,
        expect: { selector: `[data-step="${STEP_IDS[cursor.step]}"]` },
      },
    ];
  },
};

const languageSwitch: CycleKind = {
  name: 'language switches',
  perMonth: 300,
  missing: async () => null,
  taps(cursor, locales) {
    const choices = locales.filter((language) => language !== cursor.language);
    const language = choices[cursor.languageTurn++ % choices.length]!;
    cursor.language = language;
    return [
      { click: '.button-language', expect: { selector: '.language-screen' } },
      {
        click: `.language-screen button[lang="${language}"]`,
        expect: { selector: `html[lang="${language}"] .app[data-screen="step"]` },
      },
    ];
  },
};

const idleReset: CycleKind = {
  name: 'idle resets',
  perMonth: 200,
  note: "stand-in: the reset's own screens (welcome, the default language, back into step 1), without waiting out the idle timeout",
  missing: async () => null,
  taps: (cursor) => resetTaps(cursor),
};

/** The bench kiosk's staff PIN, chosen on first run: no digit repeats in a row, no straight run. */
const BENCH_PIN = '318264';

/** The PIN pad's digit keys are laid out 1-9, clear, 0, delete. */
function pinTaps(pin: string, after: Expectation): Tap[] {
  const keys = [...pin].map(
    (digit): Tap => ({
      click: `.pin-keys > .pin-key:nth-child(${digit === '0' ? 11 : Number(digit)})`,
      expect: { selector: '.pin-dot.filled' },
    }),
  );
  return [...keys, { click: '.pin-actions .button-primary', expect: after }];
}

const openPinPad: Tap = { holdCornerMs: 3200, expect: { selector: '.pin-pad' } };
const closePanel: Tap = { click: '.admin-done', expect: { selector: '.app[data-screen="step"]' } };

const adminVisit: CycleKind = {
  name: 'admin open/close',
  perMonth: 50,
  note: 'hold the corner 3 s (not counted), type the PIN (scrypt in main), Done',
  missing: async () => null,
  prepare: [
    openPinPad,
    // The confirm step is a fresh pad, its dots empty again.
    ...pinTaps(BENCH_PIN, { selector: '.pin-pad:not(:has(.pin-dot.filled))' }),
    ...pinTaps(BENCH_PIN, { selector: '.app[data-screen="admin"]' }),
    closePanel,
  ],
  taps: () => [openPinPad, ...pinTaps(BENCH_PIN, { selector: '.app[data-screen="admin"]' }), closePanel],
};

export const CYCLES: readonly CycleKind[] = [stepChange, languageSwitch, idleReset, adminVisit];

export async function readMemory(cdp: CDPSession): Promise<MemoryReading> {
  const readings: MemoryReading[] = [];
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    readings.push({
      heapUsed: heap.usedSize,
      nodes: dom.nodes,
      listeners: dom.jsEventListeners,
      documents: dom.documents,
    });
  }
  const mid = (pick: (r: MemoryReading) => number) =>
    median(readings.map(pick).sort((a, b) => a - b));
  return {
    heapUsed: mid((r) => r.heapUsed),
    nodes: mid((r) => r.nodes),
    listeners: mid((r) => r.listeners),
    documents: mid((r) => r.documents),
  };
}

export interface CycleReport {
  name: string;
  done: number;
  note: string | null;
  ms: Summary;
}

export interface MonthOfUse {
  scale: number;
  seconds: number;
  cycles: CycleReport[];
  start: MemoryReading;
  end: MemoryReading;
  /** Step changes early and late in the month: a slowdown is a leak's other symptom. */
  stepEarly: Summary;
  stepLate: Summary;
}

const BATCH = 500;

async function play(page: Page, groups: Tap[][]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < groups.length; i += BATCH) {
    const batch = groups.slice(i, i + BATCH);
    times.push(...(await page.evaluate((g) => window.__bench.playTaps(g), batch)));
    process.stdout.write(
      `  month of use: ${Math.min(groups.length, i + BATCH)}/${groups.length}\r`,
    );
  }
  return times;
}

/** The state both memory readings are taken in: the welcome screen, in English. */
function restTaps(cursor: Cursor): Tap[] {
  return [
    ...resetTaps(cursor),
    { click: '.top-bar-nav .button-bar', expect: { selector: '.app[data-screen="welcome"]' } },
  ];
}

export async function measureMonthOfUse(session: Session, scale: number): Promise<MonthOfUse> {
  const { page, cdp, close } = await session.open(SMALL);
  const started = Date.now();
  const { locales } = session;
  try {
    await openFirstStep(page);
    const cursor: Cursor = { step: 0, direction: 1, language: 'en', languageTurn: 0 };
    const kinds: { kind: CycleKind; missing: string | null; count: number }[] = [];
    for (const kind of CYCLES) {
      const missing = await kind.missing(page);
      kinds.push({ kind, missing, count: missing ? 0 : Math.round(kind.perMonth * scale) });
    }

    // Warm up: every step, every language and each kind of use once, so lazy chunks
    // and caches that are meant to stay are in place before the first reading.
    const warmUp: Tap[][] = kinds.flatMap(({ kind, missing }) => (!missing && kind.prepare ? [kind.prepare] : []));
    for (let i = 0; i < 2 * (STEP_IDS.length - 1); i++)
      warmUp.push(stepChange.taps(cursor, locales));
    for (let i = 0; i < locales.length; i++) warmUp.push(languageSwitch.taps(cursor, locales));
    for (const { kind, missing } of kinds) if (!missing) warmUp.push(kind.taps(cursor, locales));
    warmUp.push(restTaps(cursor));
    await play(page, warmUp);
    await page.waitForTimeout(1000);
    const start = await readMemory(cdp);

    // Each kind spread evenly over the month, in one interleaved schedule.
    const schedule = kinds.flatMap(({ count }, kindIndex) =>
      Array.from({ length: count }, (_, i) => ({ at: (i + 0.5) / count, kindIndex })),
    );
    schedule.sort((a, b) => a.at - b.at);
    const groups: Tap[][] = [resetTaps(cursor)];
    const owners: number[] = [-1];
    for (const { kindIndex } of schedule) {
      groups.push(kinds[kindIndex]!.kind.taps(cursor, locales));
      owners.push(kindIndex);
    }
    groups.push(restTaps(cursor));
    owners.push(-1);
    const times = await play(page, groups);
    await page.waitForTimeout(1000);
    const end = await readMemory(cdp);

    const msOf = (kindIndex: number) => times.filter((_, i) => owners[i] === kindIndex);
    const steps = msOf(0);
    const tenth = Math.max(1, Math.floor(steps.length / 10));
    return {
      scale,
      seconds: (Date.now() - started) / 1000,
      cycles: kinds.map(({ kind, missing, count }, kindIndex) => ({
        name: kind.name,
        done: count,
        note: missing ?? kind.note ?? null,
        ms: summarize(msOf(kindIndex)),
      })),
      start,
      end,
      stepEarly: summarize(steps.slice(0, tenth)),
      stepLate: summarize(steps.slice(-tenth)),
    };
  } finally {
    await close();
  }
}
