/**
 * Reads a settings file's JSON object key by key, with a bound on nesting. A value
 * nested deeper than the bound (an unknown key 200,000 levels deep) is not parsed at
 * all: it comes back as `TOO_DEEP`, so it is set aside like any invalid field, and
 * no later write has to serialise it.
 */
export const MAX_SETTINGS_DEPTH = 32;

/** Stands for a value left unparsed; every schema refuses it. */
export const TOO_DEEP: unique symbol = Symbol('nested too deep');

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** The index just after the JSON string that starts at `start` (a '"'), or -1. */
function endOfString(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '"') return at + 1;
  }
  return -1;
}

/** The end of the value starting at `start`, and how deep it nests; -1 when it never ends. */
function scanValue(text: string, start: number): { end: number; depth: number } {
  let depth = 0;
  let deepest = 0;
  let at = start;
  while (at < text.length) {
    const char = text[at];
    if (char === '"') {
      at = endOfString(text, at);
      if (at < 0) return { end: -1, depth: deepest };
      if (depth === 0) return { end: at, depth: deepest };
      continue;
    }
    if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') {
      if (depth === 0) return { end: at, depth: deepest };
      if (--depth === 0) return { end: at + 1, depth: deepest };
    } else if (depth === 0 && char === ',') return { end: at, depth: deepest };
    at++;
  }
  return { end: depth === 0 ? at : -1, depth: deepest };
}

/**
 * The object `text` holds, each top-level value parsed on its own (or `TOO_DEEP`);
 * null when `text` is not one JSON object.
 */
export function parseBoundedObject(text: string, maxDepth = MAX_SETTINGS_DEPTH): Record<string, unknown> | null {
  let at = 0;
  const skip = () => {
    while (at < text.length && WHITESPACE.has(text.charAt(at))) at++;
  };
  skip();
  if (text[at] !== '{') return null;
  at++;
  const result: Record<string, unknown> = {};
  skip();
  if (text[at] === '}') {
    at++;
  } else {
    for (;;) {
      skip();
      if (text[at] !== '"') return null;
      const keyEnd = endOfString(text, at);
      if (keyEnd < 0) return null;
      let key: unknown;
      try {
        key = JSON.parse(text.slice(at, keyEnd));
      } catch {
        return null;
      }
      at = keyEnd;
      skip();
      if (text[at] !== ':') return null;
      at++;
      skip();
      const { end, depth } = scanValue(text, at);
      if (end < 0) return null;
      const raw = text.slice(at, end).trim();
      if (raw === '') return null;
      let value: unknown = TOO_DEEP;
      if (depth <= maxDepth) {
        try {
          value = JSON.parse(raw);
        } catch {
          return null;
        }
      }
      Object.defineProperty(result, key as string, { value, enumerable: true, writable: true, configurable: true });
      at = end;
      skip();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === '}') {
        at++;
        break;
      }
      return null;
    }
  }
  skip();
  return at === text.length ? result : null;
}
