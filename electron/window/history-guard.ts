/**
 * Forgets the navigation history after every load, so nothing (a back gesture, a
 * stray history.back()) can lead away from the page the kiosk shows.
 */
import type { WebContents } from 'electron';

export function clearHistoryAfterLoad(
  contents: Pick<WebContents, 'on' | 'navigationHistory'>,
): void {
  contents.on('did-finish-load', () => contents.navigationHistory.clear());
}
