/**
 * Places a curious visitor, a crafted link or a compromised page might try to send the
 * kiosk to. None is on the app origin (app://bedside), so every one must be refused.
 */
export const HOSTILE_URLS = [
  'app://evil/index.html',
  'app://x@evil/',
  'app://bedside@evil/index.html',
  'app://bedside:secret@bedside/index.html',
  'app://bedside.evil/',
  'app://evil.bedside/',
  'app://bedside:8080/index.html',
  'app:///etc/passwd',
  'app://%65vil/',
  'app://bedside%40evil/',
  'app://bedside\t.evil/',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:app://bedside/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/cmd.exe',
  'file://localhost/etc/shadow',
  'http://localhost/',
  'http://localhost:9222/json',
  'ws://127.0.0.1:9222/devtools/browser',
  'http://127.0.0.1/',
  'http://[::1]/',
  'https://example.com/',
  'https://bedside/index.html',
  'http://bedside/index.html',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'view-source:app://bedside/index.html',
  'ftp://evil/',
  'mailto:someone@example.com',
  'tel:+15555550100',
  'app%3A%2F%2Fevil%2F',
  '%6A%61%76%61%73%63%72%69%70%74:alert(1)',
  '//evil.example/',
  '\\\\evil\\share\\index.html',
  '',
] as const;

/** Pages of the kiosk itself, which the guard must let through. */
export const OWN_URLS = [
  'app://bedside/index.html',
  'app://bedside/',
  'app://bedside/index.html#step-3',
  'app://bedside/pack/media/wash-hands.webm',
] as const;
