// The static security gate of `npm test`: Electronegativity over electron/ and renderer/.
//
// Its CLI always exits 0, so it runs here as a library and this script decides: any
// finding of medium severity or above fails the gate, unless the line it points at
// carries `eng-disable CHECK_ID -- reason` (Electronegativity's own in-place marker, with
// the reason this gate requires). The online check (available security fixes, which
// asks the internet about Electron releases) is excluded; the kiosk is tested offline.
import run from '@doyensec/electronegativity';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['electron', 'renderer'];
const SOURCE = /\.(ts|tsx|html)$/;
const SERIOUS = new Set(['MEDIUM', 'HIGH']);
const JUSTIFIED = /eng-disable\s+[\w \t]+--\s*\S.{9,}/;
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const electronVersion = pkg.devDependencies.electron;

// One folder with both trees, so the global checks (navigation limits, permission
// handler, CSP) see the whole app at once; the content pack's media is left out.
const staging = await mkdtemp(path.join(tmpdir(), 'bedside-security-gate-'));
try {
  for (const dir of SCANNED) {
    await cp(path.join(root, dir), path.join(staging, dir), {
      recursive: true,
      filter: (source) =>
        !source.includes(`${path.sep}content${path.sep}default`) &&
        (!path.extname(source) || SOURCE.test(source)),
    });
  }

  const scan = run.default ?? run;
  // Electronegativity prints one line when it cannot fetch its own translations offline.
  const log = console.log;
  console.log = () => {};
  let result;
  try {
    result = await scan({
      input: staging,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: electronVersion,
      isRelative: true,
    });
  } finally {
    console.log = log;
  }

  const parseErrors = result.errors.filter((error) => !error.tolerable);
  const serious = result.issues.filter((issue) => SERIOUS.has(issue.severity.name));
  const unjustified = serious.filter((issue) => !JUSTIFIED.test(issue.sample ?? ''));
  // Issues marked eng-disable never reach the results: every marker needs its reason.
  const markerLines = [];
  for (const entry of await readdir(staging, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((line, index) => {
      if (line.includes('eng-disable'))
        markerLines.push(`${path.relative(staging, file)}:${index + 1}: ${line.trim()}`);
    });
  }
  const bareMarkers = markerLines.filter((line) => !JUSTIFIED.test(line));
  const justifiedMarkers = markerLines.length - bareMarkers.length;

  console.log(
    `Electronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}` +
      `${result.atomicChecks} atomic and ${result.globalChecks} global checks over ${SCANNED.join('/ and ')}/: ` +
      `${result.issues.length} finding(s), ${serious.length} of medium severity or above, ` +
      `${justifiedMarkers} marker(s) justified in place.`,
  );
  for (const issue of result.issues) {
    const where = `${issue.file}:${issue.location.line}`;
    const reason = JUSTIFIED.exec(issue.sample ?? '')?.[0];
    console.log(
      `  ${issue.severity.name} ${issue.id} at ${where}${reason ? ` (justified: ${reason})` : ''}`,
    );
  }
  const failures = [
    ...unjustified.map(
      (issue) =>
        `${issue.id} (${issue.severity.name}) at ${issue.file}:${issue.location.line}: ${issue.description}`,
    ),
    ...bareMarkers.map((line) => `eng-disable without a reason ("-- why"): ${line}`),
    ...parseErrors.map((error) => `could not parse ${error.file}: ${error.message}`),
  ];
  if (failures.length > 0) {
    console.error(`Security gate FAILED:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('Security gate passed.');
  }
} finally {
  await rm(staging, { recursive: true, force: true });
}
