/**
 * The benchmark's table, in Markdown so the README can carry it as printed. Each row
 * gives the median with min and max (and p95 where a target is a p95), the baseline
 * measured in the same run, their ratio, the target and whether it is met.
 */
import type { BundleSize, Size } from './measures/bundle-size';
import type { ColdStart } from './measures/cold-start';
import type { LanguageSwitch } from './measures/language-switch';
import type { MonthOfUse } from './measures/month-of-use';
import type { StepChange } from './measures/step-change';
import type { VideoLoops } from './measures/video-loops';
import { ratioTo, type Summary } from './stats';

export interface BenchMeta {
  date: string;
  machine: string;
  chromium: string;
  node: string;
  loadBefore: number[];
  loadAfter: number[];
  runs: number;
  quick: boolean;
  seconds: number;
}

export interface BenchResults {
  meta: BenchMeta;
  size?: BundleSize;
  /** Locale chunks, fonts and pack media fetched before the welcome screen needed them. */
  loadedBeforeNeeded?: string[];
  coldStart?: ColdStart;
  languageSwitch?: LanguageSwitch;
  stepChange?: StepChange;
  videoLoops?: VideoLoops;
  month?: MonthOfUse;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–');
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : '–');
const spread = (s: Summary) => `${ms(s.min)} – ${ms(s.max)}`;
const met = (ok: boolean) => (ok ? 'yes' : '**no**');

type Row = [string, string, string, string, string, string, string];

