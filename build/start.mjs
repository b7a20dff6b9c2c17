// `npm start`: the Electron kiosk when the Electron binary is installed; otherwise one
// plain line says so and the same app runs in the system Chromium instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    if (!existsSync(path.join(dir, 'path.txt'))) return null;
    const binary = require('electron'); // the path to the binary, when it was downloaded
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

const binary = electronBinary();
if (binary) {
  run(binary, ['.']);
} else {
  console.log(
    'The Electron binary is not installed on this machine, so the kiosk runs in the system Chromium instead.',
  );
  run(process.execPath, [
    path.join('node_modules', 'tsx', 'dist', 'cli.mjs'),
    path.join('build', 'start-chromium.ts'),
  ]);
}
