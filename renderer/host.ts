/**
 * The renderer's only way to the main process: the `window.bedside` API that the
 * preload (or the browser test host) exposes. Nothing else touches `window.bedside`.
 *
 * Across contextBridge only data survives: an Error arrives with its message alone.
 * So the bridge answers every call with an envelope, and this file is the one place
 * that turns a refusal into a BedsideCallError the panel can read (code, issues).
 */
import type { BedsideApi, BridgeApi, ErrorCode, FieldIssue } from '../electron/ipc/contract';

declare global {
  interface Window {
    bedside?: BridgeApi;
  }
}

/** Thrown by host() calls when the main process refused a call. */
export class BedsideCallError extends Error {
  constructor(
    readonly method: string,
    readonly code: ErrorCode,
    readonly issues: FieldIssue[] = [],
  ) {
    super(`${method}: ${code}`);
    this.name = 'BedsideCallError';
  }
}

/** Thrown when the page runs without its host (opened as a plain file, for example). */
export class HostMissingError extends Error {
  constructor() {
    super('window.bedside is missing');
    this.name = 'HostMissingError';
  }
}

const ERROR_CODES: readonly ErrorCode[] = [
  'bad-channel',
  'bad-payload',
  'forbidden',
  'unavailable',
  'managed',
  'internal',
];

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

function issuesOf(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (issue): issue is FieldIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof (issue as FieldIssue).path === 'string' &&
      typeof (issue as FieldIssue).code === 'string',
  );
}

/** The value of a successful envelope; anything else becomes a BedsideCallError. */
export function openEnvelope(method: string, reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null) {
    const envelope = reply as { ok?: unknown; value?: unknown; error?: unknown };
    if (envelope.ok === true) return envelope.value;
    if (envelope.ok === false && typeof envelope.error === 'object' && envelope.error !== null) {
      const { code, issues } = envelope.error as { code?: unknown; issues?: unknown };
      const known = ERROR_CODES.find((candidate) => candidate === code);
      return Promise.reject(new BedsideCallError(method, known ?? 'internal', issuesOf(issues)));
    }
  }
  // Not an envelope: a host from another version, or a transport that lost the reply.
  return Promise.reject(new BedsideCallError(method, 'internal'));
}

/** Wraps the bridge: calls resolve with their value or reject with a BedsideCallError. */
export function apiOverBridge(bridge: BridgeApi): BedsideApi {
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(bridge)) {
    const member = (bridge as unknown as Record<string, unknown>)[method];
    if (typeof member !== 'function') continue;
    api[method] = (...args: unknown[]) => {
      const result: unknown = (member as (...values: unknown[]) => unknown)(...args);
      // Subscriptions hand back their stop function; calls hand back a promise of an envelope.
      if (!isThenable(result)) return result;
      return Promise.resolve(result).then((reply) => openEnvelope(method, reply));
    };
  }
  return Object.freeze(api) as unknown as BedsideApi;
}

const wrapped = new WeakMap<BridgeApi, BedsideApi>();

export function host(): BedsideApi {
  const bridge = window.bedside;
  if (!bridge) throw new HostMissingError();
  let api = wrapped.get(bridge);
  if (!api) {
    api = apiOverBridge(bridge);
    wrapped.set(bridge, api);
  }
  return api;
}

/** Reports a problem for IT's log; never fails the caller. */
export function reportProblem(...args: Parameters<BedsideApi['reportProblem']>): void {
  try {
    host()
      .reportProblem(...args)
      .catch(() => undefined);
  } catch {
    // No host: nothing to report to.
  }
}

/** Tells the main process the page reset itself after idling (it ends any staff session). */
export function reportIdleReset(): void {
  try {
    host()
      .reportIdleReset()
      .catch(() => undefined);
  } catch {
    // No host: nobody to tell.
  }
}
