/**
 * The layout gate's figures: each walk writes what it measured on each screen, and the
 * suite's teardown adds them up in test-results/layout-gate.json, so a change to the
 * screens can be quoted before and after (screens checked, text out of view, the
 * video's share of the screen, the help bar's share of the height).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LayoutReading } from './layout-check';

/** The figures the screens are held to. */
export const MIN_VIDEO_SHARE = 0.3;
export const MAX_BAR_SHARE = 0.12;
export const MIN_STEP_TEXT_PX = 22;

/** Four contacts, the most a ward is asked to show, with long names and numbers. */
export const GATE_CONTACTS = [
  { id: 'n1', name: 'Ana Pérez', role: 'nurse', phone: '555-0100', extension: '4102' },
  { id: 'l1', name: 'Lactation team', role: 'lactation', phone: '555-0199' },
  { id: 'm1', name: 'Night midwife', role: 'midwife', extension: '88' },
  { id: 'd1', name: 'Dr. Oluwaseun Adebayo-Okonkwo', role: 'doctor', phone: '+44 20 7946 0958', extension: '21877' },
] as const;

export type ScreenKind = 'step' | 'topic' | 'teaching' | 'other';

export interface LayoutRow {
  language: string;
  screen: string;
  kind: ScreenKind;
  size: string;
  hidden: LayoutReading['hidden'];
  videoShare: number;
  barShare: number;
  minTextPx: number;
}

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results');
const ROWS = path.join(RESULTS, 'layout-gate');

/** What the gate says is wrong with one reading (empty: it passes). */
export function layoutProblems(row: LayoutRow): string[] {
  const where = `${row.language} ${row.screen} ${row.size}`;
  const problems = row.hidden.map(
    (item) => `${where}: ${item.element} "${item.text}" is out of view (${item.why})`,
  );
  if (row.screen.startsWith('step-') && row.videoShare < MIN_VIDEO_SHARE)
    problems.push(`${where}: the video covers ${pct(row.videoShare)} of the screen (at least ${pct(MIN_VIDEO_SHARE)})`);
  if (row.barShare > MAX_BAR_SHARE)
    problems.push(`${where}: the help bar takes ${pct(row.barShare)} of the height (at most ${pct(MAX_BAR_SHARE)})`);
  if (row.screen.startsWith('step-') && row.minTextPx < MIN_STEP_TEXT_PX)
    problems.push(`${where}: step text at ${row.minTextPx}px (at least ${MIN_STEP_TEXT_PX}px)`);
  return problems;
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** Keeps one walk's rows for the summary (one file per walk: the walks run in parallel). */
export function recordLayout(walk: string, rows: LayoutRow[]): void {
  mkdirSync(ROWS, { recursive: true });
  writeFileSync(path.join(ROWS, `${walk}.json`), JSON.stringify(rows));
}

const SINCE = 'BEDSIDE_LAYOUT_GATE_SINCE';

/**
 * Marks the start of a run: the summary counts only rows written after it. Nothing is
 * deleted, so two suites run at once on one machine do not wipe each other's rows.
 */
export function markLayoutRun(): void {
  process.env[SINCE] = String(Date.now());
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Adds up every walk's rows into test-results/layout-gate.json; nothing when no walk ran. */
export function writeLayoutSummary(): void {
  let files: string[];
  try {
    const since = Number(process.env[SINCE] ?? 0);
    files = readdirSync(ROWS).filter(
      (name) => name.endsWith('.json') && statSync(path.join(ROWS, name)).mtimeMs >= since,
    );
  } catch {
    return;
  }
  if (files.length === 0) return;
  const rows = files.flatMap(
    (name) => JSON.parse(readFileSync(path.join(ROWS, name), 'utf8')) as LayoutRow[],
  );
  const byKind = (kind: ScreenKind | 'all') => rows.filter((row) => kind === 'all' || row.kind === kind);
  const figures = (subset: LayoutRow[]) => ({
    screensChecked: subset.length,
    screensWithTextOutOfView: subset.filter((row) => row.hidden.length > 0).length,
    helpBarShareMax: round(Math.max(0, ...subset.map((row) => row.barShare))),
    helpBarShareMedian: round(median(subset.map((row) => row.barShare))),
  });
  const steps = byKind('step');
  const sizes = [...new Set(steps.map((row) => row.size))];
  const summary = {
    limits: { minVideoShare: MIN_VIDEO_SHARE, maxHelpBarShare: MAX_BAR_SHARE, minStepTextPx: MIN_STEP_TEXT_PX },
    languages: [...new Set(rows.map((row) => row.language))].length,
    all: figures(rows),
    step: {
      ...figures(steps),
      videoShareMin: round(Math.min(...steps.map((row) => row.videoShare), 1)),
      videoShareMedian: round(median(steps.map((row) => row.videoShare))),
      stepTextPxMin: Math.min(...steps.map((row) => row.minTextPx), 99),
      bySize: Object.fromEntries(
        sizes.map((size) => {
          const subset = steps.filter((row) => row.size === size);
          return [
            size,
            {
              ...figures(subset),
              videoShareMin: round(Math.min(...subset.map((row) => row.videoShare))),
              videoShareMedian: round(median(subset.map((row) => row.videoShare))),
            },
          ];
        }),
      ),
    },
    topic: figures(byKind('topic')),
    teaching: figures(byKind('teaching')),
    other: figures(byKind('other')),
    failing: rows.flatMap(layoutProblems).slice(0, 200),
  };
  writeFileSync(path.join(RESULTS, 'layout-gate.json'), JSON.stringify(summary, null, 2) + '\n');
}
