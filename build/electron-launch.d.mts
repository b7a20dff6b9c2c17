/** Types of build/electron-launch.mjs (plain JavaScript so `npm start` needs no compiler). */
export function electronBinaryIn(dir: string, platform: NodeJS.Platform): string;

export function sandboxProblem(facts: {
  platform: NodeJS.Platform;
  binary: string;
  args?: readonly string[];
  readFile: (file: string) => string;
  stat: (file: string) => { uid: number; mode: number };
}): string | null;

export function findElectronBinary(facts: {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  packageDir: string | null;
  exists: (file: string) => boolean;
  readFile: (file: string) => string;
}): { path: string } | { missing: string };

export function planElectronTests(facts: {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  binaryFound: boolean;
  hasXvfbRun: boolean;
  node: string;
  cli: string;
  args: readonly string[];
}): { command: string; args: string[]; note: string | null } | { error: string };
