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

export function applyKioskSwitches(commandLine: Pick<CommandLine, 'appendSwitch'>): void {
  for (const [name, value] of KIOSK_SWITCHES) {
    if (value) commandLine.appendSwitch(name, value);
    else commandLine.appendSwitch(name);
  }
}
