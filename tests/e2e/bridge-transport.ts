/**
 * The browser host's copy of Electron's two transports, no kinder than the real ones,
 * so a page that works here cannot rely on something Electron would drop:
 *
 * - ipcRenderer.invoke (preload <-> main): arguments and replies are structured-cloned.
 *   Functions, promises and symbols cannot be sent (the call fails); class instances
 *   arrive as plain objects; an Error thrown by a handler arrives as a new Error whose
 *   message names the channel.
 * - contextBridge.exposeInMainWorld (preload world <-> page world): values are copied.
 *   Functions are proxied (own properties and prototype dropped); a promise is proxied
 *   only as a return value or an exact argument; an Error keeps its message only (name,
 *   code, issues and any other own property are lost); objects keep their own
 *   enumerable values but not their prototype; symbols are dropped; cloneable types
 *   (Date, RegExp, Map, Set, ArrayBuffer, typed arrays) are structured-cloned.
 *
 * Both sides run in the page here (the host's preload has no isolated world), so the
 * copy is made by code: it is what separates the two worlds.
 */

/** What ipcRenderer.invoke sends or receives: a structured clone, or a failed call. */
export function cloneForIpc<T>(value: T): T {
  return structuredClone(value);
}

/** The rejection the page sees when a main-process handler throws (Electron's wording). */
export function remoteMethodError(channel: string, error: unknown): Error {
  const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new Error(`Error invoking remote method '${channel}': ${shown}`);
}

const CLONEABLE: ReadonlyArray<abstract new (...args: never[]) => unknown> = [
  Date,
  RegExp,
  Map,
  Set,
  ArrayBuffer,
  DataView,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
];

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** The copy of an Error on the far side of contextBridge: the message, nothing else. */
function copyError(error: Error): Error {
  return new Error(error.message);
}

/** A thrown value as it arrives across the bridge. */
function copyThrown(thrown: unknown): unknown {
  return thrown instanceof Error ? copyError(thrown) : copyValue(thrown, new WeakMap(), false);
}

function copyFunction(fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  // A fresh function: the original's own properties and prototype stay behind.
  return (...args: unknown[]) => {
    const copiedArgs = args.map((arg) => copyValue(arg, new WeakMap(), true));
    let result: unknown;
    try {
      result = fn(...copiedArgs);
    } catch (thrown) {
      throw copyThrown(thrown);
    }
    return copyValue(result, new WeakMap(), true);
  };
}

function copyValue(value: unknown, seen: WeakMap<object, unknown>, exact: boolean): unknown {
  if (value === null || value === undefined) return value;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
      return value;
    case 'symbol':
      return undefined;
    case 'function':
      return copyFunction(value as (...args: unknown[]) => unknown);
    default:
      break;
  }
  const object = value as object;
  if (isThenable(object)) {
    // Only a promise that is itself the return value or an argument is proxied.
    if (!exact) return {};
    return new Promise((resolve, reject) => {
      (object as PromiseLike<unknown>).then(
        (resolved) => resolve(copyValue(resolved, new WeakMap(), false)),
        (rejected: unknown) => reject(copyThrown(rejected)),
      );
    });
  }
  if (object instanceof Error) return copyError(object);
  if (CLONEABLE.some((type) => object instanceof type)) return structuredClone(object);
  if (seen.has(object)) return seen.get(object);
  if (Array.isArray(object)) {
    const copy: unknown[] = [];
    seen.set(object, copy);
    for (const item of object) copy.push(copyValue(item, seen, false));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  seen.set(object, copy);
  for (const key of Object.keys(object)) {
    const item = (object as Record<string, unknown>)[key];
    if (typeof item === 'symbol') continue;
    copy[key] = copyValue(item, seen, false);
  }
  return copy;
}

/** What the page receives from contextBridge.exposeInMainWorld(key, api). */
export function exposeAcrossBridge<T>(api: T): T {
  const copy = copyValue(api, new WeakMap(), true);
  return (typeof copy === 'object' && copy !== null ? Object.freeze(copy) : copy) as T;
}
