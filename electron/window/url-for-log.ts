/**
 * A refused URL as it goes into IT's log: scheme and host only, never a path or query
 * (a hostile page could put anything there, and the log must stay free of personal data).
 */
export function urlForLog(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol;
  } catch {
    return 'an unparsable URL';
  }
}
