import { Fragment, useCallback, useEffect, useState, type ReactNode } from 'react';
import { reportIdleReset } from '../host';
import { switchLanguage } from '../i18n/i18n';
import { CleaningLock } from './CleaningLock';
import { IdlePrompt } from './IdlePrompt';
import { NightShade } from './NightShade';
import { ScreenCleaningContext } from './screen-cleaning';
import { StaffPanelContext } from './staff-panel';
import { useIdleReset } from './use-idle-reset';
import { useNightMode } from './use-night-mode';
import { useKioskSettings } from './use-public-settings';

/**
 * One visitor's time at the kiosk. Wraps the app with the rules of unattended use:
 * the idle reset (back to the welcome screen in the ward's language, every piece of
 * in-memory state dropped by mounting the app afresh, the main process told), the
 * night shade (never over the staff panel) and screen-cleaning mode.
 */
export function KioskSession({ children }: { children: ReactNode }) {
  const settings = useKioskSettings();
  const { phase, stay, settle } = useIdleReset(settings.idleTimeoutSeconds);
  const { dimmed, wake, dimAgain } = useNightMode(settings.nightStart, settings.nightEnd);
  const [visit, setVisit] = useState(0);
  const [cleaning, setCleaning] = useState(false);
  const [staffPanel, setStaffPanel] = useState(false);
  const { defaultLanguage } = settings;

  // A new kiosk, a reload after a crash: start in the ward's language.
  useEffect(() => {
    void switchLanguage(defaultLanguage);
  }, [defaultLanguage]);

  const reset = useCallback(async () => {
    await switchLanguage(defaultLanguage);
    setVisit((n) => n + 1);
    settle();
    dimAgain();
    reportIdleReset();
  }, [defaultLanguage, settle, dimAgain]);

  const startCleaning = useCallback(() => setCleaning(true), []);
  const stopCleaning = useCallback(() => setCleaning(false), []);

  return (
    <ScreenCleaningContext.Provider value={startCleaning}>
      <StaffPanelContext.Provider value={setStaffPanel}>
        <Fragment key={visit}>{children}</Fragment>
      </StaffPanelContext.Provider>
      {phase === 'asking' && !cleaning ? (
        <IdlePrompt onStay={stay} onTimeUp={() => void reset()} />
      ) : null}
      {cleaning ? <CleaningLock onDone={stopCleaning} /> : null}
      {dimmed && !cleaning && !staffPanel && phase !== 'asking' ? <NightShade onWake={wake} /> : null}
    </ScreenCleaningContext.Provider>
  );
}
