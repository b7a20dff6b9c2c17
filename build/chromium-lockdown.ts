/**
 * The page-side lockdown of the Chromium fallback, run in every page before the app:
 * what Electron's main process does with before-input-event and webPreferences
 * (electron/window/input-filter.ts, navigateOnDragDrop: false), done in the page here
 * because a plain browser has no main process to do it. The same key rule decides.
 */
import { blockedShortcut } from '../electron/window/input-filter';

function swallow(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

for (const type of ['keydown', 'keyup'] as const) {
  window.addEventListener(
    type,
    (event) => {
      const shortcut = blockedShortcut({
        type: type === 'keydown' ? 'keyDown' : 'keyUp',
        key: event.key,
        control: event.ctrlKey,
        meta: event.metaKey,
        alt: event.altKey,
        shift: event.shiftKey,
      });
      if (shortcut !== null) swallow(event);
    },
    { capture: true },
  );
}
// Ctrl + wheel and trackpad pinch zoom the page in a browser; the kiosk stays at 100 %.
window.addEventListener('wheel', (event) => event.ctrlKey && swallow(event), { capture: true, passive: false });
// No browser context menu (back, reload, inspect), no file dropped onto the window.
// Only the browser's default is cancelled here: the app may still listen to these.
for (const type of ['contextmenu', 'dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => event.preventDefault(), { capture: true });
}
