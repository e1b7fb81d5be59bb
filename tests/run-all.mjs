#!/usr/bin/env node
// `npm test`: every check Rebound has, in order, ending with one line
// `N passed, N failed, N skipped` counted over all of them. Each check step
// (typecheck, lint, builds…) counts as one test; Vitest and the e2e suites
// count their own tests.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const art = path.join(root, '.ci-artifacts');
rmSync(art, { recursive: true, force: true });
mkdirSync(art, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];

function run(cmd, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const take = (stream, sink) =>
      stream.on('data', (d) => {
        out += d;
        sink.write(d);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('error', (err) => resolve({ code: 1, out: String(err), ms: Date.now() - started }));
    child.on('close', (code) => resolve({ code: code ?? 1, out, ms: Date.now() - started }));
  });
}

function record(name, passed, failed, skipped, ms) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  rows.push({ name, passed, failed, skipped, ms });
}

async function check(name, cmd, args) {
  console.log(`\n::: ${name}`);
  const { code, ms } = await run(cmd, args);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1, 0, ms);
  return code === 0;
}

async function vitest() {
  console.log('\n::: unit tests (vitest)');
  const json = path.join(art, 'vitest.json');
  const { ms } = await run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`,
  ]);
  try {
    const r = JSON.parse(readFileSync(json, 'utf8'));
    // A file that fails to load has no tests to count but is still a failure.
    const brokenFiles = r.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.length === 0,
    ).length;
    record(
      'unit tests',
      r.numPassedTests,
      r.numFailedTests + brokenFiles,
      r.numPendingTests + r.numTodoTests,
      ms,
    );
  } catch {
    record('unit tests', 0, 1, 0, ms);
  }
}

async function nodeSuite(name, file, built) {
  console.log(`\n::: ${name}`);
  if (!built) {
    console.log(`${name}: not run, the build it needs failed`);
    record(name, 0, 1, 0, 0);
    return;
  }
  const { out, ms } = await run(process.execPath, ['--test', '--test-reporter=tap', file]);
  const count = (k) => Number((out.match(new RegExp(`^# ${k} (\\d+)$`, 'm')) ?? [0, 0])[1]);
  const total = count('tests');
  const skippedSuite = out.match(/^ok \d+ - .* # SKIP (.*)$/m);
  if (!total && skippedSuite) {
    console.log(`${name}: skipped, ${skippedSuite[1]}`);
    record(name, 0, 0, 1, ms);
    return;
  }
  if (!total) {
    record(name, 0, 1, 0, ms);
    return;
  }
  record(
    name,
    count('pass'),
    count('fail') + count('cancelled'),
    count('skipped') + count('todo'),
    ms,
  );
}

await check('typecheck', bin('tsc'), ['--noEmit']);
await check('lint', bin('eslint'), ['.', '--max-warnings=0']);
await check('format', bin('prettier'), ['--check', '.']);
await vitest();
await check('model weights', bin('tsx'), ['tests/detector/train.ts', '--check']);
const chrome = await check('build chrome', bin('wxt'), ['build']);
const firefox = await check('build firefox', bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
if (firefox) {
  await check('web-ext lint', bin('web-ext'), [
    'lint',
    '--source-dir',
    '.output/firefox-mv3',
    '--no-input',
  ]);
}
await nodeSuite('built manifests', 'tests/build/manifest.test.mjs', chrome && firefox);
await nodeSuite('e2e chromium', 'tests/e2e/chromium.e2e.mjs', chrome);
await nodeSuite('e2e firefox', 'tests/e2e/firefox.e2e.mjs', firefox);

console.log('\n::: summary');
for (const r of rows) {
  console.log(
    `${r.name.padEnd(16)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${String(r.skipped).padStart(3)} skipped  ${(r.ms / 1000).toFixed(1)}s`,
  );
}
if (existsSync(path.join(art, 'popup.png')))
  console.log(`screenshot: ${path.join(art, 'popup.png')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
