import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { senderInfoOf } from '../../../../electron/ipc/sender-check';
import {
  driveParents,
  packDriveRoots,
  parseWindowsDrives,
  removableDriveRoots,
} from '../../../../electron/lifecycle/removable-drives';
import { createSessionFolder, SESSION_PREFIX } from '../../../../electron/lifecycle/session-folder';
import { ASK_STAFF_HTML, askStaffPageUrl } from '../../../../electron/window/ask-staff-page';
import { fakeLog } from '../fakes';

const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('session folder', () => {
  it('removes the folders earlier runs left, makes a fresh one, and removes it at quit', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'bedside-temp-'));
    made.push(temp);
    mkdirSync(path.join(temp, `${SESSION_PREFIX}old1`));
    writeFileSync(path.join(temp, `${SESSION_PREFIX}old1`, 'Cookies'), 'x');
    mkdirSync(path.join(temp, `${SESSION_PREFIX}old2`));
    mkdirSync(path.join(temp, 'someone-elses-folder'));
    const folder = createSessionFolder({ tempDir: temp, fs: { mkdtempSync, readdirSync, rmSync }, log: fakeLog() });
    const current = folder.create();
    expect(readdirSync(temp).sort()).toEqual([path.basename(current), 'someone-elses-folder'].sort());
    folder.removeCurrent();
    expect(readdirSync(temp)).toEqual(['someone-elses-folder']);
  });

  it('still makes its folder when an old one cannot be removed, and says so', () => {
    const log = fakeLog();
    const folder = createSessionFolder({
      tempDir: '/t',
      fs: {
        readdirSync: () => [`${SESSION_PREFIX}locked`],
        rmSync: () => {
          throw new Error('EBUSY');
        },
        mkdtempSync: (prefix) => `${prefix}new`,
      },
      log,
    });
    expect(folder.create()).toBe(path.join('/t', `${SESSION_PREFIX}new`));
    expect(log.lines).toEqual([`[warn] kiosk: could not remove the old session folder ${SESSION_PREFIX}locked`]);
  });
});

describe('IPC sender', () => {
  const mainFrame = { url: 'app://bedside/index.html' };

  it('reads the URL and main-frame flag of a live frame', () => {
    expect(senderInfoOf({ senderFrame: mainFrame, sender: { id: 3, mainFrame } })).toEqual({
      url: 'app://bedside/index.html',
      isMainFrame: true,
      webContentsId: 3,
    });
  });

  it('answers a disposed frame (whose url throws) or a missing one with a sender the check refuses', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(senderInfoOf({ senderFrame: disposed, sender: { id: 3, mainFrame: disposed } })).toEqual({
      url: '',
      isMainFrame: false,
    });
    expect(senderInfoOf({ senderFrame: null, sender: { id: 3, mainFrame } })).toMatchObject({
      url: '',
      isMainFrame: false,
    });
  });
});

describe('removable drives', () => {
  const failing = () => {
    throw new Error('not run');
  };

  it('scans the Linux mount parents; on Windows, the drives Windows reports as removable', () => {
    expect(driveParents('linux')).toEqual(['/media', '/run/media']);
    expect(driveParents('win32')).toEqual([]);
    const calls: string[] = [];
    const win = {
      platform: 'win32' as const,
      run: (file: string, args: string[]) => {
        calls.push([file, ...args].join(' '));
        return 'E:\r\nF:\r\n';
      },
      log: fakeLog(),
    };
    expect(removableDriveRoots(win)).toEqual(['E:\\', 'F:\\']);
    expect(packDriveRoots(win)).toEqual(['E:\\', 'F:\\']);
    expect(calls[0]).toMatch(/^powershell\.exe -NoProfile -NonInteractive -Command .*DriveType=2/);
    expect(packDriveRoots({ platform: 'linux', run: failing, log: fakeLog() })).toEqual(['/media', '/run/media']);
  });

  it('reads only drive letters from the answer', () => {
    expect(parseWindowsDrives('e:\n\nWARNING: x\nE:\nG:  \n')).toEqual(['E:\\', 'G:\\']);
  });

  it('lists nothing, and says why, when PowerShell does not answer', () => {
    const log = fakeLog();
    expect(removableDriveRoots({ platform: 'win32', run: failing, log })).toEqual([]);
    expect(log.lines).toEqual(['[warn] transfer: could not list removable drives (PowerShell did not answer)']);
  });
});

describe('the ask-staff page', () => {
  it('is static: no script can run, nothing is loaded, and its text is large', () => {
    expect(ASK_STAFF_HTML).not.toMatch(/<script|src=|href=/i);
    expect(ASK_STAFF_HTML).toContain("default-src 'none'");
    const sizes = [...ASK_STAFF_HTML.matchAll(/font-size:(\d+)px/g)].map((match) => Number(match[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(22);
    expect(decodeURIComponent(askStaffPageUrl().split(',').slice(1).join(','))).toBe(ASK_STAFF_HTML);
  });
});
