import { canonicalEntry } from '@/utils/db/entry-shape';
import { applyPatch, entryFromDetection, quotesFrom } from '@/utils/db/entry-model';
import { daysBetween, isDateOnly, isWebUrl, normalizeTags, toInstant } from '@/utils/db/fields';
import { mergeEntries, mergeText } from '@/utils/db/merge';
import { searchWords, wordsOf } from '@/utils/db/search-words';
import type { LogEntry } from '@/utils/db';
import { detection, message } from './support';

const NOW = new Date('2026-03-20T12:00:00.000Z');
const base = (): LogEntry => ({
  ...entryFromDetection({ message: message(), detection: detection() }, NOW),
  id: 1,
});

describe('field helpers', () => {
  test.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00:00Z', false],
    ['', false],
  ])('isDateOnly(%j) is %s', (value, expected) => {
    expect(isDateOnly(value)).toBe(expected);
  });

  test.each([
    ['2026-03-14T09:30:00.000Z', '2026-03-14T09:30:00.000Z'],
    ['2026-03-14T11:30:00+02:00', '2026-03-14T09:30:00.000Z'],
    ['2026-03-14T09:30Z', '2026-03-14T09:30:00.000Z'],
    ['Sat, 14 Mar 2026 09:30:00 GMT', null],
    ['yesterday', null],
    ['2026-03-14T99:00:00Z', null],
  ])('toInstant(%j) is %j', (value, expected) => {
    expect(toInstant(value)).toBe(expected);
  });

  test('a bare date becomes local noon of that day', () => {
    const d = new Date(toInstant('2026-03-14')!);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2026, 2, 14, 12]);
  });

  test.each([
    ['https://mail.google.com/mail/u/0/#inbox/1', true],
    ['http://example.com', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>1</script>', false],
    ['JAVASCRIPT:alert(1)', false],
    ['not a url', false],
  ])('isWebUrl(%j) is %s', (value, expected) => {
    expect(isWebUrl(value)).toBe(expected);
  });

  test.each([
    [['remote', 'Remote', ' remote '], ['remote']],
    [['  two   words ', ''], ['two words']],
    [['x'.repeat(80)], ['x'.repeat(60)]],
    [Array.from({ length: 40 }, (_, i) => `t${i}`), Array.from({ length: 30 }, (_, i) => `t${i}`)],
  ])('normalizeTags(%j)', (tags, expected) => {
    expect(normalizeTags(tags)).toEqual(expected);
  });

  test.each([
    ['2026-01-01', '2026-01-11', 10],
    ['2026-03-28', '2026-04-02', 5],
    ['2026-01-11', '2026-01-01', -10],
  ])('daysBetween(%s, %s) is %d', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe('search words', () => {
  test.each([
    ['Harbor & Pine', ['harbor', 'pine']],
    ['Société Lumière', ['societe', 'lumiere']],
    ['C++/Rust engineer', ['c', 'rust', 'engineer']],
    ['Data-Analyst, 2nd round', ['data', 'analyst', '2nd', 'round']],
    ['', []],
  ])('wordsOf(%j)', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });

  test('company and role are always searchable, even beside very long notes', () => {
    const notes = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
    const words = searchWords({ company: 'Zephyr', role: 'Welder', notes, nextSteps: '' });
    expect(words.slice(0, 2)).toEqual(['zephyr', 'welder']);
    expect(words.length).toBe(500);
  });
});

describe('quotes kept from a detection', () => {
  test('only rejection wording, once each, trimmed', () => {
    const d = detection({
      evidence: [
        { quote: ' not moving forward ', rule: 'a', field: 'body', start: 0, end: 1, weight: 1 },
        { quote: 'not moving forward', rule: 'b', field: 'body', start: 0, end: 1, weight: 0.5 },
        { quote: 'pleased to invite', rule: 'c', field: 'body', start: 0, end: 1, weight: -1 },
        { quote: '   ', rule: 'd', field: 'body', start: 0, end: 1, weight: 1 },
      ],
    });
    expect(quotesFrom(d)).toEqual(['not moving forward']);
  });
});

describe('applyPatch', () => {
  test.each([
    ['drafted', 'draftedOn'],
    ['requested', 'requestedOn'],
    ['received', 'receivedOn'],
  ] as const)('moving feedback to %s dates it today', (status, field) => {
    const next = applyPatch(base(), { feedback: { status } }, NOW);
    expect(next.feedback[field]).toBe('2026-03-20');
    expect(next.history.at(-1)).toEqual({
      at: NOW.toISOString(),
      field: 'feedback',
      from: 'none',
      to: status,
    });
  });

  test('a date the person gave is kept', () => {
    const next = applyPatch(
      base(),
      { feedback: { status: 'requested', requestedOn: '2026-03-01' } },
      NOW,
    );
    expect(next.feedback.requestedOn).toBe('2026-03-01');
  });

  test('the history keeps the latest thousand changes', () => {
    let e = base();
    for (let i = 0; i < 1005; i++)
      e = applyPatch(e, { stage: i % 2 ? 'screen' : 'final' }, new Date(NOW.getTime() + i));
    expect(e.history).toHaveLength(1000);
    expect(e.history.at(-1)?.at).toBe(new Date(NOW.getTime() + 1004).toISOString());
  });
});

describe('mergeText', () => {
  test.each([
    ['same', 'same', 'same'],
    ['', 'other', 'other'],
    ['lead', '', 'lead'],
    ['lead and more', 'lead', 'lead and more'],
    ['lead', 'lead and more', 'lead and more'],
    ['lead', 'other', 'lead\n\nother'],
  ])('%j + %j = %j', (lead, other, expected) => {
    expect(mergeText(lead, other, 100)).toBe(expected);
  });

  test('never grows past its limit: keeps the leading text whole', () => {
    expect(mergeText('a'.repeat(60), 'b'.repeat(60), 100)).toBe('a'.repeat(60));
  });
});

describe('mergeEntries', () => {
  test('an entry merged with itself is unchanged', () => {
    const e = applyPatch(
      base(),
      { notes: 'n', tags: ['x'], reflection: [{ prompt: 'p', answer: 'a' }] },
      NOW,
    );
    expect(canonicalEntry(mergeEntries(e, e))).toEqual(canonicalEntry(e));
  });

  test('the newer copy leads; nothing either holds is lost; merging again changes nothing', () => {
    const older = applyPatch(
      base(),
      { notes: 'older', tags: ['a'], followUpOn: '2026-04-01' },
      NOW,
    );
    const newer = applyPatch(
      { ...base(), uid: 'other' },
      { notes: 'newer', tags: ['b'], stage: 'final', reflection: [{ prompt: 'p', answer: 'x' }] },
      new Date(NOW.getTime() + 1000),
    );
    const merged = mergeEntries(older, newer);
    expect(merged).toMatchObject({
      id: 1,
      uid: older.uid,
      stage: 'final',
      notes: 'newer\n\nolder',
      tags: ['b', 'a'],
      followUpOn: '2026-04-01',
      reflection: [{ prompt: 'p', answer: 'x' }],
      updatedAt: newer.updatedAt,
    });
    expect(merged.history.map((h) => h.at)).toEqual([...merged.history.map((h) => h.at)].sort());
    expect(canonicalEntry(mergeEntries(merged, newer))).toEqual(canonicalEntry(merged));
    expect(canonicalEntry(mergeEntries(merged, older))).toEqual(canonicalEntry(merged));
  });
});
