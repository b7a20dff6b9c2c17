/**
 * The page's own share of the lockdown (the main process blocks the rest): no context
 * menu, no dragging files or text in or out, no text selection, no Ctrl+wheel zoom,
 * no link or window that leads off the app's origin.
 */
const CANCELLED = ['contextmenu', 'dragstart', 'dragover', 'drop', 'selectstart'] as const;

function leavesOrigin(anchor: HTMLAnchorElement): boolean {
  return anchor.target !== '' || new URL(anchor.href, location.href).origin !== location.origin;
}

export function installPageGuards(target: Window = window): void {
  for (const type of CANCELLED) {
    target.addEventListener(type, (event) => event.preventDefault());
  }
  target.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
  // A link that slipped into content (a pack's text, a staff-entered name) goes nowhere.
  for (const type of ['click', 'auxclick'] as const) {
    target.addEventListener(
      type,
      (event) => {
        const anchor = (event.target as Element | null)?.closest?.('a[href]');
        if (anchor instanceof HTMLAnchorElement && (type === 'auxclick' || leavesOrigin(anchor))) {
          event.preventDefault();
        }
      },
      { capture: true },
    );
  }
  // The main process denies every new window; the page does not even ask.
  Object.defineProperty(target, 'open', {
    value: () => null,
    writable: false,
    configurable: false,
  });
}
