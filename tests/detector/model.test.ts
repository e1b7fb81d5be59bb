// The learned scorer: how it reads words, how it fails safe, and that what it quotes is exact.
import { detect } from '../../utils/detector';
import { MAX_WORDS, readWords } from '../../utils/detector/model-features';
import {
  buildModel,
  combine,
  rulesAreSure,
  SURE_NOT,
  SURE_REJECTION,
  MIN_SENTENCE,
  MIN_OVERRULE,
  RULE_CREDIT,
} from '../../utils/detector/model';
import { MODEL } from '../../utils/detector/model-weights';

function wordsOf(text: string, dead: Array<[number, number]> = [], max = MAX_WORDS) {
  const out: Array<{ hash: number; quote: string }> = [];
  readWords(text, 0, text.length, dead, 1, max, (hash, start, end) =>
    out.push({ hash, quote: text.slice(start, end) }),
  );
  return out;
}

test('words are read folded: case, accents and ß do not change a feature', () => {
  const a = wordsOf('Nous avons DÉCIDÉ de poursuivre. Straße');
  const b = wordsOf('nous avons decide de poursuivre. Strasse');
  expect(a.map((w) => w.hash)).toEqual(b.map((w) => w.hash));
});

test('each word and each pair within a sentence is a feature, with its exact source span', () => {
  const text = "We've gone with someone else. Thanks!";
  expect(wordsOf(text).map((w) => w.quote)).toEqual([
    "We've",
    'gone',
    "We've gone",
    'with',
    'gone with',
    'someone',
    'with someone',
    'else',
    'someone else',
    'Thanks',
  ]);
});

test('footers and quoted lines are skipped, and a pair never spans them', () => {
  const text = 'not selected\n> quoted words here\nthis time';
  const start = text.indexOf('>');
  const quotes = wordsOf(text, [[start, text.indexOf('\n', start)]]).map((w) => w.quote);
  expect(quotes).not.toContain('quoted');
  expect(quotes).not.toContain('selected\n> quoted words here\nthis');
  expect(quotes).toContain('this time');
});

test('the few words after a negator are also read as negated, up to the end of the sentence', () => {
  const hashes = (text: string) => new Set(wordsOf(text).map((w) => w.hash));
  const plain = hashes('Your profile was selected for an interview. See you soon');
  const denied = wordsOf('Your profile was not selected for an interview. See you soon');
  // "selected", "for" and "an" come twice: as themselves and as negated words no invitation has.
  const extra = denied.filter((w) => !plain.has(w.hash) && !w.quote.includes(' '));
  expect(extra.map((w) => w.quote)).toEqual(['not', 'selected', 'for', 'an']);
  // Words past the span, or in the next sentence, are read as themselves only.
  expect(denied.filter((w) => w.quote === 'interview')).toHaveLength(1);
  expect(denied.filter((w) => w.quote === 'soon')).toHaveLength(1);
  // The same holds in every language: "pas retenu", "nicht berücksichtigt", "niet geselecteerd".
  const fr = wordsOf("Votre profil n'a pas été retenu.").filter((w) => w.quote === 'retenu');
  expect(fr).toHaveLength(2);
});

test.each([
  ['Unfortunately we chose someone else', 'Unfortunately'],
  ['Leider haben wir uns anders entschieden', 'Leider'],
  ['Malheureusement, nous avons retenu un autre profil', 'Malheureusement'],
  ['Lamentablemente elegimos a otra persona', 'Lamentablemente'],
  ['Helaas kozen we iemand anders', 'Helaas'],
  ['We are SORRY to say', 'SORRY'],
])('a word of regret is no word of its own, only half of a pair: %s', (text, regret) => {
  const quotes = wordsOf(text).map((w) => w.quote);
  expect(quotes).not.toContain(regret);
  // The pair it starts or ends is still read, and so is every other word.
  expect(quotes.some((q) => q.includes(' ') && q.includes(regret))).toBe(true);
  const others = text.split(/[\s,]+/).filter((w) => w !== regret);
  for (const w of others) expect(quotes).toContain(w);
});

