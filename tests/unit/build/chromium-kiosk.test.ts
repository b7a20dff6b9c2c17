import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultDataFolder,
  DROPPED_DEFAULT_ARGS,
  KIOSK_ARGS,
  parseFallbackArgs,
} from '../../../build/chromium-kiosk';
import { startHost } from '../../e2e/host';

describe('Chromium fallback: where staff data lives', () => {
  it("uses the user's data folder on each system", () => {
    expect(defaultDataFolder('linux', { XDG_DATA_HOME: '/home/n/.data' }, '/home/n')).toBe('/home/n/.data/bedside-guide');
    expect(defaultDataFolder('linux', {}, '/home/n')).toBe('/home/n/.local/share/bedside-guide');
    // A relative XDG_DATA_HOME is invalid by the XDG spec and ignored.
    expect(defaultDataFolder('linux', { XDG_DATA_HOME: 'data' }, '/home/n')).toBe('/home/n/.local/share/bedside-guide');
    expect(defaultDataFolder('win32', { APPDATA: 'C:\\Users\\n\\AppData\\Roaming' }, 'C:\\Users\\n')).toBe(
      'C:\\Users\\n\\AppData\\Roaming\\BedsideGuide',
    );
    expect(defaultDataFolder('darwin', {}, '/Users/n')).toBe('/Users/n/Library/Application Support/BedsideGuide');
  });

  it('takes --data-dir, and says clearly what is wrong with anything else', () => {
    const defaults = { dataDir: '/d' };
    expect(parseFallbackArgs([], defaults)).toEqual({ ok: true, options: { dataDir: '/d' } });
    expect(parseFallbackArgs(['--data-dir', '/x/y'], defaults)).toEqual({ ok: true, options: { dataDir: '/x/y' } });
    expect(parseFallbackArgs(['--data-dir=/x'], defaults)).toEqual({ ok: true, options: { dataDir: '/x' } });
    expect(parseFallbackArgs(['--data-dir'], defaults)).toMatchObject({ ok: false, message: expect.stringMatching(/needs a folder/) });
    expect(parseFallbackArgs(['--kiosk-off'], defaults)).toMatchObject({ ok: false, message: expect.stringMatching(/Unknown option --kiosk-off/) });
  });

  it('keeps what staff saved across starts', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'bedside-fallback-')), 'bedside-guide');
    try {
      const first = await startHost({ dataDir });
      first.core.settings.update({ wardName: 'Ward 5 East' });
      await first.close();
      const second = await startHost({ dataDir });
      expect(second.core.settings.get().wardName).toBe('Ward 5 East');
      await second.close();
    } finally {
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  });
});

describe('Chromium fallback: a kiosk window', () => {
  it('is full screen with no browser UI, no swipe navigation, no pinch zoom, no automation bar', () => {
    expect(KIOSK_ARGS).toEqual(expect.arrayContaining(['--kiosk', '--disable-pinch', '--overscroll-history-navigation=0']));
    expect(KIOSK_ARGS.find((arg) => arg.startsWith('--disable-features='))).toMatch(/OverscrollHistoryNavigation/);
    expect(DROPPED_DEFAULT_ARGS).toContain('--enable-automation');
  });
});
