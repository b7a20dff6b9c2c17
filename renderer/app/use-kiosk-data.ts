import { useCallback, useEffect, useState } from 'react';
import type { Guide, PublicSettings } from '../../electron/ipc/contract';
import { host } from '../host';

export type KioskData =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; guide: Guide; settings: PublicSettings };

let prefetched: Promise<[Guide, PublicSettings]> | null = null;

function fetchKioskData(): Promise<[Guide, PublicSettings]> {
  const api = host();
  return Promise.all([api.getGuide(), api.getPublicSettings()]);
}

/**
 * Starts loading the guide and settings before React renders, so the round trip to the
 * main process overlaps start-up instead of following it. The first mount takes it over.
 */
export function prefetchKioskData(): void {
  try {
    prefetched = fetchKioskData();
    prefetched.catch(() => undefined);
  } catch {
    prefetched = null; // no host: the hook reports the failure when it mounts
  }
}

/** Loads the guide and the ward's settings, and follows changes to either. */
export function useKioskData(): { data: KioskData; retry: () => void } {
  const [data, setData] = useState<KioskData>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    const unsubscribers: (() => void)[] = [];
    (async () => {
      try {
        const api = host();
        const pending = prefetched ?? fetchKioskData();
        prefetched = null;
        const [guide, settings] = await pending;
        if (!active) return;
        setData({ status: 'ready', guide, settings });
        unsubscribers.push(
          api.onSettingsChanged((next) => {
            setData((current) => (current.status === 'ready' ? { ...current, settings: next } : current));
          }),
          // Staff imported a pack or restored the built-in one: show it at once.
          api.onGuideChanged((next) => {
            setData((current) => (current.status === 'ready' ? { ...current, guide: next } : current));
          }),
        );
      } catch {
        if (active) setData({ status: 'failed' });
      }
    })();
    return () => {
      active = false;
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setData({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { data, retry };
}
