/**
 * How the panel reads a refused call: `forbidden` means the main process no longer
 * holds an admin session (Done elsewhere, idle reset, 5 minutes without input).
 */
export function isSessionGone(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'forbidden';
}

/** A refused call because the fleet policy sets that part (IT's content pack). */
export function isManaged(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'managed';
}
