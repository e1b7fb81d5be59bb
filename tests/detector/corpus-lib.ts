/**
 * Reading labeled emails (JSONL) and scoring the detector on them; shared by `npm run eval`,
 * the corpus tests and the bench. A bad line becomes a message naming its line, never a crash.
 */
import { readFileSync } from 'node:fs';
import { detect, type Detection, type EmailView } from '../../utils/detector';

export type Label = 'rejection' | 'not_rejection';

export interface Expect {
  company?: string | null;
  role?: string | null;
  stage?: string;
  offersFeedback?: boolean;
  keepsOnFile?: boolean;
  invitesReapply?: boolean;
  contactName?: string | null;
}

export interface CorpusItem {
  id: string;
  label: Label;
  subject: string;
  from_name: string;
  from_email: string;
  body: string;
  lang?: string;
  kind?: string;
  hard?: boolean;
  expect?: Expect;
  line: number;
}

export interface Parsed {
  items: CorpusItem[];
  errors: string[];
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

export function parseJsonl(text: string, file = 'input'): Parsed {
  const items: CorpusItem[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let o: Record<string, unknown>;
    try {
      const v: unknown = JSON.parse(raw);
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        throw new Error('not a JSON object');
      }
      o = v as Record<string, unknown>;
    } catch (e) {
      errors.push(`${file}:${line}: malformed line skipped (${(e as Error).message})`);
      return;
    }
    const label = o.label;
    if (label !== 'rejection' && label !== 'not_rejection') {
      errors.push(`${file}:${line}: skipped, label must be "rejection" or "not_rejection"`);
      return;
    }
    const body = str(o.body);
    if (body === undefined) {
      errors.push(`${file}:${line}: skipped, "body" must be a string`);
      return;
    }
    items.push({
      id: str(o.id) ?? (typeof o.id === 'number' ? String(o.id) : `${file}:${line}`),
      label,
      subject: str(o.subject) ?? '',
      from_name: str(o.from_name) ?? '',
      from_email: str(o.from_email) ?? '',
      body,
      lang: str(o.lang),
      kind: str(o.kind),
      hard: o.hard === true,
      expect: typeof o.expect === 'object' && o.expect !== null ? (o.expect as Expect) : undefined,
      line,
    });
  });
  return { items, errors };
}

export function readCorpus(path: string): Parsed {
  return parseJsonl(readFileSync(path, 'utf8'), path);
}

export function toEmail(item: CorpusItem): EmailView {
  return {
    subject: item.subject,
    from: { name: item.from_name, email: item.from_email },
    body: item.body,
    lang: item.lang,
  };
}

export interface Metrics {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Outcome {
  item: CorpusItem;
  detection: Detection;
  predicted: boolean;
  actual: boolean;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function metricsOf(outcomes: readonly Outcome[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const o of outcomes) {
    if (o.predicted && o.actual) tp++;
    else if (o.predicted) fp++;
    else if (o.actual) fn++;
    else tn++;
  }
  // With nothing to find or nothing claimed, there is nothing to be wrong about.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    n: outcomes.length,
    tp,
    fp,
    fn,
    tn,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
  };
}

/** `maybe` counts as not a rejection. */
export function runDetector(items: readonly CorpusItem[]): Outcome[] {
  return items.map((item) => {
    const detection = detect(toEmail(item));
    return {
      item,
      detection,
      predicted: detection.band === 'rejection',
      actual: item.label === 'rejection',
    };
  });
}

export function describeMiss(o: Outcome): string {
  const d = o.detection;
  const top = d.evidence.find((e) => (o.predicted ? e.weight > 0 : true)) ?? d.evidence[0];
  const quote = top ? `${top.rule} "${top.quote.replace(/\s+/g, ' ')}"` : '(no evidence)';
  const expected = o.actual ? 'rejection' : 'not_rejection';
  return `${o.item.id}\texpected ${expected}\tgot ${d.band}\tscore ${d.score}\t${quote}`;
}

// ---- Extraction accuracy --------------------------------------------------------------

const LEGAL =
  /\b(gmbh|ag|se|kg|mbh|mbb|e\.?v|a\.?g|ltd|limited|llc|llp|inc|plc|co|s\.?a\.?s?|s\.?l\.?u?\.?p?|b\.?v|n\.?v|srl|de c\.?v|steuerberatungsgesellschaft)\b\.?/g;
const GENDER_MARK = /\(?\b(m\/w\/d|w\/m\/d|m\/f\/d|h\/f|m\/v\/x|m\/v)\b\)?/g;
const HONORIFIC = /^(dr|prof|mr|mrs|ms|lic|ing|dra|mme)\.?\s+/;

/** Loose form for comparing names and titles: no case, accents, legal forms or punctuation. */
export function loose(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(GENDER_MARK, ' ')
    .replace(LEGAL, ' ')
    .replace(HONORIFIC, '')
    .replace(/^(the|la|le|el|de|het)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A name or title counts as found when it equals the expected one loosely, or when one
 * contains the other as whole words ("Quokka" for "Quokka Fintech", "Registered Nurse" for
 * "Registered Nurse - Cardiac Step-Down (Nights)").
 */
export function sameText(got: string | null, want: string | null | undefined): boolean {
  if (want === undefined) return true;
  if (want === null || got === null) return want === got;
  const a = loose(got);
  const b = loose(want);
  if (!a || !b) return a === b;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return ` ${long} `.includes(` ${short} `);
}

export type Field = keyof Expect;

export const FIELDS: readonly Field[] = [
  'company',
  'role',
  'stage',
  'offersFeedback',
  'keepsOnFile',
  'invitesReapply',
  'contactName',
];

export function fieldRight(field: Field, d: Detection, want: Expect): boolean {
  const expected = want[field];
  if (expected === undefined) return true;
  if (field === 'company' || field === 'role' || field === 'contactName') {
    return sameText(d[field], expected as string | null);
  }
  return d[field] === expected;
}

/** Share of rejections whose detection gets each field right. */
export function extractionAccuracy(outcomes: readonly Outcome[]): Record<Field, number> {
  const withExpect = outcomes.filter((o) => o.actual && o.item.expect);
  const out = {} as Record<Field, number>;
  for (const f of FIELDS) {
    const right = withExpect.filter((o) => fieldRight(f, o.detection, o.item.expect!)).length;
    out[f] = withExpect.length ? Math.round((right / withExpect.length) * 1000) / 1000 : 1;
  }
  return out;
}
