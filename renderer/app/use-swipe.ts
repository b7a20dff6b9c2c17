import { useRef, type PointerEvent } from 'react';

/** How far a finger must travel sideways, in CSS pixels, to count as a swipe. */
const SWIPE_DISTANCE = 60;

/**
 * Turns a horizontal swipe into "forward" or "backward" in reading order: in a
 * right-to-left language a swipe to the right goes forward.
 */
export function useSwipe(direction: 'ltr' | 'rtl', onForward: () => void, onBackward: () => void) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  return {
    onPointerDown(event: PointerEvent) {
      start.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
    },
    onPointerUp(event: PointerEvent) {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
      const towardsStart = direction === 'ltr' ? dx > 0 : dx < 0;
      if (towardsStart) onBackward();
      else onForward();
    },
    onPointerCancel() {
      start.current = null;
    },
  };
}
