/**
 * What counts as someone being at the kiosk: a touch (which starts every swipe), a
 * click, a key, a scroll wheel. A looping video does not.
 */
export const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

/** Calls `listener` on every sign of activity anywhere in the page; returns a stop function. */
export function onActivity(listener: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, listener, options);
  return () => {
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, listener, options);
  };
}
