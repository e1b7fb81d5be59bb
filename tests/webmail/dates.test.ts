import { isoIfPlausible, parseDisplayedDate, reconcileDates } from '@/utils/webmail/dates';
import { gmailMessageId } from '@/utils/webmail/gmail';
import { protonMessageId } from '@/utils/webmail/proton';

const local = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).toISOString();

test.each([
  ['2025-09-15T09:42:00.000Z', undefined, '2025-09-15T09:42:00.000Z'],
  ['Mon, Sep 15, 2025, 9:42 AM', 'en', local(2025, 9, 15, 9, 42)],
  ['Wed, Sep 17, 2025 at 11:03 AM', 'en-US', local(2025, 9, 17, 11, 3)],
  ['Tue 9/16/2025 2:20 PM', 'en', local(2025, 9, 16, 14, 20)],
  ['Tue 9/16/2025 12:20 AM', 'en', local(2025, 9, 16, 0, 20)],
  ['mar. 23/09/2025 10:05', 'fr', local(2025, 9, 23, 10, 5)],
  ['09/10/2025 10:05', 'fr', local(2025, 10, 9, 10, 5)],
  ['09/10/2025 10:05', 'en', local(2025, 9, 10, 10, 5)],
  ['Mo., 22.09.2025 um 14:12', 'de', local(2025, 9, 22, 14, 12)],
  ['22.09.2025', 'de', local(2025, 9, 22)],
  ['Thu, 25 Sep 2025 16:48', 'en', local(2025, 9, 25, 16, 48)],
  ['20 Aug 2025, 13:19 (2 days ago)', 'en', local(2025, 8, 20, 13, 19)],
  ['Do., 2. Okt. 2025, 09:15', 'de', undefined],
  ['12:35 PM', 'en', undefined],
  ['1', 'en', undefined],
  ['Inbox', 'en', undefined],
  ['', 'en', undefined],
])('parseDisplayedDate(%j, %j)', (raw, lang, expected) => {
  expect(parseDisplayedDate(raw, lang)).toBe(expected);
});

test.each([
  [
    'id and display agree: the exact id time',
    '2025-09-15T09:42:17.000Z',
    '2025-09-15T11:42:00.000Z',
    '2025-09-15T09:42:17.000Z',
  ],
  [
    'they differ by more than a day: the display',
    '2025-09-15T09:42:17.000Z',
    '2024-01-02T10:00:00.000Z',
    '2024-01-02T10:00:00.000Z',
  ],
  ['only the id', '2025-09-15T09:42:17.000Z', undefined, '2025-09-15T09:42:17.000Z'],
  ['only the display', undefined, '2025-09-15T11:42:00.000Z', '2025-09-15T11:42:00.000Z'],
  ['neither', undefined, undefined, undefined],
])('reconcileDates: %s', (_, fromId, displayed, expected) => {
  expect(reconcileDates(fromId, displayed)).toBe(expected);
});

test('isoIfPlausible refuses dates before webmail or far in the future', () => {
  expect(isoIfPlausible(0)).toBeUndefined();
  expect(isoIfPlausible(Date.now() + 30 * 86_400_000)).toBeUndefined();
  expect(isoIfPlausible(Date.UTC(2025, 0, 1))).toBe('2025-01-01T00:00:00.000Z');
});

const el = (attrs: Record<string, string>) => {
  const div = document.createElement('div');
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
  return div;
};

test.each([
  [
    'decimal and hex agree',
    {
      'data-message-id': '#msg-f:1843322512474350021',
      'data-legacy-message-id': '1994cc0f0a83a1c5',
    },
    { id: 'msg-f:1843322512474350021', date: '2025-09-15T09:42:17.000Z' },
  ],
  [
    'hex only (a reply before it syncs has the other)',
    { 'data-legacy-message-id': '1994cc0f0a83a1c5' },
    { id: 'msg-f:1843322512474350021', date: '2025-09-15T09:42:17.000Z' },
  ],
  [
    'the fact checked in WEBMAIL.md',
    { 'data-legacy-message-id': '14a5f1c6f7aeeebc' },
    { id: `msg-f:${BigInt('0x14a5f1c6f7aeeebc')}`, date: '2014-12-18T20:35:06.746Z' },
  ],
  [
    'a draft id: kept as the key, no date',
    { 'data-message-id': '#msg-a:r-4711' },
    { id: 'msg-a:r-4711' },
  ],
  ['nothing usable', { 'data-legacy-message-id': 'not-hex' }, null],
])('gmailMessageId: %s', (_, attrs, expected) => {
  expect(gmailMessageId(el(attrs))).toEqual(expected);
});

test.each([
  [{ 'data-message-id': 'k3Y8Q2mW5vLdXe0n==' }, { id: 'k3Y8Q2mW5vLdXe0n==' }],
  [{ 'data-message-id': 'short' }, null],
  [{ 'data-message-id': 'has spaces in it' }, null],
  [{}, null],
])('protonMessageId(%j)', (attrs, expected) => {
  expect(protonMessageId(el(attrs))).toEqual(expected);
});
