// Folding text into rule form, and the offsets that lead back to the original text.
import { detect } from '../../utils/detector';
import { normalize, sourceRange } from '../../utils/detector/normalize';

test.each([
  ['We’ve  decided,\tunfortunately', "we've decided unfortunately"],
  ['Müssen Sie Grüße', 'mussen sie grusse'],
  ['CANDIDATURE NON RETENUE', 'candidature non retenue'],
  ['Lamentamos comunicarle – Señora', 'lamentamos comunicarle - senora'],
  ['e\u0301te\u0301 \u00a0 soft\u00adhyphen zero\u200bwidth', 'ete softhyphen zerowidth'],
  ['-----Original Message-----', '-original message-'],
  ['line one\n\n\nline two\nline three', 'line one\n\nline two\nline three'],
  ['« guillemets » „Anführung“', '" guillemets " "anfuhrung"'],
  ['Œuvre Æsir Straße', 'oeuvre aesir strasse'],
])('normalize(%j) → %j', (input, expected) => {
  expect(normalize(input).text).toBe(expected);
});

test('every normalised char maps back into the source', () => {
  const source = 'Leider müssen wir Ihnen mitteilen, dass Straße e\u0301';
  const n = normalize(source);
  expect(n.map.length).toBe(n.text.length);
  for (let i = 0; i < n.map.length; i++) {
    expect(n.map[i]).toBeGreaterThanOrEqual(0);
    expect(n.map[i]).toBeLessThan(source.length);
  }
  const at = n.text.indexOf('mussen wir');
  const [start, end] = sourceRange(n, source, at, at + 'mussen wir'.length);
  expect(source.slice(start, end)).toBe('müssen wir');
});

test('evidence quotes are the exact words of the email, accents and case kept', () => {
  const body =
    'Sehr geehrte Frau Brandt,\n\nleider MÜSSEN wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.';
  const d = detect({
    subject: 'Ihre Bewerbung',
    from: { name: 'HR', email: 'hr@x.example' },
    body,
  });
  expect(d.band).toBe('rejection');
  for (const e of d.evidence) {
    const text = e.field === 'body' ? body : 'Ihre Bewerbung';
    expect(text.slice(e.start, e.end)).toBe(e.quote);
  }
  expect(d.evidence.some((e) => e.quote.includes('MÜSSEN'))).toBe(true);
});
