import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MAX_DIGITS = 8;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

function formatWait(seconds: number, language: string): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  return minutes > 0 ? `${unit(minutes, 'minute')} ${unit(rest, 'second')}` : unit(rest, 'second');
}

interface PinPadProps {
  title: string;
  hint?: string;
  /** A message about the last attempt (wrong PIN, a refused new PIN). */
  message?: string | null;
  /** While set (epoch ms), the pad is locked and shows a countdown. */
  lockedUntil?: number | null;
  busy?: boolean;
  staffLanguage: string;
  onSubmit: (pin: string) => void;
  onClose: () => void;
}

/**
 * The app's own PIN pad: large keys, digits shown as dots, no text field (so no
 * on-screen OS keyboard appears). A hardware keyboard's digits work too.
 */
export function PinPad({ title, hint, message, lockedUntil = null, busy = false, staffLanguage, onSubmit, onClose }: PinPadProps) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [pin, setPin] = useState('');
  const wait = useCountdown(lockedUntil);
  const disabled = busy || wait > 0;

  useEffect(() => {
    document.getElementById('pin-title')?.focus();
  }, [title]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (disabled) return;
      if (/^[0-9]$/.test(event.key)) setPin((current) => (current.length < MAX_DIGITS ? current + event.key : current));
      else if (event.key === 'Backspace') setPin((current) => current.slice(0, -1));
      else if (event.key === 'Enter' && pin.length > 0) {
        onSubmit(pin);
        setPin('');
      } else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [disabled, pin, onSubmit]);

  const press = (digit: string) => setPin((current) => (current.length < MAX_DIGITS ? current + digit : current));
  const submit = () => {
    if (pin.length === 0) return;
    onSubmit(pin);
    setPin('');
  };

  return (
    <section className="pin-pad" aria-labelledby="pin-title">
      <h1 id="pin-title" tabIndex={-1}>
        {title}
      </h1>
      {hint ? <p className="pin-hint">{hint}</p> : null}
      <div className="pin-dots" role="status" aria-label={t('pin.entered', { count: pin.length })}>
        {Array.from({ length: MAX_DIGITS }, (_, index) => (
          <span key={index} className={index < pin.length ? 'pin-dot filled' : 'pin-dot'} aria-hidden="true" />
        ))}
      </div>
      <p className="pin-message" role="alert">
        {wait > 0 ? t('pin.locked', { time: formatWait(wait, staffLanguage) }) : (message ?? '')}
      </p>
      <div className="pin-keys">
        {KEYS.map((digit) => (
          <button key={digit} type="button" className="button pin-key" disabled={disabled} onClick={() => press(digit)}
            aria-label={t('pin.digit', { digit })}>
            {digit}
          </button>
        ))}
        <button type="button" className="button pin-key pin-key-small" disabled={disabled} onClick={() => setPin('')}>
          {t('pin.clear')}
        </button>
        <button type="button" className="button pin-key" disabled={disabled} onClick={() => press('0')} aria-label={t('pin.digit', { digit: '0' })}>
          0
        </button>
        <button type="button" className="button pin-key pin-key-small" disabled={disabled} onClick={() => setPin((current) => current.slice(0, -1))}
          aria-label={t('pin.delete')}>
          ⌫
        </button>
      </div>
      <div className="pin-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('pin.close')}
        </button>
        <button type="button" className="button button-primary" disabled={disabled || pin.length === 0} onClick={submit}>
          {t('pin.ok')}
        </button>
      </div>
    </section>
  );
}
