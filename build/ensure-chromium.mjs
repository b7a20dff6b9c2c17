// Runs before `npm test`: the browser suites need a Chromium. Finds one, or installs
// Debian's when this is a Debian machine we may install on (root), or says what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.BEDSIDE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
if (candidates.some((candidate) => candidate && existsSync(candidate))) process.exit(0);

const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
if (canApt) {
  console.log('No Chromium found: installing Debian\'s chromium for the browser tests (apt-get).');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  process.exit(0);
}
console.log(
  'The browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set BEDSIDE_CHROMIUM to a Chromium binary, then run npm test again.',
);
process.exit(1);
