import { describe, expect, it } from 'vitest';
import {
  electronBinaryIn,
  findElectronBinary,
  planElectronTests,
  sandboxProblem,
} from '../../../build/electron-launch.mjs';

const BINARY = '/home/nurse/bedside/node_modules/electron/dist/electron';
const HELPER = '/home/nurse/bedside/node_modules/electron/dist/chrome-sandbox';

function ubuntu2404(helper: { uid: number; mode: number } | null, restrict = '1') {
  return {
    platform: 'linux' as const,
    binary: BINARY,
    readFile: (file: string) => {
      if (file === '/proc/sys/kernel/apparmor_restrict_unprivileged_userns') return `${restrict}\n`;
      throw new Error('ENOENT');
    },
    stat: (file: string) => {
      if (file !== HELPER || !helper) throw new Error('ENOENT');
      return helper;
    },
  };
}

describe('npm start: which Electron binary', () => {
  it('finds electron.exe under ELECTRON_OVERRIDE_DIST_PATH on Windows, electron elsewhere', () => {
    expect(electronBinaryIn('C:\\electron\\dist', 'win32')).toBe('C:\\electron\\dist\\electron.exe');
    expect(electronBinaryIn('/opt/electron', 'linux')).toBe('/opt/electron/electron');
    expect(electronBinaryIn('/opt/e', 'darwin')).toBe('/opt/e/Electron.app/Contents/MacOS/Electron');
  });
});

describe("npm start: Chromium's sandbox on Ubuntu 24.04", () => {
  it('says the one command to run when AppArmor blocks user namespaces and the helper is not setuid root', () => {
    const problem = sandboxProblem(ubuntu2404({ uid: 1000, mode: 0o100755 }));
    expect(problem).toBe(
      "Electron cannot start here: this system (Ubuntu 23.10+ AppArmor) blocks Chromium's sandbox unless its helper is setuid root. " +
        `Run this once: sudo chown root:root ${HELPER} && sudo chmod 4755 ${HELPER}`,
    );
    expect(problem?.split('\n')).toHaveLength(1);
  });

  it('is quiet once the helper is root-owned with mode 4755', () => {
    expect(sandboxProblem(ubuntu2404({ uid: 0, mode: 0o104755 }))).toBeNull();
  });

  it('is quiet where user namespaces are allowed, on other systems, and with --no-sandbox', () => {
    expect(sandboxProblem(ubuntu2404({ uid: 1000, mode: 0o100755 }, '0'))).toBeNull();
    expect(sandboxProblem({ ...ubuntu2404(null), platform: 'win32' })).toBeNull();
    expect(sandboxProblem({ ...ubuntu2404(null), args: ['--no-sandbox'] })).toBeNull();
  });

  it('also catches kernels with unprivileged_userns_clone = 0, and a missing helper', () => {
    const debianHardened = {
      ...ubuntu2404(null),
      readFile: (file: string) => {
        if (file === '/proc/sys/kernel/unprivileged_userns_clone') return '0';
        throw new Error('ENOENT');
      },
    };
    expect(sandboxProblem(debianHardened)).toMatch(/chrome-sandbox is missing/);
  });
});

describe('npm start and the real-binary suite: is there an Electron binary', () => {
  const PACKAGE = '/home/nurse/bedside/node_modules/electron';
  function facts(files: Record<string, string>, env: Record<string, string> = {}, platform: NodeJS.Platform = 'linux') {
    return {
      platform,
      env,
      packageDir: PACKAGE,
      exists: (file: string) => file in files,
      readFile: (file: string) => {
        const text = files[file];
        if (text === undefined) throw new Error('ENOENT');
        return text;
      },
    };
  }

  it('reads path.txt and finds the downloaded binary', () => {
    const files = { [`${PACKAGE}/path.txt`]: 'electron', [`${PACKAGE}/dist/electron`]: '' };
    expect(findElectronBinary(facts(files))).toEqual({ path: `${PACKAGE}/dist/electron` });
  });

  it('says the binary was never downloaded when path.txt is missing (offline install)', () => {
    expect(findElectronBinary(facts({}))).toEqual({
      missing: 'the Electron binary was never downloaded (offline install)',
    });
  });

  it('reports a path.txt whose binary is gone without asking the package (which would download it)', () => {
    const found = findElectronBinary(facts({ [`${PACKAGE}/path.txt`]: 'electron\n' }));
    expect(found).toEqual({
      missing: `the electron package points at a binary that does not exist (${PACKAGE}/dist/electron)`,
    });
  });

  it('takes ELECTRON_OVERRIDE_DIST_PATH first, with electron.exe on Windows', () => {
    const files = { 'C:\\electron\\electron.exe': '' };
    expect(
      findElectronBinary(facts(files, { ELECTRON_OVERRIDE_DIST_PATH: 'C:\\electron' }, 'win32')),
    ).toEqual({ path: 'C:\\electron\\electron.exe' });
    expect(findElectronBinary(facts({}, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/none' }))).toEqual({
      missing: 'ELECTRON_OVERRIDE_DIST_PATH has no Electron binary (/opt/none/electron)',
    });
  });

  it('says the package is not installed when it is not', () => {
    expect(findElectronBinary({ ...facts({}), packageDir: null })).toEqual({
      missing: 'the electron package is not installed',
    });
  });
});

describe('npm run test:electron: how Playwright is run', () => {
  const base = {
    env: {},
    node: '/usr/bin/node',
    cli: '/repo/node_modules/@playwright/test/cli.js',
    args: ['-g', 'crash'],
  };
  const playwright = [base.cli, 'test', '--config', 'tests/electron/playwright.config.ts', '-g', 'crash'];

  it('runs the CLI with Node itself on Windows (npx is a .cmd that spawn cannot start without a shell)', () => {
    expect(
      planElectronTests({ ...base, platform: 'win32', binaryFound: true, hasXvfbRun: false }),
    ).toEqual({ command: base.node, args: playwright, note: null });
  });

  it('uses xvfb-run on Linux without a display when there is a binary to launch', () => {
    const plan = planElectronTests({ ...base, platform: 'linux', binaryFound: true, hasXvfbRun: true });
    expect(plan).toEqual({
      command: 'xvfb-run',
      args: ['-a', '-s', '-screen 0 1280x800x24', base.node, ...playwright],
      note: expect.stringContaining('xvfb-run'),
    });
  });

  it('keeps the display it has', () => {
    const plan = planElectronTests({
      ...base,
      env: { DISPLAY: ':0' },
      platform: 'linux',
      binaryFound: true,
      hasXvfbRun: true,
    });
    expect(plan).toEqual({ command: base.node, args: playwright, note: null });
  });

  it('without a binary needs no display: the suite reports itself skipped, even with no xvfb-run', () => {
    expect(
      planElectronTests({ ...base, platform: 'linux', binaryFound: false, hasXvfbRun: false }),
    ).toEqual({ command: base.node, args: playwright, note: null });
  });

  it('says what to install when a binary needs a screen and there is none', () => {
    const plan = planElectronTests({ ...base, platform: 'linux', binaryFound: true, hasXvfbRun: false });
    expect(plan).toEqual({ error: expect.stringContaining('apt-get install -y xvfb') });
  });
});
