/**
 * Every lockdown rule of the kiosk, applied to each webContents Electron creates (the
 * kiosk window's and anything else: a stray frame host, a devtools host), and to the
 * kiosk's session.
 */
import type { App, Session, WebContents } from 'electron';
import type { Log } from '../log';
import { closeDevTools } from './devtools-guard';
import { clearHistoryAfterLoad } from './history-guard';
import { filterInput } from './input-filter';
import { guardNavigation } from './navigation-guard';
import { guardSession } from './permission-guard';
import { pinZoom } from './zoom-pin';

export interface LockdownOptions {
  origin: string;
  log: Log;
}

export function lockDownContents(contents: WebContents, options: LockdownOptions): void {
  guardNavigation(contents, options);
  filterInput(contents, options);
  pinZoom(contents, options);
  closeDevTools(contents, options);
  clearHistoryAfterLoad(contents);
}

/** Call before the first window exists, so no webContents is ever unguarded. */
export function lockDownEveryWebContents(app: Pick<App, 'on'>, options: LockdownOptions): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, options));
}

export function lockDownSession(session: Session, options: LockdownOptions): void {
  guardSession(session, options);
}
