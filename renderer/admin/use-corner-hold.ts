import { useEffect, useRef } from 'react';

/** The square, in CSS pixels, at the top corner where reading starts. */
const CORNER_PX = 64;
const HOLD_MS = 3000;

/**
 * Calls `onHold` when someone presses and holds the top corner on the reading-start
 * side (top-left left-to-right, top-right right-to-left) for 3 seconds. Nothing is
 * drawn there, and a quick tap still reaches whatever is under the finger.
 *
 * The listeners stay in place while `enabled` changes (the guide finishing loading,
 * say), so a hold that began a moment earlier still counts; `enabled` is read when
 * the hold completes. `onHoldStart` runs as a hold begins, so whatever the panel
 * needs can load during the 3 seconds rather than after them.
 */
export function useCornerHold(
  direction: 'ltr' | 'rtl',
  enabled: boolean,
  onHold: () => void,
  onHoldStart?: () => void,
): void {
  const onHoldRef = useRef(onHold);
  const onHoldStartRef = useRef(onHoldStart);
  const enabledRef = useRef(enabled);
  useEffect(() => {
    onHoldRef.current = onHold;
    onHoldStartRef.current = onHoldStart;
    enabledRef.current = enabled;
  }, [onHold, onHoldStart, enabled]);

  useEffect(() => {
    let timer: number | undefined;
    let swallowClick = false;
    const inCorner = (event: PointerEvent) => {
      const fromStart = direction === 'ltr' ? event.clientX : window.innerWidth - event.clientX;
      return fromStart >= 0 && fromStart <= CORNER_PX && event.clientY >= 0 && event.clientY <= CORNER_PX;
    };
    const cancel = () => {
      window.clearTimeout(timer);
      timer = undefined;
    };
    const down = (event: PointerEvent) => {
      cancel();
      // A new press: the lift after the last hold is over, whether or not it made a
      // click (it does not when the screen changed under the finger), so this press's
      // own click must reach its button (a PIN key, say).
      swallowClick = false;
      if (!event.isPrimary || !inCorner(event)) return;
      onHoldStartRef.current?.();
      timer = window.setTimeout(() => {
        timer = undefined;
        if (!enabledRef.current) return;
        // The finger lifting after the hold must not also press the button underneath.
        swallowClick = true;
        onHoldRef.current();
      }, HOLD_MS);
    };
    const move = (event: PointerEvent) => {
      if (timer !== undefined && !inCorner(event)) cancel();
    };
    const click = (event: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointermove', move, true);
    window.addEventListener('pointerup', cancel, true);
    window.addEventListener('pointercancel', cancel, true);
    window.addEventListener('click', click, true);
    return () => {
      cancel();
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('pointerup', cancel, true);
      window.removeEventListener('pointercancel', cancel, true);
      window.removeEventListener('click', click, true);
    };
  }, [direction]);
}
