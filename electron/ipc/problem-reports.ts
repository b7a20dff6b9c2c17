/**
 * What the renderer reports as broken (a video, a caption file, a locale, a render
 * error), kept as counts per day and written to the log once the day is over.
 *
 * A line written at the moment of a failure would tell IT when the patient in that
 * room was on which step, in which language; a day's count of a file says what is
 * broken and nothing about anyone. The set is bounded (per kind, and in total), and
 * every subject is escaped, so a renderer can neither forge log lines nor fill the log.
 */
import type { PROBLEM_KINDS } from './contract';
import { escapeForLog, type Log } from '../log';

type Kind = (typeof PROBLEM_KINDS)[number];

/** Distinct subjects kept per kind and day; the rest are counted together. */
export const SUBJECTS_PER_KIND = 20;

export interface ProblemReportsOptions {
  log: Log;
  now?: () => number;
}

function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function createProblemReports(options: ProblemReportsOptions) {
  const { log } = options;
  const now = options.now ?? Date.now;
  let day = dayOf(now());
  const counts = new Map<Kind, Map<string, number>>();
  const overflow = new Map<Kind, { subjects: number; times: number }>();

  /** Writes the finished day's counts (at most SUBJECTS_PER_KIND + 1 lines per kind) and starts afresh. */
  function flush(): void {
    for (const [kind, subjects] of counts) {
      for (const [subject, times] of subjects) {
        log.warn(`renderer: on ${day}, ${kind} ${times} ${times === 1 ? 'time' : 'times'}: ${subject}`);
      }
      const more = overflow.get(kind);
      if (more) log.warn(`renderer: on ${day}, ${kind} for ${more.subjects} more subjects (${more.times} times)`);
    }
    counts.clear();
    overflow.clear();
  }

  /** Writes the counts of a day that is over; the next report starts the new day. */
  function endDayIfOver(): void {
    const today = dayOf(now());
    if (today !== day) {
      flush();
      day = today;
    }
  }

  function report(kind: Kind, subject: string): void {
    endDayIfOver();
    const safe = escapeForLog(subject, 200);
    let subjects = counts.get(kind);
    if (!subjects) counts.set(kind, (subjects = new Map()));
    const seen = subjects.get(safe);
    if (seen !== undefined) {
      subjects.set(safe, seen + 1);
    } else if (subjects.size < SUBJECTS_PER_KIND) {
      subjects.set(safe, 1);
    } else {
      // Counted without its subject: a flood of distinct reports costs one line.
      const more = overflow.get(kind) ?? { subjects: 0, times: 0 };
      more.subjects += 1;
      more.times += 1;
      overflow.set(kind, more);
    }
  }

  /** Subjects held now (bounded by SUBJECTS_PER_KIND for each kind). */
  function size(): number {
    let total = 0;
    for (const subjects of counts.values()) total += subjects.size;
    return total + overflow.size;
  }

  return { report, flush, endDayIfOver, size };
}

export type ProblemReports = ReturnType<typeof createProblemReports>;
