// The rules `npm start` follows to run the real Electron binary, each taking the
// platform and the file system as parameters so tests/unit/build/electron-launch.test.ts
// can check them for machines this one is not (Windows, Ubuntu 24.04).
import path from 'node:path';

/** The Electron executable inside a dist folder (ELECTRON_OVERRIDE_DIST_PATH, node_modules/electron/dist). */
export function electronBinaryIn(dir, platform) {
  if (platform === 'win32') return path.win32.join(dir, 'electron.exe');
  if (platform === 'darwin')
    return path.posix.join(dir, 'Electron.app', 'Contents', 'MacOS', 'Electron');
  return path.posix.join(dir, 'electron');
}

/**
 * The Electron binary this machine has, or why there is none: { path } or { missing }.
 * Read from the electron package's path.txt, never by `require('electron')`: since the
 * electron package's index.js downloads a missing binary when it is required (a long
 * wait, then a failure, on a hospital network), asking it is not a check.
 * `packageDir` is node_modules/electron, or null when the package is not installed.
 */
export function findElectronBinary({ platform, env, packageDir, exists, readFile }) {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = electronBinaryIn(override, platform);
    return exists(candidate)
      ? { path: candidate }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary (${candidate})` };
  }
  if (!packageDir) return { missing: 'the electron package is not installed' };
  const relative = readTrimmed(readFile, path.join(packageDir, 'path.txt'));
  if (!relative) return { missing: 'the Electron binary was never downloaded (offline install)' };
  const binary = path.join(packageDir, 'dist', relative);
  return exists(binary)
    ? { path: binary }
    : { missing: `the electron package points at a binary that does not exist (${binary})` };
}

function readTrimmed(readFile, file) {
  try {
    return String(readFile(file)).trim();
  } catch {
    return null;
  }
}

/**
 * Why Chromium's sandbox would abort Electron on this Linux machine, with the one thing
 * to run once; null when it will start.
 *
 * Ubuntu 23.10+ (24.04 included) lets AppArmor refuse unprivileged user namespaces
 * (kernel.apparmor_restrict_unprivileged_userns = 1), and so do kernels with
 * kernel.unprivileged_userns_clone = 0. Chromium then needs its setuid helper,
 * chrome-sandbox beside the binary, owned by root with mode 4755; npm cannot install it
 * so, and Electron stops with a FATAL line and no window (electron/electron#42510).
 * The packaged deb sets this up itself (see build/linux/after-install.tpl).
 */
export function sandboxProblem({ platform, binary, args = [], readFile, stat }) {
  if (platform !== 'linux') return null;
  if (args.includes('--no-sandbox')) return null;
  const restricted =
    readTrimmed(readFile, '/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1' ||
    readTrimmed(readFile, '/proc/sys/kernel/unprivileged_userns_clone') === '0';
  if (!restricted) return null;
  const helper = path.posix.join(path.posix.dirname(binary), 'chrome-sandbox');
  let facts;
  try {
    facts = stat(helper);
  } catch {
    return `Electron cannot start here: this system blocks Chromium's sandbox and ${helper} is missing; reinstall Electron (npm install) and run this once: sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`;
  }
  const setuidRoot = facts.uid === 0 && (facts.mode & 0o4755) === 0o4755;
  if (setuidRoot) return null;
  return `Electron cannot start here: this system (Ubuntu 23.10+ AppArmor) blocks Chromium's sandbox unless its helper is setuid root. Run this once: sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`;
}

/**
 * How `npm run test:electron` runs Playwright: { command, args, note } or { error }.
 * Node runs Playwright's CLI file itself (spawning `npx` fails on Windows, where it is a
 * .cmd that Node no longer starts without a shell). A display is needed only when there
 * is a binary to launch; without one the suite just reports itself skipped, so a
 * headless machine without xvfb-run still gets the loud skip, not a failure.
 */
export function planElectronTests({ platform, env, binaryFound, hasXvfbRun, node, cli, args }) {
  const playwright = [cli, 'test', '--config', 'tests/electron/playwright.config.ts', ...args];
  const headless = platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
  if (!binaryFound || !headless) return { command: node, args: playwright, note: null };
  if (!hasXvfbRun) {
    return {
      error:
        'No display and no xvfb-run: install it (Debian/Ubuntu: apt-get install -y xvfb) or run with a screen.',
    };
  }
  return {
    command: 'xvfb-run',
    args: ['-a', '-s', '-screen 0 1280x800x24', node, ...playwright],
    note: 'No display found: running the real-Electron suite under xvfb-run (a virtual 1280x800 screen).',
  };
}
