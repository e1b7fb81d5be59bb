import {
  addManualEntry,
  listFollowUpsDue,
  listTags,
  queryEntries,
  updateEntry,
  type LogDatabase,
  type LogFilter,
  type ManualEntryInput,
} from '@/utils/db';
import { closeAll, freshDb } from './support';

const SEED: ManualEntryInput[] = [
  {
    company: 'Harbor & Pine',
    role: 'Data Analyst',
    stage: 'interview',
    receivedAt: '2026-01-10',
    tags: ['remote'],
    feedback: { status: 'requested' },
  },
  {
    company: 'Quarry Labs',
    role: 'Backend Engineer',
    stage: 'application',
    receivedAt: '2026-02-02',
    notes: 'Recruiter mentioned a Rust rewrite',
  },
  {
    company: 'Société Lumière',
    role: 'Product Designer',
    stage: 'final',
    receivedAt: '2026-02-20',
    tags: ['Design', 'remote'],
    feedback: { status: 'received', notes: 'Portfolio was strong' },
    followUpOn: '2026-03-01',
  },
  {
    company: 'Harbor & Pine',
    role: 'Analytics Engineer',
    stage: 'screen',
    receivedAt: '2026-03-05',
    nextSteps: 'Reapply in spring',
    followUpOn: '2026-05-01',
  },
];

let db: LogDatabase;
beforeEach(async () => {
  db = freshDb();
  for (const fields of SEED) await addManualEntry(fields, db);
});
afterEach(closeAll);

const companiesRoles = async (filter: LogFilter, limit?: number) =>
  (await queryEntries(filter, { limit }, db)).entries.map((e) => `${e.company}/${e.role}`);

describe('queryEntries', () => {
  test('lists newest first with the total', async () => {
    const page = await queryEntries({}, { limit: 2 }, db);
    expect(page.total).toBe(4);
    expect(page.entries.map((e) => e.role)).toEqual(['Analytics Engineer', 'Product Designer']);
  });

  test.each<[string, LogFilter, string[]]>([
    [
      'company text',
      { text: 'harbor' },
      ['Harbor & Pine/Analytics Engineer', 'Harbor & Pine/Data Analyst'],
    ],
    ['role text, two words', { text: 'engineer backend' }, ['Quarry Labs/Backend Engineer']],
    ['notes text', { text: 'RUST' }, ['Quarry Labs/Backend Engineer']],
    ['feedback notes text', { text: 'portfolio' }, ['Société Lumière/Product Designer']],
    ['next steps text', { text: 'spring' }, ['Harbor & Pine/Analytics Engineer']],
    ['text without accents', { text: 'societe' }, ['Société Lumière/Product Designer']],
    ['no match', { text: 'nowhere' }, []],
    ['stage', { stage: 'final' }, ['Société Lumière/Product Designer']],
    ['feedback status', { feedback: 'requested' }, ['Harbor & Pine/Data Analyst']],
    [
      'tag, any case',
      { tag: 'REMOTE' },
      ['Société Lumière/Product Designer', 'Harbor & Pine/Data Analyst'],
    ],
    [
      'date range, inclusive',
      { from: '2026-02-02', to: '2026-02-20' },
      ['Société Lumière/Product Designer', 'Quarry Labs/Backend Engineer'],
    ],
    ['from only', { from: '2026-03-01' }, ['Harbor & Pine/Analytics Engineer']],
    ['to only', { to: '2026-01-31' }, ['Harbor & Pine/Data Analyst']],
    [
      'range and text',
      { text: 'harbor', from: '2026-03-01', to: '2026-12-31' },
      ['Harbor & Pine/Analytics Engineer'],
    ],
    [
      'everything combined',
      {
        text: 'harbor',
        stage: 'interview',
        feedback: 'requested',
        tag: 'remote',
        from: '2026-01-01',
        to: '2026-01-31',
      },
      ['Harbor & Pine/Data Analyst'],
    ],
  ])('filters by %s', async (_name, filter, expected) => {
    expect(await companiesRoles(filter)).toEqual(expected);
  });

  test('a filtered page still counts every match', async () => {
    const page = await queryEntries({ text: 'harbor' }, { limit: 1 }, db);
    expect(page.total).toBe(2);
    expect(page.entries).toHaveLength(1);
  });

  test('entries received the same moment list the later-logged first', async () => {
    const a = await addManualEntry({ company: 'Same Day A', receivedAt: '2026-04-01' }, db);
    const b = await addManualEntry({ company: 'Same Day B', receivedAt: '2026-04-01' }, db);
    expect((await queryEntries({}, { limit: 2 }, db)).entries.map((e) => e.id)).toEqual([
      b.id,
      a.id,
    ]);
    expect((await queryEntries({ text: 'same day' }, {}, db)).entries.map((e) => e.id)).toEqual([
      b.id,
      a.id,
    ]);
  });
});

test('listTags gives every tag once, for the tag filter', async () => {
  expect(await listTags(db)).toEqual(['Design', 'remote']);
});

test('listFollowUpsDue finds follow-ups on or before a day, soonest first', async () => {
  expect((await listFollowUpsDue('2026-03-01', db)).map((e) => e.company)).toEqual([
    'Société Lumière',
  ]);
  expect((await listFollowUpsDue('2026-12-31', db)).map((e) => e.followUpOn)).toEqual([
    '2026-03-01',
    '2026-05-01',
  ]);
});

describe('search by the start of words', () => {
  test.each<[string, string[]]>([
    ['harb', ['Harbor & Pine/Analytics Engineer', 'Harbor & Pine/Data Analyst']],
    ['pine', ['Harbor & Pine/Analytics Engineer', 'Harbor & Pine/Data Analyst']],
    ['lumi', ['Société Lumière/Product Designer']],
    ['arbor', []],
    ['  Quarry   LABS ', ['Quarry Labs/Backend Engineer']],
    ['quarry designer', []],
  ])('%j', async (text, expected) => {
    expect(await companiesRoles({ text })).toEqual(expected);
  });

  test('follows edits: new words are found, old ones no longer', async () => {
    const { entries } = await queryEntries({ text: 'rust' }, {}, db);
    await updateEntry(entries[0].id, { notes: 'Mentioned a Kotlin migration' }, db);
    expect(await companiesRoles({ text: 'rust' })).toEqual([]);
    expect(await companiesRoles({ text: 'kotlin' })).toEqual(['Quarry Labs/Backend Engineer']);
  });

  test('the words kept for searching never show on an entry', async () => {
    const { entries } = await queryEntries({ text: 'harbor' }, {}, db);
    for (const e of [...entries, ...(await db.entries.toArray())]) {
      expect(e).not.toHaveProperty('words');
      expect(e).not.toHaveProperty('waitDays');
    }
  });
});
