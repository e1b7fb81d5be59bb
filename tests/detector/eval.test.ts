// `npm run eval -- FILE.jsonl`: wrong verdicts one per line, metrics as the last line, and a
// clear message for every line it could not read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metricsOf, parseJsonl, type Outcome } from './corpus-lib';

const LINES = [
  JSON.stringify({
    id: 'r1',
    label: 'rejection',
    subject: 'Your application',
    from_name: 'HR',
    body: 'Unfortunately we have decided to move forward with other candidates.',
  }),
  '{ this is not json',
  JSON.stringify({
    id: 'n1',
    label: 'not_rejection',
    subject: '',
    from_name: '',
    body: 'We would like to invite you to an interview at [Company Name] for ____.',
  }),
  JSON.stringify({ id: 'bad-label', label: 'maybe', subject: '', from_name: '', body: 'x' }),
  JSON.stringify({
    id: 'r2',
    label: 'rejection',
    subject: '',
    from_name: '',
    body: 'Dear {{first_name}}, the weather is lovely today.',
    lang: 'en',
    extra: 1,
  }),
  JSON.stringify({ id: 'no-body', label: 'rejection', subject: 'x', from_name: '' }),
  '',
];

test('parseJsonl names each bad line and keeps the good ones', () => {
  const { items, errors } = parseJsonl(LINES.join('\n'), 'sample.jsonl');
  expect(items.map((i) => i.id)).toEqual(['r1', 'n1', 'r2']);
  expect(errors).toHaveLength(3);
  expect(errors[0]).toMatch(/^sample\.jsonl:2: malformed line skipped/);
  expect(errors[1]).toMatch(/^sample\.jsonl:4: .*label/);
  expect(errors[2]).toMatch(/^sample\.jsonl:6: .*body/);
});

test('metrics: maybe counts as not a rejection, empty sets do not divide by zero', () => {
  const o = (actual: boolean, predicted: boolean) => ({ actual, predicted }) as Outcome;
  expect(metricsOf([o(true, true), o(true, false), o(false, false), o(false, true)])).toEqual({
    n: 4,
    tp: 1,
    fp: 1,
    fn: 1,
    tn: 1,
    precision: 0.5,
    recall: 0.5,
    f1: 0.5,
  });
  expect(metricsOf([])).toMatchObject({ n: 0, precision: 1, recall: 1 });
});

test('the command prints misses, messages, and metrics as its last line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-eval-'));
  const file = join(dir, 'sample.jsonl');
  writeFileSync(file, LINES.join('\n'));
  let stdout: string;
  try {
    stdout = execFileSync('npx', ['tsx', 'tests/detector/eval.ts', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    throw new Error(`eval failed: ${(e as { stderr?: string }).stderr ?? e}`, { cause: e });
  }
  const lines = stdout.trim().split('\n');
  const metrics = JSON.parse(lines[lines.length - 1]);
  expect(Object.keys(metrics)).toEqual(['n', 'tp', 'fp', 'fn', 'tn', 'precision', 'recall', 'f1']);
  expect(metrics).toMatchObject({ n: 3, tp: 1, fn: 1, tn: 1, fp: 0 });
  // The one miss: id, expected, got, score, and a quote (or that there was none).
  expect(lines.slice(0, -1)).toEqual([
    expect.stringMatching(/^r2\texpected rejection\tgot not\tscore [\d.]+\t/),
  ]);
}, 60_000);

test('a malformed line is reported on stderr with its number', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-eval-'));
  const file = join(dir, 'bad.jsonl');
  writeFileSync(file, `${LINES[1]}\n${LINES[0]}\n`);
  const out = execFileSync(
    'sh',
    ['-c', `npx tsx tests/detector/eval.ts ${file} 2>&1 1>/dev/null`],
    {
      encoding: 'utf8',
    },
  );
  expect(out).toMatch(/bad\.jsonl:1: malformed line skipped/);
}, 60_000);
