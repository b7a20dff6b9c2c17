/**
 * Keys a visitor might press to leave, reload or inspect the kiosk, and the keys the
 * PIN pad, the staff forms and the guide need.
 */
import type { KeyInput } from '../../../../electron/window/input-filter';

/** "Control+Shift+R" as Electron's before-input-event reports it. */
export function key(spec: string, type: KeyInput['type'] = 'keyDown'): KeyInput {
  // "Control++" is Control and the plus key.
  const plusKey = spec.endsWith('++');
  const parts = (plusKey ? spec.slice(0, -2) : spec).split('+');
  const name = plusKey ? '+' : (parts.pop() ?? '');
  return {
    type,
    key: name,
    control: parts.includes('Control'),
    meta: parts.includes('Meta'),
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
  };
}

/** What a visitor might press to leave, reload or inspect the kiosk. */
export const BLOCKED_KEYS = [
  'Control+r',
  'Control+Shift+R',
  'F5',
  'Control+F5',
  'Shift+F5', // reload
  'Control+w',
  'Control+F4',
  'Alt+F4',
  'Control+Shift+W', // close
  'Control+q',
  'Meta+q', // quit
  'Control+Shift+I',
  'Control+Shift+J',
  'Control+Shift+C',
  'F12',
  'Meta+Alt+i', // devtools
  'Control+p',
  'Control+Shift+P', // print
  'Control+o',
  'Control+s',
  'Control+n',
  'Control+Shift+N',
  'Control+t', // open, save, new window
  'Control+=',
  'Control++',
  'Control+-',
  'Control+0',
  'Control+Shift++', // zoom
  'F11',
  'Meta+Control+f', // full screen
  'Alt+ArrowLeft',
  'Alt+ArrowRight',
  'Alt+Home',
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh', // history
  'F1',
  'F2',
  'F3',
  'F4',
  'F6',
  'F7',
  'F8',
  'F9',
  'F10', // function keys
  'Control+u',
  'Control+f',
  'Control+h',
  'Control+j',
  'Control+l',
  'Control+a', // source, find, history, downloads
  'Alt+Space',
  'Alt',
  'ContextMenu',
  'Print',
  'ZoomIn',
] as const;

/** What the PIN pad, the staff forms and the guide need. */
export const ALLOWED_KEYS = [
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  'Enter',
  'Backspace',
  'Delete',
  'Tab',
  'Shift+Tab',
  ' ',
  'Escape',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'a',
  'Shift+A',
  'é',
  'ß',
  'Shift',
  'Control+Alt+@',
  'Control+Alt+€',
] as const;
