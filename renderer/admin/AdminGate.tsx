import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminStatus, Guide, PanelLock } from '../../electron/ipc/contract';
import { host } from '../host';
import { directionOf } from '../i18n/languages';
import { AdminPanel } from './AdminPanel';
import { PinPad } from './PinPad';

type Stage =
  | { name: 'loading' }
  | { name: 'panel-locked'; reason: PanelLock }
  | { name: 'setup'; message: string | null }
  | { name: 'confirm'; first: string }
  | { name: 'unlock'; message: string | null; retryAt: number | null }
  | { name: 'panel' };

function stageFor(status: AdminStatus): Stage {
  if (status.panelLock) return { name: 'panel-locked', reason: status.panelLock };
  if (status.session) return { name: 'panel' };
  if (!status.pinSet) return { name: 'setup', message: null };
  return { name: 'unlock', message: null, retryAt: status.retryAt };
}

/**
 * The way into the staff panel: the first-run PIN setup, the PIN pad with its
 * back-off, then the panel. Whether the panel may show is the main process's call.
 */
export function AdminGate({ staffLanguage, guide, onClose }: { staffLanguage: string; guide: Guide; onClose: () => void }) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [stage, setStage] = useState<Stage>({ name: 'loading' });
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async (message: string | null = null) => {
    try {
      const status = await host().adminStatus();
      const next = stageFor(status);
      setStage(next.name === 'unlock' ? { ...next, message } : next);
    } catch {
      onClose();
    }
  }, [onClose]);

  useEffect(() => {
    let active = true;
    host()
      .adminStatus()
      .then((status) => {
        if (active) setStage(stageFor(status));
      })
      .catch(() => onClose());
    return () => {
      active = false;
    };
  }, [onClose]);

  const close = useCallback(() => {
    host()
      .adminEnd()
      .catch(() => undefined)
      .finally(onClose);
  }, [onClose]);

  const unlock = useCallback(async (pin: string) => {
    setBusy(true);
    try {
      const result = await host().adminUnlock(pin);
      if (result.ok) setStage({ name: 'panel' });
      else if (result.reason === 'wrong') {
        const left = Math.max(0, 5 - result.failures);
        const message = left > 0 ? `${t('pin.wrong')} ${t('pin.attemptsLeft', { count: left })}` : t('pin.wrong');
        setStage({ name: 'unlock', message, retryAt: result.retryAt });
      } else if (result.reason === 'locked') setStage({ name: 'unlock', message: null, retryAt: result.retryAt });
      else await refresh();
    } catch {
      setStage({ name: 'unlock', message: t('callFailed'), retryAt: null });
    } finally {
      setBusy(false);
    }
  }, [refresh, t]);

  const setFirst = useCallback(async (first: string, second: string) => {
    if (first !== second) {
      setStage({ name: 'setup', message: t('pin.mismatch') });
      return;
    }
    setBusy(true);
    try {
      const result = await host().adminSetFirstPin(second);
      if (result.ok) setStage({ name: 'panel' });
      else if (result.reason === 'already-set') await refresh();
      else setStage({ name: 'setup', message: t(`pin.problems.${result.reason}`) });
    } catch {
      setStage({ name: 'setup', message: t('callFailed') });
    } finally {
      setBusy(false);
    }
  }, [refresh, t]);

  const sessionLost = useCallback(() => {
    void refresh(t('sessionEnded'));
  }, [refresh, t]);

  let content;
  switch (stage.name) {
    case 'loading':
      content = <div aria-busy="true" />;
      break;
    case 'panel-locked':
      content = (
        <section className="admin-locked">
          <h1 tabIndex={-1}>{t('title')}</h1>
          <p role="alert">
            {stage.reason === 'pin-unreadable'
              ? t('pin.pinUnreadable')
              : t('pin.panelLocked', { reason: t(`pin.panelLockReasons.${stage.reason}`) })}
          </p>
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('pin.close')}
          </button>
        </section>
      );
      break;
    case 'setup':
      content = (
        <PinPad key="setup" staffLanguage={staffLanguage} title={t('pin.setupTitle')} hint={t('pin.setupHint')} message={stage.message}
          busy={busy} onClose={close} onSubmit={(pin) => setStage({ name: 'confirm', first: pin })} />
      );
      break;
    case 'confirm':
      content = (
        <PinPad key="confirm" staffLanguage={staffLanguage} title={t('pin.confirmTitle')} busy={busy} onClose={close}
          onSubmit={(pin) => void setFirst(stage.first, pin)} />
      );
      break;
    case 'unlock':
      content = (
        <PinPad key="unlock" staffLanguage={staffLanguage} title={t('pin.enterTitle')} hint={t('pin.enterHint')} message={stage.message}
          lockedUntil={stage.retryAt} busy={busy} onClose={close} onSubmit={(pin) => void unlock(pin)} />
      );
      break;
    case 'panel':
      content = <AdminPanel staffLanguage={staffLanguage} guide={guide} onDone={close} onSessionLost={sessionLost} />;
      break;
  }
  return (
    <div className="app admin-app" data-screen={stage.name === 'panel' ? 'admin' : 'admin-pin'} lang={staffLanguage}
      // The staff language's direction, not the patient's: English staff words in an
      // Arabic guide read left to right, full stop at the end.
      dir={directionOf(staffLanguage)}>
      <main id="main" className="main admin-main">
        {content}
      </main>
    </div>
  );
}

