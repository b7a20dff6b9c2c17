/**
 * Keeps a webContents on the app origin: navigations, frame navigations and redirects
 * anywhere else are cancelled, new windows are always denied and <webview> never attaches.
 */
import type { WebContents } from 'electron';
import { isOnOrigin } from '../ipc/sender-check';
import type { Log } from '../log';
import { urlForLog } from './url-for-log';

/** The events and methods this guard uses; a real WebContents has them all. */
export type NavigableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

interface CancellableNavigation {
  url: string;
  preventDefault(): void;
}

export function guardNavigation(
  contents: NavigableContents,
  options: { origin: string; log: Log },
): void {
  const { origin, log } = options;
  const refuseOffOrigin = (kind: string) => (event: CancellableNavigation) => {
    if (isOnOrigin(event.url, origin)) return;
    event.preventDefault();
    log.warn(`lockdown: refused ${kind} to ${urlForLog(event.url)}`);
  };
  contents.on('will-navigate', refuseOffOrigin('navigation'));
  contents.on('will-frame-navigate', refuseOffOrigin('frame navigation'));
  contents.on('will-redirect', refuseOffOrigin('redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`lockdown: refused new window for ${urlForLog(url)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('lockdown: refused a <webview>');
  });
}
