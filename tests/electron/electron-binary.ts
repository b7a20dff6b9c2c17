/**
 * Where the real Electron binary is, if this machine has one: ELECTRON_OVERRIDE_DIST_PATH
 * or a normal `npm install` that could download it (the same rule `npm start` follows).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findElectronBinary } from '../../build/electron-launch.mjs';

const require = createRequire(import.meta.url);

function electronPackageDir(): string | null {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

export function findElectron(): { path: string } | { missing: string } {
  return findElectronBinary({
    platform: process.platform,
    env: process.env,
    packageDir: electronPackageDir(),
    exists: existsSync,
    readFile: (file) => readFileSync(file, 'utf8'),
  });
}
