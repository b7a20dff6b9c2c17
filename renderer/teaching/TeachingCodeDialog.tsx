import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeachingStartResult } from '../../electron/ipc/contract';
import { useStaffLanguage } from './staff-text';

const MAX_DIGITS = 8;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

type Message = 'wrong' | 'notSet' | 'failed' | null;

interface TeachingCodeDialogProps {
  onSubmit: (code: string) => Promise<TeachingStartResult>;
  onClose: () => void;
}

/**
 * The app's own number pad (never the system keyboard) for the teaching code or a
 * staff PIN. Digits are masked; the main process decides whether the code is right.
 */
export function TeachingCodeDialog({ onSubmit, onClose }: TeachingCodeDialogProps) {
  const { t } = useTranslation('admin');
  // Staff words only: in a right-to-left guide they are English, laid out left to right.
  const staff = useStaffLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const [digits, setDigits] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [lockedUntil, setLockedUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const lockSeconds = Math.max(0, Math.ceil((lockedUntil - now) / 1000));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    if (lockSeconds <= 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [lockSeconds]);

  const press = (digit: string) => {
    setMessage(null);
    setDigits((current) => (current.length < MAX_DIGITS ? current + digit : current));
  };

  async function submit() {
    if (busy || digits.length < 4 || lockSeconds > 0) return;
    setBusy(true);
    try {
      const result = await onSubmit(digits);
      if (result.ok) return;
      setDigits('');
      if (result.reason === 'locked') {
        setNow(Date.now());
        setLockedUntil(Date.now() + result.retryAfterSeconds * 1000);
        setMessage(null);
      } else {
        setMessage(result.reason === 'not-set' ? 'notSet' : 'wrong');
      }
    } catch {
      setMessage('failed');
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (/^[0-9]$/.test(event.key)) press(event.key);
      else if (event.key === 'Backspace') setDigits((current) => current.slice(0, -1));
      else if (event.key === 'Enter') void submit();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const messageText =
    lockSeconds > 0
      ? t('teaching.code.locked', { seconds: lockSeconds })
      : message === 'wrong'
        ? t('teaching.code.wrong')
        : message === 'notSet'
          ? t('teaching.code.notSet')
          : message === 'failed'
            ? t('teaching.code.failed')
            : '';

  return (
    <dialog
      ref={dialog}
      className="code-dialog"
      lang={staff?.lang}
      dir={staff?.dir}
      aria-labelledby="code-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="code-title">{t('teaching.code.title')}</h2>
      <p>{t('teaching.code.lead')}</p>
      <p className="code-dots" aria-live="polite">
        <span aria-hidden="true">{digits.length > 0 ? '●'.repeat(digits.length) : '\u00a0'}</span>
        <span className="visually-hidden">
          {t('teaching.code.entered', { count: digits.length })}
        </span>
      </p>
      <p className="code-message" role="alert">
        {messageText}
      </p>
      <div className="code-pad" dir="ltr">
        {KEYS.map((key) => (
          <button key={key} type="button" className="button code-key" onClick={() => press(key)}>
            {key}
          </button>
        ))}
        <button
          type="button"
          className="button code-key"
          onClick={() => setDigits((current) => current.slice(0, -1))}
        >
          {t('teaching.code.delete')}
        </button>
        <button type="button" className="button code-key" onClick={() => press('0')}>
          0
        </button>
        <button
          type="button"
          className="button button-primary code-key"
          disabled={busy || digits.length < 4 || lockSeconds > 0}
          onClick={() => void submit()}
        >
          {t('teaching.code.open')}
        </button>
      </div>
      <button type="button" className="button button-secondary code-cancel" onClick={onClose}>
        {t('teaching.code.cancel')}
      </button>
    </dialog>
  );
}
