// The team's labelled corpus: the detector must hold the targets on both splits, in every
// language. The held-back split is only ever scored here; its items are never printed.
import { existsSync } from 'node:fs';
import {
  extractionAccuracy,
  metricsOf,
  readCorpus,
  runDetector,
  type CorpusItem,
  type Field,
  type Outcome,
} from './corpus-lib';

const LANGS = ['en', 'de', 'fr', 'es', 'nl'] as const;
const SPLITS = ['dev', 'held'] as const;
const PRECISION = 0.98;
const RECALL = 0.95;

const path = (split: string, lang: string) => `tests/detector/corpus/${split}/${lang}.jsonl`;

function load(split: string, lang: string): CorpusItem[] {
  const file = path(split, lang);
  expect(existsSync(file), `${file} is missing`).toBe(true);
  const { items, errors } = readCorpus(file);
  expect(errors).toEqual([]);
  return items;
}

describe.each(SPLITS)('%s split', (split) => {
  test.each(LANGS)(`%s: precision ≥ ${PRECISION} and recall ≥ ${RECALL}`, (lang) => {
    const m = metricsOf(runDetector(load(split, lang)));
    const summary = JSON.stringify(m);
    expect(m.precision, `precision too low: ${summary}`).toBeGreaterThanOrEqual(PRECISION);
    expect(m.recall, `recall too low: ${summary}`).toBeGreaterThanOrEqual(RECALL);
  });
});

describe('corpus shape', () => {
  const all = SPLITS.flatMap((s) => LANGS.flatMap((l) => load(s, l).map((i) => ({ ...i, l }))));

  test('at least 400 labelled emails, 40% of them hard negatives', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    const hardNegatives = all.filter((i) => i.label === 'not_rejection' && i.hard).length;
    expect(hardNegatives / all.length).toBeGreaterThanOrEqual(0.4);
  });

  test.each(LANGS.filter((l) => l !== 'en'))('at least 40 emails in %s', (lang) => {
    expect(all.filter((i) => i.l === lang).length).toBeGreaterThanOrEqual(40);
  });

  test('ids are unique', () => {
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });
});

// Floors for what is read besides the verdict, over every rejection of a split that carries
// an "expect" object. Names and titles compare loosely (see corpus-lib sameText).
const FLOORS: Record<(typeof SPLITS)[number], Record<Field, number>> = {
  dev: {
    company: 0.85,
    role: 0.8,
    stage: 0.75,
    offersFeedback: 0.85,
    keepsOnFile: 0.85,
    invitesReapply: 0.8,
    contactName: 0.8,
  },
  held: {
    company: 0.7,
    role: 0.65,
    stage: 0.6,
    offersFeedback: 0.7,
    keepsOnFile: 0.75,
    invitesReapply: 0.7,
    contactName: 0.65,
  },
};

describe.each(SPLITS)('extraction on the %s split', (split) => {
  let outcomes: Outcome[] = [];
  beforeAll(() => {
    outcomes = LANGS.flatMap((l) => runDetector(load(split, l)));
  });

  test.each(Object.keys(FLOORS[split]) as Field[])('%s', (field) => {
    const accuracy = extractionAccuracy(outcomes)[field];
    expect(accuracy, `${field} accuracy`).toBeGreaterThanOrEqual(FLOORS[split][field]);
  });
});
