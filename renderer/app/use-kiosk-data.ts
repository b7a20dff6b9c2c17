import { useCallback, useEffect, useState } from 'react';
import type { Guide, PublicSettings } from '../../electron/ipc/contract';
import { host } from '../host';

export type KioskData =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; guide: Guide; settings: PublicSettings };

/** Loads the guide and the ward's settings, and follows settings changes. */
export function useKioskData(): { data: KioskData; retry: () => void } {
  const [data, setData] = useState<KioskData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    let unsubscribe = () => {};
    (async () => {
      try {
        const api = host();
        const [guide, settings] = await Promise.all([api.getGuide(), api.getPublicSettings()]);
        if (!active) return;
        setData({ status: 'ready', guide, settings });
        unsubscribe = api.onSettingsChanged((next) => {
          setData((current) => (current.status === 'ready' ? { ...current, settings: next } : current));
        });
      } catch {
        if (active) setData({ status: 'failed' });
      }
    })();
    return () => {
      active = false;
      unsubscribe();
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setData({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { data, retry };
}