test('reading stops after the word limit, whatever the length of the text', () => {
  const text = 'word '.repeat(10_000);
  expect(wordsOf(text, [], 50).filter((w) => !w.quote.includes(' '))).toHaveLength(50);
});

test('damaged model data is refused rather than read', () => {
  expect(() => buildModel({ ...MODEL, keys: MODEL.keys.slice(8) })).toThrow(/damaged/);
});

test('a rule rejection stands while the words, with part of its credit, still clear the line', () => {
  const line = SURE_REJECTION;
  const credit = RULE_CREDIT * 3;
  expect(combine(3, 0.5)).toBe(3);
  expect(combine(3, 5)).toBe(5);
  expect(combine(3, line - credit + 0.1)).toBe(3);
  expect(combine(3, line - credit - 0.1)).toBe(line - credit - 0.1);
  // Words that would not have overruled the rules at full credit do now.
  expect(combine(3, line - 3 + 0.1)).toBe(line - 3 + 0.1);
  expect(combine(line - 0.1, 2)).toBe(2);
  expect(combine(-1, -3)).toBe(-3);
  expect(combine(SURE_NOT - 1, 9)).toBe(SURE_NOT - 1);
  // In a live body this short, the words cannot overrule the rules' rejection.
  expect(combine(3, line - 3 - 2, MIN_OVERRULE - 1)).toBe(3);
  expect(combine(3, line - 3 - 2, MIN_OVERRULE)).toBe(line - 3 - 2);
  expect(rulesAreSure(SURE_NOT)).toBe(true);
  expect(rulesAreSure(SURE_NOT + 0.5)).toBe(false);
});

test('the shipped model has weights, and a clear rejection keeps its rule evidence', () => {
  expect(MODEL.weights.length).toBeGreaterThan(100);
  const d = detect({
    subject: 'Your application',
    from: { name: 'Recruiting', email: 'jobs@brightmill.example' },
    body:
      'Dear Sam,\n\nThank you for applying. Unfortunately we have decided not to move forward with ' +
      'your application and have chosen other candidates whose experience matches more closely.\n\n' +
      'Kind regards,\nMorgan',
  });
  expect(d.band).toBe('rejection');
  expect(d.evidence.some((e) => e.rule.startsWith('en.'))).toBe(true);
});

test('when the words carry a verdict, the sentence that says it is quoted, exactly', () => {
  const body =
    'hey sam, we ended up taking on someone with more line experience for the kitchen, ' +
    'sorry mate. all the best\nJo';
  const d = detect({
    subject: 'the kitchen job',
    from: { name: 'Jo', email: 'jo@fox.example' },
    body,
  });
  expect(d.band).toBe('rejection');
  const said = d.evidence.find((e) => e.rule === 'model.sentence');
  expect(said, JSON.stringify(d.evidence)).toBeDefined();
  expect(said!.quote).toBe(body.slice(said!.start, said!.end));
  expect(said!.quote).toContain('taking on someone');
  expect(said!.quote).not.toContain('\n');
  expect(said!.weight).toBeGreaterThanOrEqual(MIN_SENTENCE);
});

test('the plain, common wording of a rejection is read as one, even alone', () => {
  // The corpus asks writers to avoid stock phrases in rejections and to use them in look-alikes;
  // the rules' meaning is kept so the model cannot learn that the stock phrase means "not".
  for (const body of [
    'Unfortunately we have decided to move forward with other candidates.',
    'We regret to inform you that your application was unsuccessful.',
    'Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.',
    "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
  ]) {
    const d = detect({ subject: '', from: { name: 'HR', email: 'hr@acme.example' }, body });
    expect(d.band, body).toBe('rejection');
  }
});

test('a few words above a quoted rejection are the reply, not a verdict', () => {
  const body =
    'Danke für die Info!\n\nAm 03.03.2025 um 10:00 schrieb Jana <j@x.example>:\n' +
    'Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.';
  const d = detect({
    subject: 'Re: Analyst',
    from: { name: 'Sam', email: 'sam@mail.example' },
    body,
  });
  expect(d.band).toBe('not');
});
