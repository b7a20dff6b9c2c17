// `npm run test:electron`: the real-binary suite. It needs a screen only when there is a
// binary to launch: on Linux without one (CI, SSH) it runs under xvfb-run and says so.
// The rules are in electron-launch.mjs (planElectronTests), tested there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findElectronBinary, planElectronTests } from './electron-launch.mjs';

const require = createRequire(import.meta.url);

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const found = findElectronBinary({
  platform: process.platform,
  env: process.env,
  packageDir: electronPackageDir(),
  exists: existsSync,
  readFile: (file) => readFileSync(file, 'utf8'),
});
const plan = planElectronTests({
  platform: process.platform,
  env: process.env,
  binaryFound: 'path' in found,
  hasXvfbRun: !spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error,
  node: process.execPath,
  cli: require.resolve('@playwright/test/cli'),
  args: process.argv.slice(2),
});
if ('error' in plan) {
  console.log(plan.error);
  process.exit(1);
}
if (plan.note) console.log(plan.note);
const child = spawn(plan.command, plan.args, { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
