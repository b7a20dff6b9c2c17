import { useCallback, useEffect, useState } from 'react';
import { onActivity } from './activity-events';

/** How long "Are you still there?" waits for a touch before the guide starts again. */
export const IDLE_PROMPT_SECONDS = 20;

export type IdlePhase = 'quiet' | 'in-use' | 'asking';

/**
 * Patient privacy on a shared screen: once someone has used the kiosk, `idleSeconds`
 * without a touch or a key opens the "Are you still there?" prompt. A touch or a key
 * on the prompt closes it and starts the wait again. A kiosk nobody touched since the last reset
 * stays quiet: there is nothing to forget.
 */
export function useIdleReset(idleSeconds: number) {
  const [phase, setPhase] = useState<IdlePhase>('quiet');

  useEffect(() => {
    let timer: number | undefined;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setPhase('asking'), idleSeconds * 1000);
    };
    // Activity is tracked without re-rendering: the same phase set twice is a no-op.
    // While the prompt asks, it answers itself (see IdlePrompt), so the touch that
    // closes it cannot fall through to a button underneath.
    const stop = onActivity(() => {
      if (phase === 'asking') return;
      setPhase('in-use');
      arm();
    });
    if (phase === 'in-use') arm();
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [phase, idleSeconds]);

  /** Someone answered the prompt: they are still here. */
  const stay = useCallback(() => setPhase('in-use'), []);
  /** The reset happened: nothing is left to forget until someone touches the screen. */
  const settle = useCallback(() => setPhase('quiet'), []);
  return { phase, stay, settle };
}
