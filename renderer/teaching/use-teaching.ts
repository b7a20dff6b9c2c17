import { useCallback, useEffect, useRef, useState } from 'react';
import type { TeachingStartResult, TeachingStatus } from '../../electron/ipc/contract';
import { host } from '../host';

/**
 * Follows the main process's teaching session. The renderer never decides that it is
 * open: it shows teaching mode only while the main process says so.
 */
export function useTeaching(onEnded: () => void) {
  const [status, setStatusState] = useState<TeachingStatus>({ active: false });
  const wasActive = useRef(false);
  const onEndedRef = useRef(onEnded);
  useEffect(() => {
    onEndedRef.current = onEnded;
  });

  // Every way a session ends (Done, End teaching, idle reset, the main process) runs
  // `onEnded` once, so nothing of the session is left on screen or in memory.
  const setStatus = useCallback((next: TeachingStatus) => {
    if (wasActive.current && !next.active) onEndedRef.current();
    wasActive.current = next.active;
    setStatusState(next);
  }, []);

  useEffect(() => {
    let active = true;
    let off = () => {};
    try {
      const api = host();
      off = api.onTeachingChanged((next) => {
        if (active) setStatus(next);
      });
      api
        .getTeachingStatus()
        .then((next) => {
          if (active) setStatus(next);
        })
        .catch(() => undefined);
    } catch {
      // No host: the guide still works, without teaching mode.
    }
    return () => {
      active = false;
      off();
    };
  }, [setStatus]);

  const start = useCallback(
    async (code: string): Promise<TeachingStartResult> => {
      const result = await host().startTeaching(code);
      if (result.ok) setStatus({ active: true, config: result.config });
      return result;
    },
    [setStatus],
  );

  const end = useCallback(async () => {
    // Hide it at once; the main process confirms with its own event.
    setStatus({ active: false });
    try {
      await host().endTeaching();
    } catch {
      // The main process ends it on the idle reset anyway.
    }
  }, [setStatus]);

  return { status, start, end };
}
