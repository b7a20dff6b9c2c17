/**
 * Closes the developer tools the moment anything opens them (devTools is already off in
 * the window's preferences; this is the second lock).
 */
import type { WebContents } from 'electron';
import type { Log } from '../log';

export function closeDevTools(
  contents: Pick<WebContents, 'on' | 'closeDevTools'>,
  options: { log: Log },
): void {
  contents.on('devtools-opened', () => {
    contents.closeDevTools();
    options.log.warn('lockdown: closed the developer tools');
  });
}
