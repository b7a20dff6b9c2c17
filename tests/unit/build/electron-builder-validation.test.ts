/**
 * The packaging configuration as electron-builder itself reads it: its schema
 * validation, its deb target's metadata check, and the deb's maintainer scripts after
 * its own macro substitution, all from the installed electron-builder (app-builder-lib).
 * Nothing here needs the Electron binary, so it runs on every machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configFor, LINUX_INSTALL_NAME, writeLinuxScripts } from '../../../build/linux-scripts';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const base = require('../../../build/electron-builder.config.cjs') as Record<string, unknown>;
const metadata = require('../../../package.json') as Record<string, unknown>;

const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { AppInfo } = require('app-builder-lib/out/appInfo') as {
  AppInfo: new (info: unknown, buildVersion: string | null, platformOptions: unknown) => {
    sanitizedProductName: string;
    productFilename: string;
    linuxPackageName: string;
    computePackageUrl(): Promise<string | null>;
  };
};
const FpmTarget = (require('app-builder-lib/out/targets/FpmTarget') as { default: new (...args: unknown[]) => FpmLike }).default;
const { DebugLogger } = require('builder-util/out/DebugLogger') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

interface FpmLike {
  scriptFiles: Promise<{ afterInstall: string; afterRemove: string; appArmor: string }>;
  checkOptions(): Promise<{ name: string; maintainer: string; url: string; vendor: string }>;
}

const work = mkdtempSync(path.join(tmpdir(), 'bedside-builder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const scripts = writeLinuxScripts(ROOT, path.join(work, 'scripts'));
const linux = configFor('linux', base, scripts);

/** The deb target as electron-builder makes it, for the app's package.json and this config. */
function debTarget(config: Record<string, unknown>, meta: Record<string, unknown> = metadata): FpmLike {
  let temp = 0;
  const info = {
    metadata: meta,
    devMetadata: meta,
    config,
    repositoryInfo: Promise.resolve(null),
    tempDirManager: {
      getTempFile: async ({ suffix }: { suffix: string }) => path.join(work, `t${temp++}-${suffix}`),
    },
  };
  const platformOptions = config.linux as Record<string, unknown>;
  const appInfo = new AppInfo(info, null, platformOptions);
  const packager = {
    info,
    config,
    appInfo,
    platformSpecificBuildOptions: platformOptions,
    executableName: platformOptions.executableName,
    projectDir: ROOT,
  };
  return new FpmTarget('deb', packager, {}, work);
}

describe("electron-builder's own checks", () => {
  it('accepts the configuration for Linux and for Windows (its schema validation)', async () => {
    await expect(validateConfiguration(linux, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration(configFor('win32', base, scripts), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('refuses a configuration with an option that does not exist (the check is live)', async () => {
    await expect(
      validateConfiguration({ ...linux, deb: { maintainerr: 'x' } }, new DebugLogger(false)),
    ).rejects.toThrow(/Invalid configuration object/);
  });

  it("passes the deb target's metadata check: maintainer, homepage, vendor", async () => {
    expect(await debTarget(linux).checkOptions()).toEqual({
      name: 'bedside-guide',
      maintainer: 'Bedside Guide maintainers <maintainers@bedside-guide.example>',
      url: 'https://bedside-guide.example',
      vendor: 'Bedside Guide',
    });
  });

  it('fails that check without a homepage or a maintainer, as fpm would', async () => {
    const bare = { ...metadata, homepage: undefined, author: undefined };
    const noMaintainer = { ...linux, deb: { ...(linux.deb as object), maintainer: undefined } };
    await expect(debTarget(noMaintainer, bare).checkOptions()).rejects.toThrow(/homepage/);
    await expect(debTarget(noMaintainer, bare).checkOptions()).rejects.toThrow(/email/i);
  });
});

describe('the deb on disk', () => {
  it('installs to /opt/bedside-guide/, a path without a space, while the shown name stays "Bedside Guide"', async () => {
    const target = debTarget(linux);
    await target.scriptFiles;
    expect(LINUX_INSTALL_NAME).toBe('bedside-guide');
    expect((linux.linux as { desktop: { entry: { Name: string } } }).desktop.entry.Name).toBe('Bedside Guide');
    expect(base.productName).toBe('Bedside Guide');
    expect(metadata.productName).toBe('Bedside Guide');
  });

  it("keeps electron-builder's after-install steps and adds the autostart entry with the real path", async () => {
    const { afterInstall, afterRemove, appArmor } = await debTarget(linux).scriptFiles;
    const install = readFileSync(afterInstall, 'utf8');
    expect(install.startsWith('#!/bin/bash')).toBe(true);
    expect(install).toContain("update-alternatives --install '/usr/bin/bedside-guide'");
    expect(install).toContain("chmod 4755 '/opt/bedside-guide/chrome-sandbox'");
    expect(install).toContain("APPARMOR_PROFILE_SOURCE='/opt/bedside-guide/resources/apparmor-profile'");
    expect(install).toContain('update-desktop-database /usr/share/applications');
    expect(install).toContain('Exec=/opt/bedside-guide/bedside-guide\n');
    expect(install).not.toContain('/opt/Bedside Guide');
    // The template's steps come first, the kiosk's after them.
    expect(install.indexOf('update-desktop-database')).toBeLessThan(install.indexOf('/etc/xdg/autostart'));
    const remove = readFileSync(afterRemove, 'utf8');
    expect(remove).toContain("update-alternatives --remove 'bedside-guide' '/opt/bedside-guide/bedside-guide'");
    expect(remove).toContain('rm -f /etc/xdg/autostart/bedside-guide.desktop');
    expect(readFileSync(appArmor, 'utf8')).toContain('/opt/bedside-guide/bedside-guide');
    for (const script of [afterInstall, afterRemove]) {
      const check = spawnSync('bash', ['-n', script], { encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
    }
  });
});
