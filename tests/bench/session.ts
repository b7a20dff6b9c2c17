/**
 * One benchmark session: the system Chromium, the browser test host serving a copy of
 * the production build, and the static baseline pages served beside it from the same
 * origin, by the same protocol handler, so every ratio compares like with like.
 */
import { build } from 'esbuild';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { STEP_IDS } from '../../electron/ipc/contract';
import type { Settings } from '../../electron/settings/settings-schema';
import { findChromium, OFFLINE_FLAGS } from '../e2e/chromium-path';
import { PROJECT_ROOT, startHost, type Host } from '../e2e/host';
import type { Probe } from './page-probe';

declare global {
  interface Window {
    __bench: Probe;
  }
}

export const DIST = path.join(PROJECT_ROOT, 'dist/renderer');
export const LOCALES_DIR = path.join(PROJECT_ROOT, 'locales');

export const SMALL = { width: 1280, height: 800 };
export const FULL_HD = { width: 1920, height: 1080 };

/** A ward set up as in use: every shipped language offered, contacts on the help bar. */
export function benchSettings(languages: string[]): Partial<Settings> {
  return {
    wardName: 'Maternity 4',
    languages,
    contacts: [
      { id: 'nurse', name: 'Ana Ruiz', role: 'nurse', phone: '555 0100', extension: '214' },
      { id: 'lactation', name: 'Sam Okafor', role: 'lactation', phone: '555 0142' },
    ],
    // The bench runs at any hour: no night shade over the screens it measures.
    nightStart: '00:00',
    nightEnd: '00:00',
  };
}

/** Shipped locales: every folder under locales/ with a meta.json, English first. */
export async function shippedLocales(): Promise<string[]> {
  const entries = await readdir(LOCALES_DIR, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    try {
      await readFile(path.join(LOCALES_DIR, entry.name, 'meta.json'));
      found.push(entry.name);
    } catch {
      // not a locale
    }
  }
  return found.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

export async function readLocale(
  language: string,
  namespace: string,
): Promise<Record<string, unknown>> {
  const file = path.join(LOCALES_DIR, language, `${namespace}.json`);
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
}

/** Reads a dotted key from a locale file, falling back to English as the app does. */
export async function localeText(
  language: string,
  namespace: string,
  key: string,
): Promise<string> {
  const lookup = (bundle: Record<string, unknown>) =>
    key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown> | undefined)?.[part],
        bundle,
      );
  const value =
    lookup(await readLocale(language, namespace)) ?? lookup(await readLocale('en', namespace));
  if (typeof value !== 'string') throw new Error(`no text for ${language}:${namespace}:${key}`);
  return value;
}

let probeBundle: Promise<string> | null = null;
function probeScript(): Promise<string> {
  probeBundle ??= build({
    entryPoints: [path.join(PROJECT_ROOT, 'tests/bench/page-probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return probeBundle;
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Every URL the page asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface Session {
  browser: Browser;
  host: Host;
  locales: string[];
  /** A fresh context (no cache, like the kiosk's in-memory session) with the host attached. */
  open(viewport: { width: number; height: number }, pagePath?: string): Promise<BenchPage>;
  /** Writes a file beside the build, served from the app's origin. */
  serve(name: string, content: string): Promise<string>;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: apt-get install -y chromium, or set BEDSIDE_CHROMIUM.');
  const root = await mkdtemp(path.join(tmpdir(), 'bedside-bench-'));
  await cp(DIST, root, { recursive: true });
  const locales = await shippedLocales();
  const host = await startHost({ rendererRoot: root, settings: benchSettings(locales) });
  const browser = await chromium.launch({ executablePath, args: OFFLINE_FLAGS, headless: true });
  const probe = await probeScript();

  return {
    browser,
    host,
    locales,
    async open(viewport, pagePath = 'index.html') {
      const context = await browser.newContext({ viewport });
      await host.attach(context);
      await context.addInitScript({ content: probe });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      const cdp = await context.newCDPSession(page);
      await page.goto(`${host.origin}/${pagePath}`);
      return { context, page, cdp, requests, close: () => context.close() };
    },
    async serve(name, content) {
      await writeFile(path.join(root, name), content);
      return name;
    },
    async close() {
      await browser.close();
      await host.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The guide as a parent starts it: welcome, overview, then step 1 with its video playing. */
export async function openFirstStep(page: Page): Promise<void> {
  await page.locator('.app[data-screen="welcome"]').waitFor();
  await page.locator('.button-start').click();
  await page.locator('.app[data-screen="overview"] .card .button-primary').click();
  await page.locator(`[data-step="${STEP_IDS[0]}"]`).waitFor();
  await page.evaluate(() => window.__bench.videoPlaying());
}

/** Markup of what the page shows now, without its scripts: the static-page limit. */
export async function staticSnapshot(
  page: Page,
  body: { attributes?: string; script?: string } = {},
): Promise<string> {
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  let out = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  if (body.attributes) out = out.replace('<body', `<body ${body.attributes}`);
  if (body.script) out = out.replace('</body>', `<script src="${body.script}"></script></body>`);
  return `<!doctype html>\n${out}`;
}
