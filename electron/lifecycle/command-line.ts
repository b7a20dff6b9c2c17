/**
 * Chromium switches the kiosk needs before the app is ready.
 */
import type { CommandLine } from 'electron';

export const KIOSK_SWITCHES: ReadonlyArray<readonly [string, string]> = [
  // A two-finger swipe must not navigate back or forward (Windows and Linux touch screens).
  ['disable-features', 'OverscrollHistoryNavigation'],
  ['overscroll-history-navigation', '0'],
  // Chromium's own pinch-to-zoom; the page is pinned at 100 % anyway.
  ['disable-pinch', ''],
];

/** Switches whose value is a comma-separated list: IT's entries are kept, ours added. */
const LIST_SWITCHES = new Set(['disable-features', 'enable-features', 'disable-blink-features']);

/** `a,b` and `b,c` make `a,b,c`: nothing IT set is lost, nothing is listed twice. */
export function mergeList(existing: string, ours: string): string {
  const items = [...existing.split(','), ...ours.split(',')]
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)].join(',');
}

export function applyKioskSwitches(
  commandLine: Pick<CommandLine, 'appendSwitch' | 'hasSwitch' | 'getSwitchValue'>,
): void {
  for (const [name, value] of KIOSK_SWITCHES) {
    // Chromium keeps one value per switch, the last appended: appending ours alone would
    // throw away a --disable-features IT put on the shortcut (a GPU workaround, say).
    if (LIST_SWITCHES.has(name) && commandLine.hasSwitch(name)) {
      commandLine.appendSwitch(name, mergeList(commandLine.getSwitchValue(name), value));
    } else if (value) commandLine.appendSwitch(name, value);
    else commandLine.appendSwitch(name);
  }
}
