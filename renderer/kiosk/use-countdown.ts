import { useEffect, useRef, useState } from 'react';

/**
 * Counts whole seconds down from `seconds`, from the moment the component mounts, and
 * calls `onDone` once at zero. It counts against a deadline, not ticks, so a busy or
 * throttled page still ends on time. The overlays that use it mount afresh each time.
 */
export function useCountdown(seconds: number, onDone: () => void): number {
  const [remaining, setRemaining] = useState(seconds);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  useEffect(() => {
    const deadline = Date.now() + seconds * 1000;
    const timer = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0) {
        window.clearInterval(timer);
        done.current();
      }
    }, 500);
    return () => window.clearInterval(timer);
  }, [seconds]);

  return remaining;
}
