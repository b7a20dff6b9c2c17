/**
 * Small stand-ins for the Electron objects the lockdown and lifecycle modules take.
 * Each records what the module did to it; `emit` replays what Electron would send.
 */
import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { createMemoryLog } from '../../../electron/log';

/** An event a listener may cancel, as Electron passes them. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  zoomLevel = 0;
  visualZoomLimits: [number, number] | null = null;
  devToolsOpen = false;
  historyCleared = 0;
  loadedUrls: string[] = [];
  crashedByUs = 0;
  destroyed = false;
  loadResult: Promise<void> = Promise.resolve();

  readonly navigationHistory = { clear: () => void this.historyCleared++ };

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.visualZoomLimits = [min, max];
    return Promise.resolve();
  }
  setZoomLevel(level: number): void {
    this.zoomLevel = level;
  }
  getZoomLevel(): number {
    return this.zoomLevel;
  }
  closeDevTools(): void {
    this.devToolsOpen = false;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return this.loadResult;
  }
  forcefullyCrashRenderer(): void {
    this.crashedByUs++;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  asElectron(): WebContents {
    return this as unknown as WebContents;
  }
}

type PermissionRequest = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;

export class FakeSession extends EventEmitter {
  permissionRequestHandler: PermissionRequest | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  spellChecker = true;

  setPermissionRequestHandler(handler: PermissionRequest): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
  asElectron(): Session {
    return this as unknown as Session;
  }
}

export class FakeApp extends EventEmitter {
  lockAvailable = true;
  relaunched = 0;
  exitCodes: number[] = [];
  switches: Array<[string, string | undefined]> = [];
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => void this.switches.push([name, value]),
    hasSwitch: (name: string) => this.switches.some(([known]) => known === name),
    // Chromium's rule: the last value appended for a switch is the one it reads.
    getSwitchValue: (name: string) =>
      this.switches.findLast(([known]) => known === name)?.[1] ?? '',
  };

  requestSingleInstanceLock(): boolean {
    return this.lockAvailable;
  }
  relaunch(): void {
    this.relaunched++;
  }
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
  asElectron(): App {
    return this as unknown as App;
  }
}

/** A download item as the session's will-download event hands it over. */
export class FakeDownloadItem {
  cancelled = false;
  cancel(): void {
    this.cancelled = true;
  }
}

export function fakeLog() {
  return createMemoryLog();
}
