/**
 * Where staff's USB drives are, for pack import and settings export.
 *
 * Linux desktops mount them under /media/<user>/<label>, /media/<label> or
 * /run/media/<user>/<label>: those parents are scanned. Windows gives each drive a
 * letter; the ones Windows itself reports as removable (Win32_LogicalDisk DriveType 2)
 * are listed as they are, so a fixed disk or a slow network share is never scanned.
 */
export const LINUX_DRIVE_PARENTS = ['/media', '/run/media'];

/** PowerShell's answer, one device id ("E:") a line. */
const WINDOWS_QUERY =
  "Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType=2' | ForEach-Object { $_.DeviceID }";

/** "E:\r\nF:\r\n" -> ["E:\\", "F:\\"]; anything that is not a drive letter is ignored. */
export function parseWindowsDrives(output: string): string[] {
  const drives = output
    .split(/\r?\n/)
    .map((line) => line.trim().toUpperCase())
    .filter((line) => /^[A-Z]:$/.test(line))
    .map((letter) => `${letter}\\`);
  return [...new Set(drives)];
}

export interface DriveFacts {
  platform: NodeJS.Platform;
  /** Runs a program and returns its output; throws when it fails or takes too long. */
  run: (file: string, args: string[]) => string;
  log: { warn(message: string): void };
}

/** Folders under which drives are mounted (Linux): scan their children. */
export function driveParents(platform: NodeJS.Platform): string[] {
  return platform === 'win32' ? [] : LINUX_DRIVE_PARENTS;
}

/** The roots of the removable drives themselves (Windows); none elsewhere. */
export function removableDriveRoots(facts: DriveFacts): string[] {
  if (facts.platform !== 'win32') return [];
  try {
    return parseWindowsDrives(
      facts.run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_QUERY]),
    );
  } catch {
    facts.log.warn('transfer: could not list removable drives (PowerShell did not answer)');
    return [];
  }
}

/** What pack import scans: Linux's mount parents, or Windows's drive roots. */
export function packDriveRoots(facts: DriveFacts): string[] {
  return facts.platform === 'win32' ? removableDriveRoots(facts) : driveParents(facts.platform);
}
