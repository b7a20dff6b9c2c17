/**
 * How the panel reads a refused call. Only a BedsideCallError (made by renderer/host.ts
 * from the bridge's envelope) carries a code: an Error that crossed contextBridge has
 * lost its own properties, so nothing else is trusted to mean "refused".
 */
import { BedsideCallError } from '../host';

/** `forbidden`: the main process no longer holds an admin session (Done elsewhere, idle reset, 5 minutes without input). */
export function isSessionGone(error: unknown): boolean {
  return error instanceof BedsideCallError && error.code === 'forbidden';
}

/** A refused call because the fleet policy sets that part (IT's content pack). */
export function isManaged(error: unknown): boolean {
  return error instanceof BedsideCallError && error.code === 'managed';
}
