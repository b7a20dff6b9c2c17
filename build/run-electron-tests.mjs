// `npm run test:electron`: the real-binary suite needs a screen. On Linux without one
// (CI, SSH) it runs under xvfb-run and says so; without xvfb-run it says what to install.
import { spawn, spawnSync } from 'node:child_process';

const args = ['playwright', 'test', '--config', 'tests/electron/playwright.config.ts', ...process.argv.slice(2)];
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
let command = 'npx';
let commandArgs = args;
if (headless) {
  if (spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) {
    console.log('No display and no xvfb-run: install it (Debian/Ubuntu: apt-get install -y xvfb) or run with a screen.');
    process.exit(1);
  }
  console.log('No display found: running the real-Electron suite under xvfb-run (a virtual 1280x800 screen).');
  command = 'xvfb-run';
  commandArgs = ['-a', '-s', '-screen 0 1280x800x24', 'npx', ...args];
}
const child = spawn(command, commandArgs, { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
