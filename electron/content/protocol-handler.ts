/**
 * Serves the kiosk's own files: the renderer build and the active content pack.
 *
 * A pure `(Request) => Promise<Response>` function. Electron mounts it with
 * `protocol.handle('app', ...)`; the browser test host mounts the same function
 * behind a loopback HTTP server. It sets the Content-Security-Policy, answers HTTP
 * Range requests (video seeking and looping need them) and refuses any path that
 * leaves its roots: `..`, absolute or encoded traversal, and symlinks pointing out.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { packNameProblem } from './pack-path-rule';
import { Readable } from 'node:stream';
import { MIME_TYPES } from './mime-types';

/** The only sources the app's pages may use: its own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** URL path prefix under which the active content pack is served. */
export const PACK_PREFIX = '/pack/';

export interface ProtocolHandlerOptions {
  /** Folder of the built renderer (index.html and assets). */
  rendererRoot: string;
  /** Folder of the active content pack; asked per request so a pack switch applies at once. */
  packRoot: () => string;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Turns a URL path into path segments, or null when it could leave its root.
 * Segments are decoded one by one, so `%2e%2e` and `%2f` cannot smuggle a traversal.
 */
export function safeSegments(urlPath: string): string[] | null {
  const segments: string[] = [];
  for (const raw of urlPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // The pack validator's own rule, so what it accepts is what is served.
    if (packNameProblem(segment) !== null || path.isAbsolute(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/** Resolves a file inside `root`, following symlinks only when they stay inside it. */
async function resolveInside(root: string, segments: string[]): Promise<string | null> {
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(root);
    realFile = await realpath(path.join(realRoot, ...segments));
  } catch {
    return null;
  }
  const relative = path.relative(realRoot, realFile);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return realFile;
}

interface ByteRange {
  start: number;
  end: number;
}

/** Parses a single-range `Range: bytes=...` header; 'invalid' means 416. */
export function parseRange(header: string, size: number): ByteRange | 'invalid' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null; // unsupported form (e.g. several ranges): answer with the whole file
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'invalid';
  let start: number;
  let end: number;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}

export function createProtocolHandler(options: ProtocolHandlerOptions) {
  return async function handle(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed');
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    // Percent-encoded slashes and backslashes are checked per segment in safeSegments.
    const rawPath = url.pathname;
    let root = options.rendererRoot;
    let subPath = rawPath;
    if (rawPath.startsWith(PACK_PREFIX)) {
      root = options.packRoot();
      subPath = rawPath.slice(PACK_PREFIX.length);
    }
    const segments = safeSegments(subPath);
    if (segments === null) return plain(403, 'Forbidden');
    if (segments.length === 0 && root === options.rendererRoot) segments.push('index.html');

    const file = await resolveInside(root, segments);
    if (file === null) return plain(404, 'Not found');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return plain(404, 'Not found');

    const contentType = MIME_TYPES[path.extname(file).toLowerCase()];
    if (!contentType) return plain(403, 'Forbidden');

    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': contentType,
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-cache',
    };
    const rangeHeader = request.headers.get('range');
    const range = rangeHeader ? parseRange(rangeHeader, info.size) : null;
    if (range === 'invalid') {
      return new Response(null, {
        status: 416,
        headers: { ...headers, 'Content-Range': `bytes */${info.size}` },
      });
    }
    const { start, end } = range ?? { start: 0, end: info.size - 1 };
    const length = info.size === 0 ? 0 : end - start + 1;
    headers['Content-Length'] = String(length);
    if (range) headers['Content-Range'] = `bytes ${start}-${end}/${info.size}`;
    const status = range ? 206 : 200;

    if (request.method === 'HEAD' || length === 0) {
      return new Response(null, { status, headers });
    }
    const stream = Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream;
    return new Response(stream, { status, headers });
  };
}

export type ProtocolHandler = ReturnType<typeof createProtocolHandler>;
