import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createProtocolHandler,
  parseRange,
  safeSegments,
} from '../../../../electron/content/protocol-handler';

let root: string;
let handle: ReturnType<typeof createProtocolHandler>;
const video = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bedside-protocol-'));
  const renderer = path.join(root, 'renderer');
  const pack = path.join(root, 'pack');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await mkdir(path.join(pack, 'media'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(renderer, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(renderer, 'assets', 'notes.txt'), 'not served');
  await writeFile(path.join(root, 'secret.html'), 'outside the roots');
  await writeFile(path.join(pack, 'media', 'loop.webm'), video);
  await writeFile(path.join(pack, 'media', 'poster.webp'), 'RIFF....WEBP');
  await writeFile(path.join(pack, 'media', 'en.vtt'), 'WEBVTT');
  await writeFile(path.join(pack, 'media', 'empty.webm'), '');
  await symlink(path.join(root, 'secret.html'), path.join(renderer, 'link-out.html'));
  await symlink(path.join(renderer, 'index.html'), path.join(renderer, 'link-in.html'));
  handle = createProtocolHandler({ rendererRoot: renderer, packRoot: () => pack });
});

afterAll(() => rm(root, { recursive: true, force: true }));

const get = (url: string, init?: RequestInit) => handle(new Request(`app://bedside${url}`, init));

describe('app:// protocol handler', () => {
  it('serves index.html for the root, with the CSP and nosniff', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>x</title>');
  });

  it('allows only the app origin in the CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/pack/media/loop.webm', 'video/webm'],
    ['/pack/media/poster.webp', 'image/webp'],
    ['/pack/media/en.vtt', 'text/vtt; charset=utf-8'],
  ])('serves %s as %s', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses file types it does not know', async () => {
    expect((await get('/assets/notes.txt')).status).toBe(403);
  });

  it.each([
    '/../secret.html',
    '/assets/../../secret.html',
    '/%2e%2e/secret.html',
    '/%2E%2E%2Fsecret.html',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.html',
    '/..%5csecret.html',
    '/%2fetc%2fpasswd',
    '/pack/%2e%2e/renderer/index.html',
    '/pack/..%2f..%2fsecret.html',
    '/C:%5cWindows%5cwin.ini',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses traversal attempt %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the roots');
  });

  it('refuses a symlink that points out of its root, and follows one that stays inside', async () => {
    expect((await get('/link-out.html')).status).toBe(404);
    expect((await get('/link-in.html')).status).toBe(200);
  });

  it('answers 404 for missing files and for the pack root itself', async () => {
    expect((await get('/nope.js')).status).toBe(404);
    expect((await get('/pack/')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await get('/index.html', { method: 'DELETE' })).status).toBe(405);
  });

  it('answers HEAD with the length and no body', async () => {
    const response = await get('/pack/media/loop.webm', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('1000');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.body).toBeNull();
  });

  it('answers a byte range with 206 and exactly those bytes', async () => {
    const response = await get('/pack/media/loop.webm', { headers: { Range: 'bytes=100-199' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(response.headers.get('content-length')).toBe('100');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(video.subarray(100, 200));
  });

  it('answers open-ended and suffix ranges', async () => {
    const open = await get('/pack/media/loop.webm', { headers: { Range: 'bytes=990-' } });
    expect(open.headers.get('content-range')).toBe('bytes 990-999/1000');
    expect(Buffer.from(await open.arrayBuffer())).toEqual(video.subarray(990));
    const suffix = await get('/pack/media/loop.webm', { headers: { Range: 'bytes=-10' } });
    expect(suffix.headers.get('content-range')).toBe('bytes 990-999/1000');
  });

  it('answers 416 to a range past the end', async () => {
    const response = await get('/pack/media/loop.webm', { headers: { Range: 'bytes=5000-6000' } });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
  });

  it('serves an empty file as empty', async () => {
    const response = await get('/pack/media/empty.webm');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('0');
  });
});

describe('parseRange', () => {
  it.each([
    ['bytes=0-0', { start: 0, end: 0 }],
    ['bytes=0-', { start: 0, end: 99 }],
    ['bytes=50-500', { start: 50, end: 99 }],
    ['bytes=-1', { start: 99, end: 99 }],
    ['bytes=-500', { start: 0, end: 99 }],
  ])('%s of 100 bytes', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });

  it.each(['bytes=100-', 'bytes=-', 'bytes=-0', 'bytes=20-10'])('%s is unsatisfiable', (header) => {
    expect(parseRange(header, 100)).toBe('invalid');
  });

  it('ignores forms it does not support (the whole file is sent)', () => {
    expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
    expect(parseRange('items=0-1', 100)).toBeNull();
  });
});

describe('safeSegments', () => {
  it('decodes segments and keeps ordinary names', () => {
    expect(safeSegments('/media/step%201.webm')).toEqual(['media', 'step 1.webm']);
  });
  it.each(['/..', '/a/./b', '/%2e%2e', '/a%2fb', '/a%5cb', '/%00', '/c:', '/%ZZ'])('rejects %s', (value) => {
    expect(safeSegments(value)).toBeNull();
  });
});
