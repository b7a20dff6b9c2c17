/**
 * Starts loading the next step's loop while the current one plays, so Next shows it
 * without a blank frame. The loading element is never in the page (nothing for a
 * screen reader or a test to find); only the latest one is kept, so at most one
 * extra video is in memory. A file that fails here is reported when its step shows it.
 */
let preloading: HTMLVideoElement | null = null;

export function preloadVideo(url: string | undefined): void {
  if (preloading?.getAttribute('src') === url) return;
  preloading?.removeAttribute('src');
  preloading?.load(); // releases the previous one's buffers
  preloading = null;
  if (!url) return;
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  video.setAttribute('src', url);
  preloading = video;
}
