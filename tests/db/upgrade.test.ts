import { Dexie } from 'dexie';
import {
  LOG_SCHEMA_VERSION,
  SCHEMA_V1,
  createLogDb,
  exportLogJson,
  getEntryByMessage,
  importLogJson,
  queryEntries,
  saveFromDetection,
  type LogDatabase,
} from '@/utils/db';
import { parseSenderV1, upgradeRowsFromV1, type EntryV1 } from '@/utils/db/upgrades';
import { detection, message } from './support';

const V1_ROWS: Omit<EntryV1, 'id'>[] = [
  {
    company: 'Harbor & Pine',
    role: 'Data Analyst',
    provider: 'gmail',
    messageKey: 'k-1',
    subject: 'Your application',
    sender: 'Harbor Talent <talent@harborpine.example>',
    savedAt: Date.UTC(2025, 9, 2, 8),
    quotes: ['we will not be moving forward'],
  },
  {
    company: null,
    role: null,
    provider: 'gmail',
    messageKey: 'k-2',
    subject: 'Update on your candidacy',
    sender: 'jobs@quarrylabs.example',
    savedAt: Date.UTC(2025, 10, 5, 8),
    quotes: [],
  },
  // Version 1 could save one email twice; the upgrade folds it into the first row.
  {
    company: 'Harbor & Pine',
    role: null,
    provider: 'gmail',
    messageKey: 'k-1',
    subject: 'Your application',
    sender: 'Harbor Talent <talent@harborpine.example>',
    savedAt: Date.UTC(2025, 9, 3, 8),
    quotes: ['we have decided to go with another candidate'],
  },
];

async function seedV1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.table('entries').bulkAdd(V1_ROWS);
  old.close();
}

const opened: LogDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('upgrade from version 1', () => {
  test('a version 1 log opens with the current code and keeps every row', async () => {
    const name = `upgrade-${Math.random()}`;
    await seedV1(name);
    const db = createLogDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(LOG_SCHEMA_VERSION);

    const rows = await db.entries.orderBy('id').toArray();
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(first).toMatchObject({
      id: 1,
      company: 'Harbor & Pine',
      role: 'Data Analyst',
      stage: 'unknown',
      source: { provider: 'gmail', messageKey: 'k-1', url: null },
      sender: { name: 'Harbor Talent', email: 'talent@harborpine.example' },
      quotes: ['we will not be moving forward', 'we have decided to go with another candidate'],
      receivedAt: new Date(Date.UTC(2025, 9, 2, 8)).toISOString(),
      feedback: { status: 'none', notes: '' },
      tags: [],
      history: [{ field: 'stage', from: null, to: 'unknown' }],
    });
    expect(first).not.toHaveProperty('messageKey');
    expect(first).not.toHaveProperty('savedAt');
    expect(second).toMatchObject({
      id: 2,
      company: '',
      sender: { name: '', email: 'jobs@quarrylabs.example' },
    });
    expect(first.uid).not.toBe(second.uid);
  });

  test('after the upgrade the new indexes work: idempotent save, export and import', async () => {
    const name = `upgrade-${Math.random()}`;
    await seedV1(name);
    const db = createLogDb(name);
    opened.push(db);
    const saved = await saveFromDetection(
      { message: message({ key: 'k-1' }), detection: detection() },
      db,
    );
    expect(saved.id).toBe(1);
    expect(saved.stage).toBe('interview');
    expect(await db.entries.count()).toBe(2);
    expect((await getEntryByMessage('gmail', 'k-2', db))?.id).toBe(2);
    expect(await db.entries.orderBy('receivedAt').keys()).toHaveLength(2);

    const copy = createLogDb(`copy-${Math.random()}`);
    opened.push(copy);
    expect(await importLogJson(await exportLogJson(db), copy)).toMatchObject({
      ok: true,
      added: 2,
    });
  });

  test('an empty version 1 log upgrades to an empty log', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    old.close();
    const db = createLogDb(name);
    opened.push(db);
    expect(await db.entries.count()).toBe(0);
  });
});

describe('the version 1 conversion, as data', () => {
  test.each([
    [
      'Harbor Talent <talent@harborpine.example>',
      { name: 'Harbor Talent', email: 'talent@harborpine.example' },
    ],
    [
      '"Quarry, Labs" <jobs@quarry.example>',
      { name: 'Quarry, Labs', email: 'jobs@quarry.example' },
    ],
    ['<jobs@quarry.example>', { name: '', email: 'jobs@quarry.example' }],
    ['jobs@quarry.example', { name: '', email: 'jobs@quarry.example' }],
    ['Recruiting team', { name: 'Recruiting team', email: '' }],
    ['', null],
  ])('sender %j', (sender, expected) => {
    expect(parseSenderV1(sender)).toEqual(expected);
  });

  test('rows without a message key stay separate, as entries added by hand', () => {
    const rows = [
      { ...V1_ROWS[0], id: 1, messageKey: '' },
      { ...V1_ROWS[0], id: 2, messageKey: '' },
    ];
    const { entries, removedIds } = upgradeRowsFromV1(rows, () => 'u', '2026-01-01T00:00:00.000Z');
    expect(removedIds).toEqual([]);
    expect(entries.map((e) => e.source)).toEqual([null, null]);
  });
});

test('upgraded rows can be searched and filtered like new ones', async () => {
  const name = `upgrade-${Math.random()}`;
  await seedV1(name);
  const db = createLogDb(name);
  opened.push(db);
  const page = await queryEntries({ text: 'harbor', stage: 'unknown' }, {}, db);
  expect(page.entries.map((e) => e.id)).toEqual([1]);
  expect(page.entries[0]).not.toHaveProperty('words');
});
