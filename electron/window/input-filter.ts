/**
 * Decides which keys reach the page. Browser and window shortcuts (reload, close, quit,
 * devtools, print, open, save, new window, zoom, full screen, history) and the function
 * keys are swallowed; typing, digits, Enter, Backspace, arrows, Tab, Space and Escape
 * pass, so the PIN pad and the staff forms keep working.
 */
import type { Input, WebContents } from 'electron';
import type { Log } from '../log';

export type KeyInput = Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/** Keys that act on the browser or the window rather than on the page. */
const BROWSER_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserStop',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserHome',
  'ContextMenu',
  'Print',
  'Find',
  'Open',
  'Save',
  'New',
  'Close',
  'Help',
  'Props',
  'ZoomIn',
  'ZoomOut',
  'ZoomToggle',
  'LaunchApplication1',
  'LaunchApplication2',
  'LaunchMail',
  'LaunchWebBrowser',
]);

/** The alternative-graphics key (AltGr) arrives as Control+Alt on Windows; let its characters through. */
function isAltGraphCharacter(input: KeyInput): boolean {
  return (
    input.control &&
    input.alt &&
    !input.meta &&
    [...input.key].length === 1 &&
    !/[a-z0-9]/i.test(input.key)
  );
}

/** The shortcut as IT reads it in the log ("Control+R", "F5"), or null when the key may pass. */
export function blockedShortcut(input: KeyInput): string | null {
  const { key } = input;
  const name = [
    input.control ? 'Control' : '',
    input.meta ? 'Meta' : '',
    input.alt ? 'Alt' : '',
    input.shift ? 'Shift' : '',
    key,
  ]
    .filter(Boolean)
    .join('+');
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(key)) return name;
  if (BROWSER_KEYS.has(key)) return name;
  if (isAltGraphCharacter(input)) return null;
  // Every Control, Meta (Command) or Alt chord is a browser or window shortcut in a kiosk:
  // reload, close, quit, devtools, print, open, save, new window, zoom, history, Alt+F4.
  if (input.control || input.meta || input.alt) return name;
  if (key === 'Alt' || key === 'Meta' || key === 'Control') return name;
  return null;
}

export function filterInput(contents: Pick<WebContents, 'on'>, options: { log: Log }): void {
  contents.on('before-input-event', (event, input) => {
    const shortcut = blockedShortcut(input);
    if (shortcut === null) return;
    event.preventDefault();
    // One line per refusal: the key-up of the same chord is swallowed silently.
    if (input.type === 'keyDown') options.log.warn(`lockdown: blocked key ${shortcut}`);
  });
}
