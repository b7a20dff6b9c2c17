import { useEffect, useState } from 'react';
import type { PublicSettings } from '../../electron/ipc/contract';
import { host } from '../host';

/**
 * Until the ward's settings arrive (or if they cannot), the kiosk behaves as a new one,
 * except that it has no night hours yet: the pre-rendered first screen has no night
 * shade either, so the page hydrates exactly what the build rendered.
 */
export const FALLBACK_KIOSK_SETTINGS: Pick<
  PublicSettings,
  'defaultLanguage' | 'idleTimeoutSeconds' | 'nightStart' | 'nightEnd'
> = { defaultLanguage: 'en', idleTimeoutSeconds: 180, nightStart: '00:00', nightEnd: '00:00' };

/** The settings the kiosk's session rules need, following changes staff make. */
export function useKioskSettings() {
  const [settings, setSettings] = useState(FALLBACK_KIOSK_SETTINGS);
  useEffect(() => {
    let active = true;
    let unsubscribe = () => {};
    try {
      const api = host();
      api
        .getPublicSettings()
        .then((loaded) => active && setSettings(loaded))
        .catch(() => undefined);
      unsubscribe = api.onSettingsChanged((next) => setSettings(next));
    } catch {
      // No host (the page opened on its own): keep the fallback.
    }
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return settings;
}
