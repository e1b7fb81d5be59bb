// Hand-written cases in five languages (tests/detector/cases/*), and checks that keep the rule
// tables well formed: every phrase expands, nothing tiny or malformed slips in.
import { detect, getMatcher, warmUp } from '../../utils/detector';
import { normalize } from '../../utils/detector/normalize';
import { autoPieces, expand } from '../../utils/detector/patterns';
import { RULES } from '../../utils/detector/rules';
import { ALL_CASES, CASE_SENDER } from './cases';

beforeAll(() => warmUp());

const rows = Object.entries(ALL_CASES).flatMap(([lang, cases]) =>
  cases.map(([expected, subject, body]) => ({ lang, expected, subject, body })),
);

test.each(rows)('[$lang] $expected: $body', ({ lang, expected, subject, body }) => {
  const d = detect({ subject, from: CASE_SENDER, body });
  const got = d.band === 'rejection' ? 'rejection' : 'not';
  const why = d.evidence.map((e) => `${e.weight} ${e.rule} "${e.quote}"`).join(' | ');
  expect(got, why).toBe(expected);
  expect(d.lang).toBe(lang);
});

describe('rule tables', () => {
  const phrases = RULES.flatMap((r) =>
    [...r.pats, ...(r.then ?? [])].map((p) => ({ id: r.id, p })),
  );

  test('every phrase expands, with "*" only at its outer ends', () => {
    for (const { id, p } of phrases) {
      for (const part of p.split(' + ')) {
        for (const alt of expand(part)) {
          const core = alt.replace(/^\*/, '').replace(/\*$/, '');
          expect(core.includes('*'), `${id}: ${p}`).toBe(false);
          expect(/[?[\]\\{}]/.test(core), `${id}: ${p}`).toBe(false);
        }
      }
    }
  });

  test('phrases are written in normalised form (what the text is folded to)', () => {
    for (const { id, p } of phrases) {
      for (const alt of expand(p.replace(/ \+ /g, ' ')).slice(0, 50)) {
        const plain = alt.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
        expect(normalize(plain).text, `${id}: ${alt}`).toBe(normalize(normalize(plain).text).text);
      }
    }
  });

  test('no chain piece is a lone letter', () => {
    for (const { id, p } of phrases) {
      for (const piece of autoPieces(p)) {
        const shortest = Math.min(...expand(piece).map((e) => e.replace(/\*/g, '').trim().length));
        expect(shortest, `${id}: ${piece}`).toBeGreaterThan(1);
      }
    }
  });

  test('rule ids are unique within a language and weights have the right sign', () => {
    const seen = new Set<string>();
    for (const r of RULES) {
      if (r.kind === 'stop') continue;
      expect(seen.has(r.id), r.id).toBe(false);
      seen.add(r.id);
      if (r.kind === 'reject') expect(r.w).toBeGreaterThan(0);
      if (r.kind === 'counter' || r.kind === 'notice') expect(r.w).toBeLessThan(0);
    }
  });

  test.each(['en', 'de', 'fr', 'es', 'nl'] as const)('the %s matcher stays compact', (lang) => {
    const m = getMatcher(lang);
    expect(m.auto.states).toBeLessThan(80_000);
  });
});
