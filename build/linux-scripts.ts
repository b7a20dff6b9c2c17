/**
 * The deb's maintainer scripts: electron-builder's own templates (its after-install sets
 * chrome-sandbox's mode, installs the AppArmor profile Ubuntu 24.04 needs, links
 * /usr/bin/bedside-guide and refreshes the desktop database), followed by the kiosk's
 * steps in build/linux/. A custom `afterInstall` replaces the template outright, so the
 * two are joined here, from the installed electron-builder, rather than copied once and
 * left to go stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Space-free: the zygote fails on /opt/Bedside Guide/ under the setuid sandbox (electron#21309). */
export const LINUX_INSTALL_NAME = 'bedside-guide';

export function templatesDir(): string {
  return path.join(path.dirname(require.resolve('app-builder-lib/package.json')), 'templates', 'linux');
}

/** The template, then the kiosk's lines (the template's shebang and steps stay first). */
export function joinScript(template: string, ours: string): string {
  return `${template.trimEnd()}\n\n${ours.trimEnd()}\n`;
}

/** Writes after-install.tpl and after-remove.tpl into `outDir`; returns their paths. */
export function writeLinuxScripts(root: string, outDir: string): { afterInstall: string; afterRemove: string } {
  mkdirSync(outDir, { recursive: true });
  const write = (name: 'after-install' | 'after-remove') => {
    const template = readFileSync(path.join(templatesDir(), `${name}.tpl`), 'utf8');
    const ours = readFileSync(path.join(root, 'build', 'linux', `${name}.sh`), 'utf8');
    const target = path.join(outDir, `${name}.tpl`);
    writeFileSync(target, joinScript(template, ours), { mode: 0o755 });
    return target;
  };
  return { afterInstall: write('after-install'), afterRemove: write('after-remove') };
}

/** The configuration for one platform: on Linux, the install name without a space. */
export function configFor(
  platform: 'linux' | 'win32' | 'darwin',
  config: Record<string, unknown>,
  scripts: { afterInstall: string; afterRemove: string },
): Record<string, unknown> {
  if (platform !== 'linux') return config;
  return {
    ...config,
    // The shown name stays "Bedside Guide" (the desktop entry's Name, the window title);
    // only the folder under /opt and the AppImage's file name follow this.
    productName: LINUX_INSTALL_NAME,
    deb: { ...(config.deb as Record<string, unknown>), ...scripts },
  };
}
