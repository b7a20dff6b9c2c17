/**
 * Who may use the admin panel right now: the PIN check with its back-off, and the
 * admin session, held here in the main process. The renderer never decides it is
 * unlocked; every admin channel asks `requireSession()` first.
 *
 * The session ends on "Done", on the kiosk's idle reset, or after 5 minutes without
 * staff input. The PIN itself is dropped as soon as it is checked or hashed.
 */
import type { AdminStatus, PanelLock, SetPinResult, UnlockResult } from '../ipc/contract';
import type { Log } from '../log';
import type { SecretHash } from '../settings/secret-hash';
import { hashSecret, verifySecret } from '../settings/secret-hash';
import type { SettingsStore } from '../settings/settings-store';
import { HandlerRefusal } from '../ipc/router';
import { afterFailure, lockedUntil, MAX_LOCK_MS, NO_LOCKOUT } from './pin-lockout';
import { pinProblem } from './pin-rules';

export const SESSION_IDLE_MS = 5 * 60_000;

export type SessionEndReason = 'done' | 'idle-reset' | 'reload' | 'timeout' | 'pin-reset';


export interface AdminAccessOptions {
  settings: SettingsStore;
  log: Log;
  now?: () => number;
  /** Why the panel may not open at all (a malformed fleet policy), or null. */
  panelLock?: () => PanelLock | null;
  hash?: (secret: string) => Promise<SecretHash>;
  verify?: (secret: string, stored: unknown) => Promise<boolean>;
  setTimer?: (run: () => void, ms: number) => { cancel(): void };
}

