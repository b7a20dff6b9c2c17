import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_PROMPT_SECONDS } from './use-idle-reset';
import { useCountdown } from './use-countdown';

/**
 * "Are you still there?": full screen, with the seconds left before the guide starts
 * again. A touch anywhere on it or any key closes it; the button says how.
 */
export function IdlePrompt({ onStay, onTimeUp }: { onStay: () => void; onTimeUp: () => void }) {
  const { t } = useTranslation();
  const remaining = useCountdown(IDLE_PROMPT_SECONDS, onTimeUp);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  useEffect(() => {
    window.addEventListener('keydown', onStay);
    return () => window.removeEventListener('keydown', onStay);
  }, [onStay]);
  return (
    // The whole prompt is the target: the button is there to say so to screen readers.
    <div
      onClick={onStay}
      className="kiosk-overlay idle-prompt"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-countdown"
    >
      <h2 id="idle-title" className="kiosk-overlay-title">
        {t('kiosk.idle.title')}
      </h2>
      <p id="idle-countdown" className="kiosk-overlay-text" aria-live="polite">
        {t('kiosk.idle.countdown', { count: Math.max(0, remaining) })}
      </p>
      <button ref={stay} type="button" className="button button-primary button-stay">
        {t('kiosk.idle.stay')}
      </button>
    </div>
  );
}
