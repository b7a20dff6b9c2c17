import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CLEANING_SECONDS } from './screen-cleaning';
import { useCountdown } from './use-countdown';

const SWALLOWED = [
  'pointerdown',
  'pointerup',
  'click',
  'touchstart',
  'keydown',
  'contextmenu',
] as const;

/**
 * Screen-cleaning mode: touch and keys do nothing for 30 seconds while staff wipe the
 * screen, with the seconds left shown large.
 */
export function CleaningLock({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const remaining = useCountdown(CLEANING_SECONDS, onDone);

  useEffect(() => {
    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    for (const type of SWALLOWED) window.addEventListener(type, swallow, { capture: true });
    return () => {
      for (const type of SWALLOWED) window.removeEventListener(type, swallow, { capture: true });
    };
  }, []);

  return (
    <div
      className="kiosk-overlay cleaning-lock"
      role="dialog"
      aria-modal="true"
      aria-labelledby="cleaning-title"
      aria-describedby="cleaning-countdown"
    >
      <h2 id="cleaning-title" className="kiosk-overlay-title">
        {t('kiosk.cleaning.title')}
      </h2>
      <p className="cleaning-seconds" aria-hidden="true">
        {Math.max(0, remaining)}
      </p>
      <p id="cleaning-countdown" className="kiosk-overlay-text">
        {t('kiosk.cleaning.countdown', { count: Math.max(0, remaining) })}
      </p>
    </div>
  );
}
