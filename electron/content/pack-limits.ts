/**
 * Size limits of a content pack. They keep a kiosk's disk and memory safe from a
 * careless or hostile pack, and are documented in the README's Content packs section.
 */
const MB = 1024 * 1024;
const KB = 1024;

export const PACK_LIMITS = {
  /** manifest.json */
  manifestBytes: 256 * KB,
  /** One step video (WebM or MP4). */
  videoBytes: 50 * MB,
  /** One poster image. */
  posterBytes: 2 * MB,
  /** One WebVTT caption file. */
  captionBytes: 64 * KB,
  /** One locales/<lng>/<namespace>.json text override. */
  localeBytes: 256 * KB,
  /** Everything the pack holds, referenced or not. */
  packBytes: 500 * MB,
  /** Files (and folders) in the pack; a pack with thousands of entries is a mistake or an attack. */
  entries: 2000,
} as const;

/** Human-readable size for problem reports ("50 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= KB) return `${Math.round(bytes / KB)} KB`;
  return `${bytes} bytes`;
}
