/**
 * A month of use, compressed into one page: thousands of step changes, language
 * switches, idle resets and admin visits, with the JS heap (after forced garbage
 * collection) and the DOM node and listener counts read before and after, so a leak
 * shows as growth. Each kind of use is one small function; a kind the app does not
 * have yet says so and is left out rather than faked.
 */
import type { CDPSession, Page } from '@playwright/test';
import { STEP_IDS } from '../../../electron/ipc/contract';
import type { Expectation } from '../page-probe';
import { openFirstStep, SMALL, type Session } from '../session';
import { median, summarize, type Summary } from '../stats';

export interface MemoryReading {
  heapUsed: number;
  nodes: number;
  listeners: number;
  documents: number;
}

/** Where the month's driver is; the cycles keep it up to date. */
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
  /** One cycle; returns the milliseconds it took in the page. */
  run(page: Page, cursor: Cursor, locales: string[]): Promise<number>;
  /** What the cycle stands for when it is a stand-in for the real thing. */
  note?: string;
}

function clickAndWait(page: Page, click: string, expectation: Expectation): Promise<number> {
  return page.evaluate(([c, e]) => window.__bench.clickAndWait(c, e), [
    click,
    expectation,
  ] as const);
}

/** Back to the welcome screen in the default language, then into step 1: what the kiosk does between parents. */
async function resetByHand(page: Page, cursor: Cursor): Promise<number> {
  let ms = await clickAndWait(page, '.top-bar-nav .button-bar', {
    selector: '.app[data-screen="welcome"]',
  });
  if (cursor.language !== 'en') {
    ms += await clickAndWait(page, '.welcome .language-grid button[lang="en"]', {
      selector: 'html[lang="en"] .app[data-screen="welcome"]',
    });
    cursor.language = 'en';
  }
  ms += await clickAndWait(page, '.button-start', { selector: '.app[data-screen="overview"]' });
  ms += await clickAndWait(page, '.card .button-primary', {
    selector: `[data-step="${STEP_IDS[0]}"]`,
  });
  cursor.step = 0;
  cursor.direction = 1;
  return ms;
}

const stepChange: CycleKind = {
  name: 'step changes',
  perMonth: 5000,
  missing: async () => null,
  async run(page, cursor) {
    if (cursor.step + cursor.direction < 0 || cursor.step + cursor.direction >= STEP_IDS.length) {
      cursor.direction = cursor.direction === 1 ? -1 : 1;
    }
    cursor.step += cursor.direction;
    const button = cursor.direction === 1 ? 'button-primary' : 'button-secondary';
    return clickAndWait(page, `.step-buttons .${button}`, {
      selector: `[data-step="${STEP_IDS[cursor.step]}"]`,
    });
  },
};

const languageSwitch: CycleKind = {
  name: 'language switches',
  perMonth: 300,
  missing: async () => null,
  async run(page, cursor, locales) {
    const choices = locales.filter((language) => language !== cursor.language);
    const language = choices[cursor.languageTurn++ % choices.length]!;
    let ms = await clickAndWait(page, '.button-language', { selector: '.language-screen' });
    ms += await clickAndWait(page, `.language-screen button[lang="${language}"]`, {
      selector: `html[lang="${language}"] .app[data-screen="step"]`,
    });
    cursor.language = language;
    return ms;
  },
};

const idleReset: CycleKind = {
  name: 'idle resets',
  perMonth: 200,
  note: 'stand-in: Home, then the default language, then back into step 1 (the idle-reset timer and prompt are not on main)',
  missing: async () => null,
  run: (page, cursor) => resetByHand(page, cursor),
};

const adminVisit: CycleKind = {
  name: 'admin open/close',
  perMonth: 50,
  missing: async () => 'the admin panel is not on main yet',
  run: async () => 0,
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

/** Welcome screen, English: the state both memory readings are taken in. */
async function restState(page: Page, cursor: Cursor): Promise<void> {
  await resetByHand(page, cursor);
  await clickAndWait(page, '.top-bar-nav .button-bar', { selector: '.app[data-screen="welcome"]' });
  await page.waitForTimeout(1000);
}

export async function measureMonthOfUse(session: Session, scale: number): Promise<MonthOfUse> {
  const { page, cdp, close } = await session.open(SMALL);
  const started = Date.now();
  try {
    await openFirstStep(page);
    const cursor: Cursor = { step: 0, direction: 1, language: 'en', languageTurn: 0 };
    const kinds: { kind: CycleKind; missing: string | null; count: number; ms: number[] }[] = [];
    for (const kind of CYCLES) {
      const missing = await kind.missing(page);
      kinds.push({ kind, missing, count: missing ? 0 : Math.round(kind.perMonth * scale), ms: [] });
    }

    // Warm up: every step, every language and each cycle once, so lazy chunks and
    // caches that are meant to stay are in place before the first reading.
    for (let i = 0; i < 2 * (STEP_IDS.length - 1); i++)
      await stepChange.run(page, cursor, session.locales);
    for (let i = 0; i < session.locales.length; i++)
      await languageSwitch.run(page, cursor, session.locales);
    for (const { kind, missing } of kinds)
      if (!missing) await kind.run(page, cursor, session.locales);
    await restState(page, cursor);
    const start = await readMemory(cdp);
    await resetByHand(page, cursor);

    // Spread each kind evenly over the month, in one interleaved schedule.
    const total = kinds.reduce((sum, k) => sum + k.count, 0);
    const schedule = kinds.flatMap(({ count }, kindIndex) =>
      Array.from({ length: count }, (_, i) => ({ at: (i + 0.5) / count, kindIndex })),
    );
    schedule.sort((a, b) => a.at - b.at);
    for (const [done, { kindIndex }] of schedule.entries()) {
      const entry = kinds[kindIndex]!;
      entry.ms.push(await entry.kind.run(page, cursor, session.locales));
      if (done % 500 === 0) process.stdout.write(`  month of use: ${done}/${total}\r`);
    }
    await restState(page, cursor);
    const end = await readMemory(cdp);

    const steps = kinds[0]!.ms;
    const tenth = Math.max(1, Math.floor(steps.length / 10));
    return {
      scale,
      seconds: (Date.now() - started) / 1000,
      cycles: kinds.map(({ kind, missing, count, ms }) => ({
        name: kind.name,
        done: count,
        note: missing ?? kind.note ?? null,
        ms: summarize(ms),
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
