/**
 * Lockdown rules that are about what the code never does: checked over the sources.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/content/protocol-handler';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

async function sources(dir: string): Promise<Array<[string, string]>> {
  const entries = await readdir(path.join(ROOT, dir), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && /\.(ts|tsx|html)$/.test(entry.name));
  return Promise.all(
    files.map(async (entry): Promise<[string, string]> => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(ROOT, file), await readFile(file, 'utf8')];
    }),
  );
}

describe('what the kiosk never does', () => {
  it('never reaches shell.openExternal', async () => {
    const offenders = (await sources('electron')).filter(([, text]) => /openExternal|\bshell\b.*from 'electron'/.test(text));
    expect(offenders.map(([file]) => file)).toEqual([]);
  });

  it('has no file picker on any screen', async () => {
    const offenders = (await sources('renderer')).filter(([, text]) => /type=["']file["']|type:\s*["']file["']/.test(text));
    expect(offenders.map(([file]) => file)).toEqual([]);
  });

  it("sends the page the same policy in its meta tag as in the protocol handler's header", async () => {
    const html = await readFile(path.join(ROOT, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const header = CONTENT_SECURITY_POLICY.split('; ').filter((directive) => !directive.startsWith('frame-ancestors'));
    expect(meta?.split('; ')).toEqual(header);
  });
});
