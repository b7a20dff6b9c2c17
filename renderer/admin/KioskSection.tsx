import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../host';
import type { SectionProps } from './AdminPanel';
import { isSessionGone } from './admin-errors';
import { FieldError } from './FieldError';
import { PinPad } from './PinPad';

const IDLE_MINUTES = [1, 2, 3, 5, 10, 15, 20, 30] as const;

/** The idle timeout, a new staff PIN, and leaving the kiosk for maintenance. */
export function KioskSection({ view, save, staffLanguage, onSessionLost }: SectionProps) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [minutes, setMinutes] = useState(Math.round(view.settings.idleTimeoutSeconds / 60));
  const [issue, setIssue] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [pinStage, setPinStage] = useState<null | { first: string | null; message: string | null }>(null);
  const [exit, setExit] = useState<'idle' | 'asking' | 'exiting'>('idle');
  const locked = view.locked.includes('idleTimeoutSeconds');

  async function saveTimeout() {
    const found = await save({ idleTimeoutSeconds: minutes * 60 });
    setIssue(found[0]?.code);
    setStatus(found.length === 0 ? t('saved') : '');
  }

  async function changePin(first: string, second: string) {
    if (first !== second) {
      setPinStage({ first: null, message: t('pin.mismatch') });
      return;
    }
    try {
      const result = await host().adminChangePin(second);
      if (result.ok) {
        setPinStage(null);
        setStatus(t('pin.changed'));
      } else {
        setPinStage({ first: null, message: t(`pin.problems.${result.reason}`) });
      }
    } catch (error) {
      if (isSessionGone(error)) onSessionLost();
    }
  }

  async function exitKiosk() {
    try {
      await host().adminExitKiosk();
      setExit('exiting');
    } catch (error) {
      if (isSessionGone(error)) onSessionLost();
    }
  }

  if (pinStage) {
    return (
      <PinPad
        key={pinStage.first === null ? 'new' : 'again'}
        staffLanguage={staffLanguage}
        title={pinStage.first === null ? t('pin.changeTitle') : t('pin.confirmTitle')}
        hint={pinStage.first === null ? t('pin.setupHint') : undefined}
        message={pinStage.message}
        onClose={() => setPinStage(null)}
        onSubmit={(pin) =>
          pinStage.first === null ? setPinStage({ first: pin, message: null }) : void changePin(pinStage.first, pin)
        }
      />
    );
  }

  return (
    <section aria-labelledby="kiosk-title">
      <h2 id="kiosk-title">{t('kiosk.title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void saveTimeout();
        }}
      >
        <div className="field">
          <label htmlFor="idle-timeout">{t('kiosk.idleTimeout')}</label>
          <select id="idle-timeout" className="text-input" value={minutes} disabled={locked} onChange={(event) => setMinutes(Number(event.target.value))}
            aria-describedby="idle-timeout-error">
            {IDLE_MINUTES.map((value) => (
              <option key={value} value={value}>
                {t('kiosk.minutes', { count: value })}
              </option>
            ))}
          </select>
          {locked ? <p className="managed">{t('setByIt')}</p> : null}
          <FieldError id="idle-timeout-error" code={issue} staffLanguage={staffLanguage} />
        </div>
        {!locked ? (
          <button type="submit" className="button button-primary">
            {t('save')}
          </button>
        ) : null}
      </form>
      <p className="admin-status" role="status">
        {status}
      </p>
      <div className="kiosk-actions">
        <button type="button" className="button button-secondary" onClick={() => setPinStage({ first: null, message: null })}>
          {t('kiosk.changePin')}
        </button>
      </div>
      <div className="exit-box">
        <h3>{t('kiosk.exit')}</h3>
        <p>{t('kiosk.exitHint')}</p>
        {exit === 'idle' ? (
          <button type="button" className="button button-danger" onClick={() => setExit('asking')}>
            {t('kiosk.exit')}
          </button>
        ) : exit === 'asking' ? (
          <div className="confirm" role="alertdialog" aria-labelledby="exit-confirm">
            <p id="exit-confirm">{t('kiosk.exitConfirm')}</p>
            <button type="button" className="button button-secondary" onClick={() => setExit('idle')}>
              {t('cancel')}
            </button>
            <button type="button" className="button button-danger" onClick={() => void exitKiosk()}>
              {t('kiosk.exitYes')}
            </button>
          </div>
        ) : (
          <p role="status">{t('kiosk.exiting')}</p>
        )}
      </div>
    </section>
  );
}
