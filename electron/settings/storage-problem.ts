/**
 * Why the settings cannot be written, in the words staff are shown: a full disk and a
 * read-only one need different calls to IT.
 */
import type { StorageProblem } from '../ipc/contract';

export type { StorageProblem };

export function storageProblemOf(error: unknown): StorageProblem {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'EROFS') return 'read-only';
  if (code === 'EPERM' || code === 'EACCES') return 'refused';
  return 'failed';
}
