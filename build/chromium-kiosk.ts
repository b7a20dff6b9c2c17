/**
 * The rules of the Chromium fallback (`npm start` without the Electron binary), each
 * taking the platform and environment as parameters so tests/unit/build/chromium-kiosk.test.ts
 * can check them for every system.
 */
import path from 'node:path';
import { OFFLINE_FLAGS } from '../tests/e2e/chromium-path';

/**
 * Where the fallback keeps what staff saved (PIN, contacts, settings, imported packs):
 * the user's data folder, so a teaching laptop remembers it across starts.
 */
export function defaultDataFolder(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'BedsideGuide');
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', 'BedsideGuide');
  }
  const xdg = env.XDG_DATA_HOME;
  // The XDG spec: a relative $XDG_DATA_HOME is invalid and must be ignored.
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'share');
  return path.posix.join(base, 'bedside-guide');
}

export interface FallbackOptions {
  dataDir: string;
}

/** `--data-dir <folder>` or `--data-dir=<folder>`; anything else is a clear error. */
export function parseFallbackArgs(
  args: readonly string[],
  defaults: FallbackOptions,
): { ok: true; options: FallbackOptions } | { ok: false; message: string } {
  let dataDir = defaults.dataDir;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--data-dir' || arg.startsWith('--data-dir=')) {
      const value = arg === '--data-dir' ? args[++i] : arg.slice('--data-dir='.length);
      if (!value) return { ok: false, message: '--data-dir needs a folder, e.g. --data-dir ~/bedside-data' };
      dataDir = path.resolve(value);
      continue;
    }
    return { ok: false, message: `Unknown option ${arg}. The only option is --data-dir <folder>.` };
  }
  return { ok: true, options: { dataDir } };
}

/**
 * Chromium's switches for a kiosk: full screen with no tab strip, address bar or
 * buttons (--kiosk, which only a persistent context's window takes), no swipe or pinch
 * navigation and zoom (the same as electron/lifecycle/command-line.ts), no translate bar,
 * crash bubble or error dialogs a patient could not dismiss.
 */
export const KIOSK_ARGS: readonly string[] = [
  ...OFFLINE_FLAGS,
  '--kiosk',
  '--start-fullscreen',
  '--window-position=0,0',
  '--noerrdialogs',
  '--disable-session-crashed-bubble',
  '--disable-infobars',
  '--disable-translate',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  '--disable-features=OverscrollHistoryNavigation,Translate',
];

/** Playwright's default switches the kiosk must not have: the "controlled by automated software" bar. */
export const DROPPED_DEFAULT_ARGS: readonly string[] = ['--enable-automation'];