function table(header: Row, rows: Row[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const HEADER: Row = [
  'Measure',
  'Median (p95)',
  'Min – max',
  'n',
  'Baseline, same run',
  'Ratio',
  'Target: met?',
];

function timing(
  name: string,
  value: Summary,
  baseline: Summary | null,
  target: string,
  ok: boolean | null,
): Row {
  return [
    name,
    `${ms(value.median)} (${ms(value.p95)})`,
    spread(value),
    String(value.n),
    baseline ? ms(baseline.median) : '–',
    baseline ? times(ratioTo(value, baseline)) : '–',
    ok === null ? target : `${target}: ${met(ok)}`,
  ];
}

const sizeCell = (size: Size) =>
  Number.isFinite(size.gzip) ? `${kb(size.raw)} (${kb(size.gzip)} gzip)` : kb(size.raw);

export function renderReport(results: BenchResults): string {
  const { meta } = results;
  const out: string[] = [];
  out.push(
    `${meta.date}, ${meta.machine}, Chromium ${meta.chromium}, Node ${meta.node}; ` +
      `load average ${meta.loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ` +
      `${meta.loadAfter.map((l) => l.toFixed(2)).join(' ')} after; ${meta.runs} runs; ` +
      `${Math.round(meta.seconds)} s.` +
      (meta.quick ? ' QUICK RUN: fewer runs and shorter loops, not for the README.' : ''),
  );

  const rows: Row[] = [];
  const frame = 1000 / 60;
  const { coldStart: cold, languageSwitch: lang, stepChange: step } = results;
  if (cold) {
    rows.push(
      timing(
        'Cold start → first contentful paint',
        cold.app.fcp,
        cold.static.fcp,
        'static page',
        null,
      ),
    );
    const ratio = ratioTo(cold.app.interactive, cold.static.interactive);
    rows.push(
      timing(
        'Cold start → welcome interactive',
        cold.app.interactive,
        cold.static.interactive,
        '≤ 1.5x static',
        ratio <= 1.5,
      ),
    );
  }
  const textBaseline = step?.static.all.text ?? null;
  if (lang) {
    rows.push(
      timing(
        'Language switch, first (lazy), all locales',
        lang.first,
        textBaseline,
        'p95 < 100 ms',
        lang.first.p95 < 100,
      ),
    );
    rows.push(
      timing(
        'Language switch, cached, all locales',
        lang.cached,
        textBaseline,
        'p95 < 17 ms',
        lang.cached.p95 < 17,
      ),
    );
  }
  if (step) {
    rows.push(
      timing(
        'Step change → text painted',
        step.app.all.text,
        step.static.all.text,
        'p95 < 1 frame',
        step.app.all.text.p95 < frame,
      ),
    );
    rows.push(
      timing(
        'Step change → video first frame, first visit',
        step.app.forward.video,
        step.static.forward.video,
        'p95 < 100 ms',
        step.app.forward.video.p95 < 100,
      ),
    );
    rows.push(
      timing(
        'Step change → video first frame, revisit',
        step.app.back.video,
        step.static.back.video,
        'p95 < 100 ms',
        step.app.back.video.p95 < 100,
      ),
    );
  }
  if (rows.length > 0) out.push('', table(HEADER, rows));

  if (lang) {
    const header: Row = [
      'Locale',
      'First p50',
      'First p95',
      'Cached p50',
      'Cached p95',
      'n first / cached',
      'Met?',
    ];
    out.push(
      '',
      table(
        header,
        lang.perLocale.map((l) => [
          l.language,
          l.first.n > 0 ? ms(l.first.median) : 'bundled',
          l.first.n > 0 ? ms(l.first.p95) : 'bundled',
          ms(l.cached.median),
          ms(l.cached.p95),
          `${l.first.n} / ${l.cached.n}`,
          met((l.first.n === 0 || l.first.p95 < 100) && l.cached.p95 < 17),
        ]),
      ),
    );
  }

  if (results.videoLoops) {
    const loops = results.videoLoops;
    const header: Row = [
      'Loop (1920x1080 window)',
      'Frames decoded / dropped',
      'Frames not presented',
      'Frame duration; display interval median (max)',
      'Loop-point interval median (max)',
      'Ratio to frame duration',
      '0 dropped?',
    ];
    out.push(
      '',
      `Video loops, ${loops.seconds} s each; loop-point interval over all loops: ${times(loops.loopRatio.median)} of a frame (max ${times(loops.loopRatio.max)}, n ${loops.loopRatio.n}).`,
      '',
      table(
        header,
        loops.loops.map((l) => [
          `${l.id} (${l.width}x${l.height}, ${l.duration.toFixed(1)} s)`,
          `${l.total} / ${l.dropped}`,
          String(l.skipped),
          `${ms(l.nominalInterval)}; ${ms(l.frameInterval.median)} (${ms(l.frameInterval.max)})`,
          `${ms(l.loopInterval.median)} (${ms(l.loopInterval.max)}), n ${l.loopInterval.n}`,
          times(l.loopInterval.median / l.nominalInterval),
          met(l.dropped === 0),
        ]),
      ),
    );
  }

  if (results.month) {
    const m = results.month;
    const growth = m.end.heapUsed - m.start.heapUsed;
    const header: Row = ['Month of use', 'Start', 'End', 'Change', 'Target', 'Met?', ''];
    out.push(
      '',
      `A month of use in one page (scale ${m.scale}, ${Math.round(m.seconds)} s): ` +
        m.cycles.map((c) => `${c.done} ${c.name}${c.note ? ` (${c.note})` : ''}`).join('; ') +
        `. Step change in the page, first tenth ${ms(m.stepEarly.median)}, last tenth ${ms(m.stepLate.median)}.`,
      '',
      table(header, [
        [
          'JS heap after forced GC',
          kb(m.start.heapUsed),
          kb(m.end.heapUsed),
          kb(growth),
          '< 1 MB growth',
          met(growth < 1024 * 1024),
          '',
        ],
        [
          'DOM nodes',
          String(m.start.nodes),
          String(m.end.nodes),
          String(m.end.nodes - m.start.nodes),
          'back to start',
          met(m.end.nodes <= m.start.nodes),
          '',
        ],
        [
          'JS event listeners',
          String(m.start.listeners),
          String(m.end.listeners),
          String(m.end.listeners - m.start.listeners),
          'back to start',
          met(m.end.listeners <= m.start.listeners),
          '',
        ],
        [
          'Documents',
          String(m.start.documents),
          String(m.end.documents),
          String(m.end.documents - m.start.documents),
          'back to start',
          met(m.end.documents <= m.start.documents),
          '',
        ],
      ]),
    );
  }

  if (results.size) {
    const s = results.size;
    const header: Row = ['Size', 'Raw (gzip)', 'Files', '', '', 'Target', 'Met?'];
    const rows: Row[] = [
      [
        'Initial JS',
        sizeCell(s.initialJs),
        String(s.initialJs.files.length),
        '',
        '',
        '< 120 KB gzip',
        met(s.initialJs.gzip < 120 * 1024),
      ],
      ['Initial CSS', sizeCell(s.initialCss), String(s.initialCss.files.length), '', '', '', ''],
      ...Object.entries(s.locales).map(([language, size]): Row => [
        `Locale ${language} (lazy)`,
        sizeCell(size),
        String(size.files.length),
        '',
        '',
        '',
        '',
      ]),
      [
        'Fonts',
        s.fonts.files.length > 0 ? sizeCell(s.fonts) : 'none shipped (system fonts)',
        String(s.fonts.files.length),
        '',
        '',
        '',
        '',
      ],
      [
        'Default pack: videos',
        sizeCell(s.pack.videos),
        String(s.pack.videos.files.length),
        '',
        '',
        '',
        '',
      ],
      [
        'Default pack: posters',
        sizeCell(s.pack.posters),
        String(s.pack.posters.files.length),
        '',
        '',
        '',
        '',
      ],
      [
        'Default pack: other',
        sizeCell(s.pack.other),
        String(s.pack.other.files.length),
        '',
        '',
        '',
        '',
      ],
    ];
    if (results.loadedBeforeNeeded) {
      const early = results.loadedBeforeNeeded;
      rows.push([
        'Locale, font or video loaded at welcome',
        early.length === 0 ? 'none' : early.join(', '),
        String(early.length),
        '',
        '',
        'none',
        met(early.length === 0),
      ]);
    }
    out.push('', table(header, rows));
  }
  return out.join('\n');
}
