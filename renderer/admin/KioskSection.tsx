import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../host';
import type { SectionProps } from './AdminPanel';
import { isSessionGone } from './admin-errors';
import { FieldError } from './FieldError';
import { PinPad } from './PinPad';

const IDLE_MINUTES = [1, 2, 3, 5, 10, 15, 20, 30] as const;

/** Every half hour of the day, "00:00" to "23:30": large targets instead of a time keyboard. */
const HALF_HOURS = Array.from({ length: 48 }, (_, index) =>
  `${String(Math.floor(index / 2)).padStart(2, '0')}:${index % 2 ? '30' : '00'}`,
);

type HourKey = 'nightStart' | 'nightEnd' | 'activeStart' | 'activeEnd';
const HOUR_PAIRS = [
  { name: 'night', start: 'nightStart', end: 'nightEnd', title: 'kiosk.night.title', hint: 'kiosk.night.hint' },
  { name: 'awake', start: 'activeStart', end: 'activeEnd', title: 'kiosk.awake.title', hint: 'kiosk.awake.hint' },
] as const satisfies readonly { name: string; start: HourKey; end: HourKey; title: string; hint: string }[];

/** A time of day as a select; a time IT set off the half hour stays on the list. */
function TimeSelect({
  id,
  value,
  disabled,
  describedBy,
  onChange,
}: {
  id: string;
  value: string;
  disabled: boolean;
  describedBy: string;
  onChange: (value: string) => void;
}) {
  const times = HALF_HOURS.includes(value) ? HALF_HOURS : [...HALF_HOURS, value].sort();
  return (
    <select id={id} className="text-input time-select" value={value} disabled={disabled} aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}>
      {times.map((time) => (
        <option key={time} value={time}>
          {time}
        </option>
      ))}
    </select>
  );
}

/** Daily hours, the night theme's and the screen's awake hours: each pair saved together. */
function HoursForm({ view, save, staffLanguage }: Pick<SectionProps, 'view' | 'save' | 'staffLanguage'>) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [hours, setHours] = useState<Record<HourKey, string>>({
    nightStart: view.settings.nightStart,
    nightEnd: view.settings.nightEnd,
    activeStart: view.settings.activeStart,
    activeEnd: view.settings.activeEnd,
  });
  const [issues, setIssues] = useState<Partial<Record<HourKey, string>>>({});
  const [status, setStatus] = useState('');

  async function savePair(start: HourKey, end: HourKey) {
    const found = await save({ [start]: hours[start], [end]: hours[end] });
    const next: Partial<Record<HourKey, string>> = {};
    for (const issue of found) {
      const field = issue.path.split('.')[0];
      if (field === start || field === end) next[field] = issue.code;
    }
    setIssues(next);
    setStatus(found.length === 0 ? t('saved') : '');
  }

  return (
    <>
      {HOUR_PAIRS.map(({ name, start, end, title, hint }) => {
        const locked = view.locked.includes(start) || view.locked.includes(end);
        const hintId = `${name}-hours-hint`;
        return (
          <form
            key={name}
            className="hours-form"
            onSubmit={(event) => {
              event.preventDefault();
              void savePair(start, end);
            }}
          >
            <fieldset>
              <legend>{t(title)}</legend>
              <p className="field-hint" id={hintId}>
                {t(hint)}
              </p>
              <div className="hours-row">
                {[start, end].map((key, index) => (
                  <div className="field" key={key}>
                    <label htmlFor={`hours-${key}`}>{t(index === 0 ? 'kiosk.from' : 'kiosk.to')}</label>
                    <TimeSelect id={`hours-${key}`} value={hours[key]} disabled={locked}
                      describedBy={`${hintId} hours-${key}-error`}
                      onChange={(value) => setHours((current) => ({ ...current, [key]: value }))} />
                    <FieldError id={`hours-${key}-error`} code={issues[key]} staffLanguage={staffLanguage} />
                  </div>
                ))}
              </div>
              {locked ? <p className="managed">{t('setByIt')}</p> : null}
            </fieldset>
            {!locked ? (
              <button type="submit" className="button button-primary">
                {t('save')}
              </button>
            ) : null}
          </form>
        );
      })}
      <p className="admin-status" role="status">
        {status}
      </p>
    </>
  );
}

/** The idle timeout, daily hours, a new staff PIN, and leaving the kiosk for maintenance. */
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
      <HoursForm view={view} save={save} staffLanguage={staffLanguage} />
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
