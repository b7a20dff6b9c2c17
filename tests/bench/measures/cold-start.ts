/**
 * Cold start: navigation to first contentful paint, and to the welcome screen being
 * interactive, for the app and for its welcome screen as a static page, alternating
 * runs so both see the same noise. Each run is a fresh context: nothing cached.
 */
import { SMALL, type Session } from '../session';
import { summarize, type Summary } from '../stats';

export interface ColdStart {
  app: { fcp: Summary; interactive: Summary };
  static: { fcp: Summary; interactive: Summary };
  samples: {
    app: { fcp: number; interactive: number }[];
    static: { fcp: number; interactive: number }[];
  };
  /** What the app fetched by the time its welcome screen was interactive (first run). */
  welcomeRequests: string[];
}

export async function measureColdStart(
  session: Session,
  staticPage: string,
  runs: number,
): Promise<ColdStart> {
  const app: { fcp: number; interactive: number }[] = [];
  const plain: { fcp: number; interactive: number }[] = [];
  let welcomeRequests: string[] = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? (['static', 'app'] as const) : (['app', 'static'] as const);
    for (const which of order) {
      const opened = await session.open(SMALL, which === 'app' ? 'index.html' : staticPage);
      try {
        if (which === 'app') await opened.page.evaluate(() => window.__bench.interactive());
        const times = await opened.page.evaluate(() => window.__bench.startTimes());
        if (which === 'app') {
          // A static page is usable once painted; the app once painted and its handlers attached.
          app.push({
            fcp: times.fcp,
            interactive: Math.max(times.fcp, times.interactive ?? Number.NaN),
          });
          if (run === 0) {
            await opened.page.waitForTimeout(500);
            welcomeRequests = [...opened.requests];
          }
        } else {
          plain.push({ fcp: times.fcp, interactive: Math.max(times.fcp, times.domContentLoaded) });
        }
      } finally {
        await opened.close();
      }
    }
  }
  return {
    app: {
      fcp: summarize(app.map((s) => s.fcp)),
      interactive: summarize(app.map((s) => s.interactive)),
    },
    static: {
      fcp: summarize(plain.map((s) => s.fcp)),
      interactive: summarize(plain.map((s) => s.interactive)),
    },
    samples: { app, static: plain },
    welcomeRequests,
  };
}
