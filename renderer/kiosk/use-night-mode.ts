import { useCallback, useEffect, useState } from 'react';
import { isWithinHours } from './clock-hours';

/** How often the hours are looked at again; the shade comes at most this late. */
const CHECK_EVERY_MS = 30_000;

/**
 * Between the ward's night hours the screen dims (parents and babies sleep in these
 * rooms); a touch brings it up until the next idle reset.
 */
export function useNightMode(nightStart: string, nightEnd: string) {
  const [isNight, setIsNight] = useState(() => isWithinHours(new Date(), nightStart, nightEnd));
  const [awake, setAwake] = useState(false);

  useEffect(() => {
    const check = () => {
      const night = isWithinHours(new Date(), nightStart, nightEnd);
      setIsNight(night);
      if (!night) setAwake(false);
    };
    check();
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [nightStart, nightEnd]);

  const wake = useCallback(() => setAwake(true), []);
  const dimAgain = useCallback(() => setAwake(false), []);
  return { dimmed: isNight && !awake, wake, dimAgain };
}
