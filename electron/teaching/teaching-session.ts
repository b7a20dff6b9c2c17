/**
 * The teaching session, held by the main process: the renderer asks, this decides.
 *
 * Staff open it with the ward teaching code or their PIN; wrong codes back off like
 * the PIN. It ends on "Done", when staff leave, on the idle reset and when the
 * window reloads. Nothing about the patient passes through here: teach-back answers
 * stay in the renderer's memory.
 */
import type { TeachingStartResult, TeachingStatus } from '../ipc/contract';
import type { Log } from '../log';
import type { FailureBackoff } from './failure-backoff';
import { teachingOptionsOf, type TeachingSettings } from './teaching-settings';

export type TeachingEndReason = 'done' | 'staff-left' | 'idle-reset' | 'reload';

export interface TeachingSessionDeps {
  settings: () => TeachingSettings;
  verifySecret: (secret: string, stored: unknown) => Promise<boolean>;
  /** The staff PIN check, once the admin panel provides one. */
  verifyStaffPin?: (pin: string) => Promise<boolean>;
  /** Whether staff have chosen a PIN yet (no PIN and no code: the pad says nothing is set). */
  staffPinSet?: () => boolean;
  backoff: FailureBackoff;
  log: Log;
}

export function createTeachingSession(deps: TeachingSessionDeps) {
  let active = false;
  const listeners = new Set<(status: TeachingStatus) => void>();
  // One attempt at a time, so parallel guesses cannot slip past the back-off.
  let queue: Promise<unknown> = Promise.resolve();

  function status(): TeachingStatus {
    return active
      ? { active: true, config: teachingOptionsOf(deps.settings()) }
      : { active: false };
  }

  function emit(): void {
    const current = status();
    for (const listener of listeners) listener(current);
  }

  async function attempt(code: string): Promise<TeachingStartResult> {
    const wait = deps.backoff.waitMs();
    if (wait > 0) return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil(wait / 1000) };
    const { codeHash } = deps.settings();
    const pinSet = Boolean(deps.verifyStaffPin) && (deps.staffPinSet?.() ?? true);
    if (!codeHash && !pinSet) return { ok: false, reason: 'not-set' };
    const check = deps.backoff.begin();
    const byCode = codeHash ? await deps.verifySecret(code, codeHash) : false;
    const byPin = !byCode && pinSet && deps.verifyStaffPin ? await deps.verifyStaffPin(code) : false;
    if (!byCode && !byPin) {
      check.failed();
      deps.log.warn('teaching: wrong code');
      const locked = deps.backoff.waitMs();
      return locked > 0
        ? { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil(locked / 1000) }
        : { ok: false, reason: 'wrong-code' };
    }
    check.succeeded();
    active = true;
    deps.log.info(`teaching: session started (${byCode ? 'teaching code' : 'staff PIN'})`);
    emit();
    return { ok: true, config: teachingOptionsOf(deps.settings()) };
  }

  return {
    start(code: string): Promise<TeachingStartResult> {
      const result = queue.then(() => attempt(code));
      queue = result.catch(() => undefined);
      return result;
    },
    end(reason: TeachingEndReason): void {
      if (!active) return;
      active = false;
      deps.log.info(`teaching: session ended (${reason})`);
      emit();
    },
    isActive: () => active,
    status,
    /** Returns a function that stops listening. */
    onChange(listener: (status: TeachingStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type TeachingSession = ReturnType<typeof createTeachingSession>;
