/**
 * `npm run dist`: packages the kiosk with electron-builder (build/electron-builder.config.cjs)
 * and says which Electron it used, or in one sentence why it could not package.
 *
 * Electron comes from, in order: ELECTRON_OVERRIDE_DIST_PATH (an unpacked Electron), the
 * binary a normal online `npm install` downloaded, electron-builder's download cache, or
 * Electron's download site when this machine can reach it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFor, writeLinuxScripts } from './linux-scripts';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type DistPlan =
  | { kind: 'local'; electronDist: string; says: string }
  | { kind: 'download'; says: string }
  | { kind: 'impossible'; says: string };

export interface DistFacts {
  electronVersion: string;
  platform: NodeJS.Platform;
  arch: string;
  overrideDir: string | undefined;
  /** node_modules/electron/dist, when the install could download the binary. */
  installedDir: string | null;
  cacheDir: string;
  exists: (file: string) => boolean;
  downloadReachable: boolean;
}

const binaryName = (platform: NodeJS.Platform) =>
  platform === 'win32' ? 'electron.exe' : 'electron';

export function planDist(facts: DistFacts): DistPlan {
  const binary = binaryName(facts.platform);
  if (facts.overrideDir) {
    if (facts.exists(path.join(facts.overrideDir, binary))) {
      return {
        kind: 'local',
        electronDist: facts.overrideDir,
        says: `Packaging with the unpacked Electron in ELECTRON_OVERRIDE_DIST_PATH (${facts.overrideDir}).`,
      };
    }
    return {
      kind: 'impossible',
      says: `npm run dist could not package: ELECTRON_OVERRIDE_DIST_PATH (${facts.overrideDir}) has no ${binary} in it.`,
    };
  }
  if (facts.installedDir && facts.exists(path.join(facts.installedDir, binary))) {
    return {
      kind: 'local',
      electronDist: facts.installedDir,
      says: `Packaging with the Electron ${facts.electronVersion} that npm install downloaded (${facts.installedDir}).`,
    };
  }
  const zip = `electron-v${facts.electronVersion}-${facts.platform}-${facts.arch}.zip`;
  if (facts.exists(path.join(facts.cacheDir, zip))) {
    return {
      kind: 'download',
      says: `Packaging with Electron ${facts.electronVersion} from the download cache (${facts.cacheDir}).`,
    };
  }
  if (facts.downloadReachable) {
    return {
      kind: 'download',
      says: `Packaging with Electron ${facts.electronVersion}, downloaded by electron-builder.`,
    };
  }
  return {
    kind: 'impossible',
    says:
      `npm run dist could not package: Electron ${facts.electronVersion} is not on this machine ` +
      '(no ELECTRON_OVERRIDE_DIST_PATH, no downloaded binary, nothing in the download cache) ' +
      "and Electron's download site cannot be reached from here.",
  };
}

function electronCacheDir(): string {
  if (process.env.ELECTRON_CACHE) return process.env.ELECTRON_CACHE;
  if (process.platform === 'win32')
    return path.join(process.env.LOCALAPPDATA ?? homedir(), 'electron', 'Cache');
  if (process.platform === 'darwin') return path.join(homedir(), 'Library', 'Caches', 'electron');
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'electron');
}

async function canReach(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(5000),
    });
    return response.status < 500;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const electronPackage = require('electron/package.json') as { version: string };
  const electronVersion = electronPackage.version;
  const installedDir = path.join(path.dirname(require.resolve('electron/package.json')), 'dist');
  const mirror =
    process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
  const facts: DistFacts = {
    electronVersion,
    platform: process.platform,
    arch: process.arch,
    overrideDir: process.env.ELECTRON_OVERRIDE_DIST_PATH || undefined,
    installedDir,
    cacheDir: electronCacheDir(),
    exists: existsSync,
    downloadReachable: false,
  };
  let plan = planDist(facts);
  if (plan.kind === 'impossible' && !facts.overrideDir) {
    plan = planDist({
      ...facts,
      downloadReachable: await canReach(`${mirror}v${electronVersion}/SHASUMS256.txt`),
    });
  }
  console.log(plan.says);

  const { build, Platform } = await import('electron-builder');
  const base = require(path.join(ROOT, 'build', 'electron-builder.config.cjs')) as Record<
    string,
    unknown
  >;
  const wanted = parseTargets(process.argv.slice(2), process.platform);
  const platform = { linux: Platform.LINUX, win32: Platform.WINDOWS, darwin: Platform.MAC }[
    wanted.platform
  ];
  const scripts = writeLinuxScripts(ROOT, path.join(ROOT, 'dist', 'linux-scripts'));
  const config = configFor(wanted.platform, base, scripts);
  if (plan.kind === 'impossible') {
    // Still let electron-builder check and prepare everything it can (configuration,
    // app metadata, the files to pack); it stops where it needs the Electron zip.
    console.log('Running electron-builder anyway, to go as far as it can without Electron.');
  }
  try {
    const artifacts = await build({
      projectDir: ROOT,
      targets: platform.createTarget(wanted.targets.length > 0 ? wanted.targets : null),
      publish: 'never',
      config: plan.kind === 'local' ? { ...config, electronDist: plan.electronDist } : config,
    });
    console.log(
      `Packaged ${artifacts.length} file(s) into dist/packages/:\n  ${artifacts.map((file) => path.relative(ROOT, file)).join('\n  ')}`,
    );
    return 0;
  } catch (error) {
    if (plan.kind !== 'impossible') throw error;
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    const zip = `electron-v${electronVersion}-linux-x64.zip`.replace('linux', wanted.platform).replace('x64', process.arch);
    console.log(`electron-builder stopped at packaging, fetching ${zip}: ${first}`);
    return 1;
  }
}

/** `--linux deb`, `--win nsis`, `--linux`: the platform and, if named, its targets. */
export function parseTargets(
  args: readonly string[],
  current: NodeJS.Platform,
): { platform: 'linux' | 'win32' | 'darwin'; targets: string[] } {
  const flags: Record<string, 'linux' | 'win32' | 'darwin'> = {
    '--linux': 'linux',
    '--win': 'win32',
    '--mac': 'darwin',
  };
  const at = args.findIndex((arg) => arg in flags);
  if (at === -1) {
    return { platform: current === 'win32' || current === 'darwin' ? current : 'linux', targets: [] };
  }
  const targets: string[] = [];
  for (const arg of args.slice(at + 1)) {
    if (arg.startsWith('-')) break;
    targets.push(arg);
  }
  return { platform: flags[args[at] ?? ''] ?? 'linux', targets };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        `npm run dist failed while packaging: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    },
  );
}
