/**
 * Pins the page at 100 %: no pinch zoom, and any zoom that still happens (Ctrl+wheel,
 * a zoom key that slipped through) is put back at once.
 */
import type { WebContents } from 'electron';
import type { Log } from '../log';

export type ZoomableContents = Pick<
  WebContents,
  'on' | 'setVisualZoomLevelLimits' | 'setZoomLevel' | 'getZoomLevel'
>;

export function pinZoom(contents: ZoomableContents, options: { log: Log }): void {
  const pin = () => {
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
    contents.setZoomLevel(0);
  };
  pin();
  // Chromium forgets the visual zoom limits when a new document loads.
  contents.on('did-finish-load', pin);
  contents.on('zoom-changed', () => {
    options.log.warn('lockdown: reset a zoom attempt');
    contents.setZoomLevel(0);
  });
}
