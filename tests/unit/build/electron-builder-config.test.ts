import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDist, type DistFacts } from '../../../build/dist';
import { drawIcon } from '../../../build/icons/generate-icons.mjs';

const require = createRequire(import.meta.url);
const config = require('../../../build/electron-builder.config.cjs') as Record<string, unknown>;

describe('electron-builder configuration', () => {
  it('sets exactly the fuses the kiosk needs', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('builds AppImage and deb for Linux and NSIS for Windows, from build/ resources', () => {
    expect(config).toMatchObject({
      appId: 'org.bedsideguide.kiosk',
      productName: 'Bedside Guide',
      asar: true,
      directories: { buildResources: 'build', output: 'dist/packages' },
      linux: { target: ['AppImage', 'deb'], icon: 'build/icons', executableName: 'bedside-guide' },
      win: { target: ['nsis'], icon: 'build/icons/icon.png', executableName: 'BedsideGuide' },
      nsis: { perMachine: true, oneClick: false, include: 'build/windows/installer.nsh' },
      deb: { maintainer: 'Bedside Guide maintainers <maintainers@bedside-guide.example>' },
    });
  });

  it('packs only the build and the built-in content pack', () => {
    expect(config.files).toEqual([
      'package.json',
      'dist/electron/**',
      'dist/renderer/**',
      'renderer/content/default/**',
      '!**/node_modules/**',
    ]);
  });

  it('starts the kiosk on login on both systems', async () => {
    const { readFile } = await import('node:fs/promises');
    const root = path.resolve(import.meta.dirname, '../../..');
    const nsis = await readFile(path.join(root, 'build/windows/installer.nsh'), 'utf8');
    const deb = await readFile(path.join(root, 'build/linux/after-install.sh'), 'utf8');
    expect(nsis).toContain(
      'WriteRegStr HKLM "Software\\Microsoft\\Windows\\CurrentVersion\\Run" "BedsideGuide"',
    );
    expect(deb).toContain('/etc/xdg/autostart/bedside-guide.desktop');
    // electron-builder fills the macros in: /opt/bedside-guide/bedside-guide (see electron-builder-validation.test.ts).
    expect(deb).toContain('Exec=/opt/${sanitizedProductName}/${executable}');
  });

  it('draws the icon the same way every time, as a PNG', () => {
    const icon = drawIcon(32);
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(icon.equals(drawIcon(32))).toBe(true);
  });
});

describe('npm run dist: where Electron comes from', () => {
  const base: DistFacts = {
    electronVersion: '45.5.0',
    platform: 'linux',
    arch: 'x64',
    overrideDir: undefined,
    installedDir: '/p/node_modules/electron/dist',
    cacheDir: '/home/u/.cache/electron',
    exists: () => false,
    downloadReachable: false,
  };
  const having =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it('uses ELECTRON_OVERRIDE_DIST_PATH when it holds an Electron', () => {
    const plan = planDist({
      ...base,
      overrideDir: '/opt/electron',
      exists: having('/opt/electron/electron'),
    });
    expect(plan).toMatchObject({ kind: 'local', electronDist: '/opt/electron' });
  });

  it('says in one sentence that an empty ELECTRON_OVERRIDE_DIST_PATH cannot work', () => {
    const plan = planDist({ ...base, overrideDir: '/opt/nothing', downloadReachable: true });
    expect(plan.kind).toBe('impossible');
    expect(plan.says).toBe(
      'npm run dist could not package: ELECTRON_OVERRIDE_DIST_PATH (/opt/nothing) has no electron in it.',
    );
  });

  it('uses the binary a normal install downloaded, then the cache, then the download site', () => {
    expect(
      planDist({ ...base, exists: having('/p/node_modules/electron/dist/electron') }).kind,
    ).toBe('local');
    expect(
      planDist({
        ...base,
        exists: having('/home/u/.cache/electron/electron-v45.5.0-linux-x64.zip'),
      }).says,
    ).toMatch(/from the download cache/);
    expect(planDist({ ...base, downloadReachable: true }).says).toMatch(
      /downloaded by electron-builder/,
    );
  });

  it('says in one sentence why it cannot package offline with no Electron', () => {
    const plan = planDist(base);
    expect(plan.kind).toBe('impossible');
    expect(plan.says.split('. ')).toHaveLength(1);
    expect(plan.says).toMatch(
      /^npm run dist could not package: Electron 45\.5\.0 is not on this machine/,
    );
  });
});

describe('npm run dist: which targets', () => {
  it('reads the platform and the targets named after it', async () => {
    const { parseTargets } = await import('../../../build/dist');
    expect(parseTargets(['--linux', 'deb'], 'linux')).toEqual({ platform: 'linux', targets: ['deb'] });
    expect(parseTargets(['--win'], 'linux')).toEqual({ platform: 'win32', targets: [] });
    expect(parseTargets([], 'win32')).toEqual({ platform: 'win32', targets: [] });
    expect(parseTargets(['--linux', 'AppImage', 'deb', '--x64'], 'linux').targets).toEqual(['AppImage', 'deb']);
  });
});
