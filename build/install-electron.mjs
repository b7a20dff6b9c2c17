// Fetches the Electron binary after `npm install`, without ever failing the install.
//
// Electron's own install script exits 1 when it cannot download its binary, and npm
// then rolls back the whole install. package.json denies that script (allowScripts)
// and this postinstall runs the same download, tolerating failure: on an offline
// machine the project still installs, and `npm start` runs the app in the system
// Chromium instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const dir = electronDir();
if (!dir) {
  process.exit(0); // production install without devDependencies: nothing to fetch
}
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  process.exit(0);
}
if (existsSync(path.join(dir, 'path.txt'))) {
  process.exit(0); // already downloaded
}
const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], {
  stdio: ['ignore', 'ignore', 'pipe'],
  timeout: 5 * 60_000,
  encoding: 'utf8',
});
if (result.status === 0 && existsSync(path.join(dir, 'path.txt'))) {
  console.log('Electron binary installed.');
} else {
  console.log(
    'Electron binary unavailable (it could not be downloaded), so `npm start` will run the app in the system Chromium instead.',
  );
}
