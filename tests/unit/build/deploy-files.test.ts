/**
 * The fleet files IT runs (build/deploy/) checked as far as this machine can: the
 * playbook parses as YAML, the shell script passes `bash -n`, and every path they use
 * is the one the app and the packages really use, so a rename cannot leave them behind.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINUX_INSTALL_NAME } from '../../../build/linux-scripts';
import { defaultPolicyPath } from '../../../electron/settings/fleet-policy';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const config = require('../../../build/electron-builder.config.cjs') as {
  productName: string;
  win: { executableName: string };
  linux: { executableName: string };
};
const pkg = require('../../../package.json') as { name: string; version: string };

interface Task {
  name: string;
  [module: string]: unknown;
}

describe('Ansible playbook', () => {
  const plays = yaml.load(read('build/deploy/ansible/bedside-guide.yml')) as Array<{ tasks: Task[]; vars: Record<string, string> }>;
  const tasks = plays[0]?.tasks ?? [];
  const copyTo = (dest: string) =>
    tasks.find((task) => (task['ansible.builtin.copy'] as { dest?: string } | undefined)?.dest === dest);

  it('parses, and puts the policy where the app reads it, root-owned and not writable by others', () => {
    expect(tasks.length).toBeGreaterThan(5);
    const policy = copyTo(defaultPolicyPath('linux', {}));
    expect(policy?.['ansible.builtin.copy']).toMatchObject({ owner: 'root', group: 'root', mode: '0644' });
  });

  it('installs the deb npm run dist makes, by its package name', () => {
    expect(plays[0]?.vars.deb_file).toContain(`${pkg.name}_${pkg.version}_amd64.deb`);
    expect(JSON.stringify(tasks)).toContain(`"name":"${pkg.name}"`);
  });
});

describe('apt repository script', () => {
  it('passes bash -n and looks for the deb by its real name', () => {
    const check = spawnSync('bash', ['-n', path.join(ROOT, 'build/deploy/linux/make-apt-repo.sh')], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(read('build/deploy/linux/make-apt-repo.sh')).toContain(`${pkg.name}_*.deb`);
  });
});

describe('Intune / Configuration Manager scripts', () => {
  const install = read('build/deploy/windows/install-bedside-guide.ps1');
  const detect = read('build/deploy/windows/detect-bedside-guide.ps1');
  const windowsPolicy = defaultPolicyPath('win32', { ProgramData: 'C:\\ProgramData' });

  it("use the app's policy path and the installer's program path", () => {
    expect(windowsPolicy).toBe('C:\\ProgramData\\BedsideGuide\\policy.json');
    expect(install).toContain("Join-Path $env:ProgramData 'BedsideGuide'");
    expect(detect).toContain("Join-Path $env:ProgramData 'BedsideGuide\\policy.json'");
    expect(detect).toContain(`'${config.productName}\\${config.win.executableName}.exe'`);
    expect(install).toContain(`'${config.productName} Setup ${pkg.version}.exe'`);
    expect(detect).toContain(`[version]'${pkg.version}'`);
  });

  it('have balanced braces and parentheses (no PowerShell here to parse them)', () => {
    for (const script of [install, detect]) {
      // Comments first (one says "policy's"), then strings; no string here holds a '#'.
      const code = script.replace(/<#[\s\S]*?#>/g, '').replace(/#.*$/gm, '').replace(/'[^']*'/g, "''");
      for (const [open, close] of [['{', '}'], ['(', ')']] as const) {
        expect(code.split(open).length).toBe(code.split(close).length);
      }
    }
  });
});

describe('install paths in the README and deploy notes', () => {
  it('name the space-free Linux install path', () => {
    expect(LINUX_INSTALL_NAME).toBe(config.linux.executableName);
    expect(read('README.md')).not.toContain('/opt/Bedside Guide/');
  });
});
