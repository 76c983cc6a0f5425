// Runs Electronegativity (Doyensec's Electron security scanner) on the built app in out/ and fails
// when it reports anything not justified in justified-findings.json beside this file. It lives in
// its own folder with its own package.json and lockfile because it bundles an older TypeScript and
// typings that must not meet the app's. Run by `npm run test:electronegativity` (part of `npm test`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const here = import.meta.dirname;
const project = resolve(here, '../..');
const built = join(project, 'out');
const scanner = join(here, 'node_modules/.bin/electronegativity');
// The app's Electron (package.json pins 45.4.1). Naming it means the scanner needs no download to
// learn which checks apply.
const ELECTRON_VERSION = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).devDependencies.electron;

function fail(message) {
  process.stderr.write(`electronegativity: ${message}\n`);
  process.exit(1);
}

if (!existsSync(scanner)) fail('not installed: run `npm ci --prefix tools/electronegativity` first.');
if (!existsSync(join(built, 'main/index.js'))) fail('out/ has no built app: run `npm run build` first.');

/** Every finding as { check, file, line, message }, from the scanner's SARIF report. */
function scan() {
  const folder = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    const report = join(folder, 'findings.sarif');
    const run = spawnSync(scanner, ['-i', built, '-r', '-e', ELECTRON_VERSION, '-o', report], { encoding: 'utf8' });
    if (run.status !== 0 || !existsSync(report)) fail(`the scanner failed (${run.status}):\n${run.stderr}${run.stdout}`);
    const sarif = JSON.parse(readFileSync(report, 'utf8'));
    return sarif.runs.flatMap((sarifRun) =>
      sarifRun.results.map((result) => {
        const location = result.locations[0].physicalLocation;
        return {
          check: result.ruleId,
          file: location.artifactLocation.uri.replaceAll('\\', '/'),
          line: location.region?.startLine ?? 0,
          message: result.message.text,
        };
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const justified = JSON.parse(readFileSync(join(here, 'justified-findings.json'), 'utf8')).findings;
const findings = scan();
const justificationOf = (finding) => justified.find((entry) => entry.check === finding.check && entry.file === finding.file);
const unjustified = findings.filter((finding) => !justificationOf(finding));
// A justification nothing needs any more is removed, so the file only ever says what is true.
const stale = justified.filter((entry) => !findings.some((finding) => justificationOf(finding) === entry));

for (const finding of findings) {
  const entry = justificationOf(finding);
  process.stdout.write(`${entry ? 'justified  ' : 'UNJUSTIFIED'} ${finding.check} ${finding.file}:${finding.line} ${finding.message}\n`);
}
for (const entry of stale) process.stdout.write(`STALE       ${entry.check} ${entry.file}: no such finding any more; remove its justification\n`);
process.stdout.write(
  `Electronegativity on out/ (Electron ${ELECTRON_VERSION}): ${findings.length} findings, ` +
    `${findings.length - unjustified.length} justified, ${unjustified.length} unjustified, ${stale.length} stale justifications\n`,
);
if (unjustified.length > 0 || stale.length > 0) process.exit(1);
