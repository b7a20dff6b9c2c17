import { useEffect, useState } from 'react';

export type PacerPhase = 'press' | 'compress' | 'relax';

/** Each cycle is three equal beats: press back, press together and roll, relax. */
export function phaseAt(progress: number): PacerPhase {
  const within = progress - Math.floor(progress);
  if (within < 1 / 3) return 'press';
  if (within < 2 / 3) return 'compress';
  return 'relax';
}

const TICK_MS = 100;

/**
 * The pacer's time while running: elapsed milliseconds and cycles done. Cycles are
 * summed tick by tick, so changing the pace keeps the rhythm's place.
 */
export function usePacerClock(running: boolean, cycleSeconds: number) {
  const [time, setTime] = useState({ elapsedMs: 0, progress: 0 });

  useEffect(() => {
    if (!running) return;
    let last = Date.now();
    const timer = window.setInterval(() => {
      const now = Date.now();
      const delta = Math.max(0, now - last);
      last = now;
      setTime((current) => ({
        elapsedMs: current.elapsedMs + delta,
        progress: current.progress + delta / (cycleSeconds * 1000),
      }));
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [running, cycleSeconds]);

  return {
    elapsedMs: time.elapsedMs,
    cycles: Math.floor(time.progress),
    phase: phaseAt(time.progress),
  };
}
