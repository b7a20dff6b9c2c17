import { defineConfig } from '@playwright/test';
import { findChromium, OFFLINE_FLAGS } from './chromium-path';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    'No Chromium found. Install it (Debian: apt-get install -y chromium) or set BEDSIDE_CHROMIUM.',
  );
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  // Generous: the tablets and CI machines are slow, and a walk through 12 steps is long.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: '../../test-results/e2e.json' }],
    ['html', { open: 'never', outputFolder: '../../playwright-report' }],
  ],
  outputDir: '../../test-results/e2e',
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: OFFLINE_FLAGS },
    trace: 'retain-on-failure',
  },
});