export function createAdminAccess(options: AdminAccessOptions) {
  const { settings, log } = options;
  const now = options.now ?? Date.now;
  const hash = options.hash ?? hashSecret;
  const verify = options.verify ?? verifySecret;
  const policyLock = options.panelLock ?? (() => null);
  // A PIN record that exists but cannot be read locks the panel like a broken policy:
  // "no PIN" would hand the panel to whoever touches the kiosk first.
  const panelLock = (): PanelLock | null =>
    policyLock() ?? (settings.readAdmin().adminPinUnreadable ? 'pin-unreadable' : null);
  const setTimer =
    options.setTimer ??
    ((run: () => void, ms: number) => {
      const timer = setTimeout(run, ms);
      timer.unref?.();
      return { cancel: () => clearTimeout(timer) };
    });

  let session: { lastInput: number } | null = null;
  let expiry: { cancel(): void } | null = null;
  const endListeners = new Set<(reason: SessionEndReason) => void>();
  // PIN checks run one at a time, so two quick taps cannot both get a free attempt.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  function scheduleExpiry(): void {
    expiry?.cancel();
    expiry = setTimer(() => {
      if (session && now() - session.lastInput >= SESSION_IDLE_MS) end('timeout');
      else if (session) scheduleExpiry();
    }, SESSION_IDLE_MS);
  }

  function open(): void {
    session = { lastInput: now() };
    scheduleExpiry();
    log.info('admin: session opened');
  }

  function end(reason: SessionEndReason): void {
    expiry?.cancel();
    expiry = null;
    if (!session) return;
    session = null;
    log.info(`admin: session ended (${reason})`);
    for (const listener of endListeners) listener(reason);
  }

  function isOpen(): boolean {
    if (session && now() - session.lastInput >= SESSION_IDLE_MS) end('timeout');
    return session !== null;
  }

  /** Staff touched the panel: the 5 minutes start again. */
  function touch(): boolean {
    if (!isOpen() || !session) return false;
    session.lastInput = now();
    return true;
  }

  /** For admin channels: refuses the call unless a session is open (and counts it as input). */
  function requireSession(): void {
    if (panelLock() !== null || !touch()) throw new HandlerRefusal('forbidden');
  }

  function lockout() {
    const state = settings.readAdmin().adminLockout ?? NO_LOCKOUT;
    // A lock further ahead than the longest back-off means the clock went back: cut it.
    if (state.lockedUntil !== null && state.lockedUntil > now() + MAX_LOCK_MS) {
      const fixed = { ...state, lockedUntil: now() + MAX_LOCK_MS };
      settings.writeAdmin({ adminLockout: fixed });
      return fixed;
    }
    return state;
  }

  function status(): AdminStatus {
    const admin = settings.readAdmin();
    const state = lockout();
    return {
      pinSet: Boolean(admin.adminPin),
      session: isOpen(),
      failures: state.failures,
      retryAt: lockedUntil(state, now()),
      panelLock: panelLock(),
    };
  }

  type PinCheck =
    | { ok: true }
    | { ok: false; reason: 'panel-locked' | 'no-pin' }
    | { ok: false; reason: 'locked'; retryAt: number }
    | { ok: false; reason: 'wrong'; failures: number; retryAt: number | null };

  /** Checks a PIN under the one back-off every PIN pad shares; call inside `serial`. */
  async function checkPin(pin: string): Promise<PinCheck> {
    if (panelLock() !== null) return { ok: false, reason: 'panel-locked' };
    const stored = settings.readAdmin().adminPin;
    if (!stored) return { ok: false, reason: 'no-pin' };
    const state = lockout();
    const until = lockedUntil(state, now());
    if (until !== null) return { ok: false, reason: 'locked', retryAt: until };
    // A guessing run is counted before checking, so pulling the plug mid-check gives no
    // free attempt; from a clean record nothing is written for a right PIN, so the
    // file's times do not date each use (the teaching pad checks the PIN too).
    if (state.failures > 0) settings.writeAdmin({ adminLockout: afterFailure(state, now()) });
    if (await verify(pin, stored)) {
      if (state.failures > 0) settings.writeAdmin({ adminLockout: NO_LOCKOUT });
      return { ok: true };
    }
    // The back-off runs from the answer, however long a busy machine took to check.
    const settled = afterFailure(state, now());
    settings.writeAdmin({ adminLockout: settled });
    log.warn(`admin: wrong PIN (${settled.failures} in a row)`);
    return { ok: false, reason: 'wrong', failures: settled.failures, retryAt: lockedUntil(settled, now()) };
  }

  function unlock(pin: string): Promise<UnlockResult> {
    return serial(async () => {
      const result = await checkPin(pin);
      if (result.ok) open();
      return result;
    });
  }

  /**
   * Teaching mode opens with the staff PIN too. It opens no admin session, and a wrong
   * PIN counts against the same back-off as the panel's pad, so the teaching pad is no
   * second way to guess the PIN. Entries that cannot be a PIN (6 to 8 digits) are not
   * checked or counted here: they are the teaching code's to judge.
   */
  function verifyPinForTeaching(pin: string): Promise<boolean> {
    if (!/^\d{6,8}$/.test(pin)) return Promise.resolve(false);
    return serial(async () => (await checkPin(pin)).ok);
  }

  /** First run only: there is no default PIN, staff choose one. */
  function setFirstPin(pin: string): Promise<SetPinResult> {
    return serial(async () => {
      if (panelLock() !== null) return { ok: false, reason: 'panel-locked' } as const;
      if (settings.readAdmin().adminPin) return { ok: false, reason: 'already-set' } as const;
      const problem = pinProblem(pin);
      if (problem) return { ok: false, reason: problem } as const;
      settings.writeAdmin({ adminPin: await hash(pin), adminLockout: NO_LOCKOUT });
      log.info('admin: PIN set');
      open();
      return { ok: true } as const;
    });
  }

  /** From an open session: staff choose a new PIN. */
  function changePin(pin: string): Promise<SetPinResult> {
    return serial(async () => {
      requireSession();
      const problem = pinProblem(pin);
      if (problem) return { ok: false, reason: problem } as const;
      settings.writeAdmin({ adminPin: await hash(pin), adminLockout: NO_LOCKOUT });
      log.info('admin: PIN changed');
      return { ok: true } as const;
    });
  }

  /** Applies the fleet policy's `resetPin` once per new value. */
  function applyPolicyReset(resetPin: string | null): void {
    if (resetPin === null || settings.readAdmin().policyPinReset === resetPin) return;
    settings.writeAdmin({ adminPin: null, adminPinUnreadable: false, adminLockout: NO_LOCKOUT, policyPinReset: resetPin });
    end('pin-reset');
    log.warn('admin: the PIN was reset by the fleet policy; staff will be asked to choose a new one');
  }

  function onSessionEnd(listener: (reason: SessionEndReason) => void): () => void {
    endListeners.add(listener);
    return () => endListeners.delete(listener);
  }

  return { status, unlock, verifyPinForTeaching, setFirstPin, changePin, touch, requireSession, end, isOpen, applyPolicyReset, onSessionEnd };
}

export type AdminAccess = ReturnType<typeof createAdminAccess>;
