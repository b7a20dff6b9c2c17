import { defineConfig } from '@playwright/test';
import { findElectron } from './electron-binary';

const electron = findElectron();
if ('missing' in electron) {
  // Loud on purpose: this suite is skipped, not passed.
  console.warn(
    `\n*** REAL-ELECTRON SUITE SKIPPED: ${electron.missing}. The window, lockdown and IPC ` +
      'transport of the real app were NOT exercised; see README "What runs where". ***\n',
  );
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
  outputDir: '../../test-results/electron',
});
