// `npm start`: the Electron kiosk when the Electron binary is installed; otherwise one
// plain line says so and the same app runs in the system Chromium instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findElectronBinary, sandboxProblem } from './electron-launch.mjs';

const require = createRequire(import.meta.url);

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function electronBinary() {
  const found = findElectronBinary({
    platform: process.platform,
    env: process.env,
    packageDir: electronPackageDir(),
    exists: existsSync,
    readFile: (file) => readFileSync(file, 'utf8'),
  });
  return 'path' in found ? found.path : null;
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  // The service manager or the terminal stops `npm start`: the kiosk stops with it
  // (it lets the operating system through its quit guard; see electron/lifecycle/os-stop.ts).
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

const binary = electronBinary();
const extraArgs = process.argv.slice(2);
if (binary) {
  const problem = sandboxProblem({
    platform: process.platform,
    binary,
    args: extraArgs,
    readFile: (file) => readFileSync(file, 'utf8'),
    stat: (file) => statSync(file),
  });
  if (problem) {
    console.log(problem);
    process.exit(1);
  }
  run(binary, ['.', ...extraArgs]);
} else {
  console.log(
    'The Electron binary is not installed on this machine, so the kiosk runs in the system Chromium instead.',
  );
  run(process.execPath, [
    path.join('node_modules', 'tsx', 'dist', 'cli.mjs'),
    path.join('build', 'start-chromium.ts'),
    ...extraArgs,
  ]);
}
