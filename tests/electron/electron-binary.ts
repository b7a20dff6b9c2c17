/**
 * Where the real Electron binary is, if this machine has one: ELECTRON_OVERRIDE_DIST_PATH
 * or a normal `npm install` that could download it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function findElectron(): { path: string } | { missing: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(candidate)
      ? { path: candidate }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary (${candidate})` };
  }
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    if (!existsSync(path.join(dir, 'path.txt'))) {
      return { missing: 'the Electron binary was never downloaded (offline install)' };
    }
    const binary: unknown = require('electron');
    if (typeof binary === 'string' && existsSync(binary)) return { path: binary };
    return { missing: 'the electron package points at a binary that does not exist' };
  } catch {
    return { missing: 'the electron package is not installed' };
  }
}
