/**
 * The one rule for a name inside a content pack (each folder or file name of a path),
 * used by the manifest schema and by the app:// protocol handler, so a pack the
 * validator accepts never names a file the kiosk then refuses to serve.
 *
 * Refused: empty, "." and "..", separators, a drive colon, control and invisible
 * characters, and a name that starts or ends with a space or ends with a dot (Windows
 * and many USB drives cannot store those, so the same pack would differ by machine).
 */
import { hasHiddenCharacters } from '../ipc/contract';

export function packNameProblem(name: string): string | null {
  if (name === '' || name === '.' || name === '..') return 'has an empty, "." or ".." folder or file name';
  if (/[/\\:\0]/.test(name)) return 'has a "/", "\\" or ":" inside a folder or file name';
  if (/\p{Cc}/u.test(name) || hasHiddenCharacters(name)) return 'contains control or invisible characters';
  if (/^\s|\s$/u.test(name)) return 'has a folder or file name that starts or ends with a space';
  if (name.endsWith('.')) return 'has a folder or file name that ends with a dot';
  return null;
}
