import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsTransfer } from '../../../../electron/admin/settings-transfer';
import type { SettingsStore } from '../../../../electron/settings/settings-store';
import { fakeLog } from '../fakes';

describe('settings transfer on Windows drives', () => {
  it('offers each removable drive root as it is, and skips one that is gone', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'bedside-drive-'));
    try {
      const transfer = createSettingsTransfer({
        settings: {} as SettingsStore,
        log: fakeLog(),
        folders: [],
        drives: () => [root, path.join(root, 'unplugged')],
      });
      expect(transfer.listPlaces()).toEqual([
        { id: expect.any(String), kind: 'drive', label: root },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
