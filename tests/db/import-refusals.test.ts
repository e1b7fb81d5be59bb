import { IMPORT_MAX_BYTES, addManualEntry, importLogJson } from '@/utils/db';
import { closeAll, freshDb } from './support';
import { expectUnchanged, file, fileEntry, logWithOneEntry } from './import-files';

afterEach(closeAll);

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
    [
      'another app’s export',
      JSON.stringify({ format: 'jobtracker', version: 1, jobs: [{ company: 'X' }] }),
    ],
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
      if (!result.ok)
        expect(result.message).toMatch(/newer version of Rebound \(format 2\).*format 1/);
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
      if (!result.ok)
        expect(result.message).toBe(
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
    [
      'bad feedback status',
      { feedback: { ...(fileEntry().feedback as object), status: 'maybe' } },
      2,
      'feedback.status',
      /found "maybe"/,
    ],
    ['company not text', { company: 12 }, 2, 'company', /must be text \(found 12\)/],
    ['missing date', { receivedAt: undefined }, 2, 'receivedAt', /is missing/],
    ['not a date', { receivedAt: 'yesterday' }, 2, 'receivedAt', /ISO 8601/],
    ['impossible day', { followUpOn: '2026-02-30' }, 2, 'followUpOn', /YYYY-MM-DD/],
    [
      'script link',
      { source: { provider: 'gmail', messageKey: 'k', url: 'javascript:alert(1)' } },
      2,
      'source.url',
      /https:\/\//,
    ],
    ['tag not text', { tags: ['ok', { x: 1 }] }, 2, 'tags[1]', /must be text \(found an object\)/],
    ['unknown field', { password: 'x' }, 2, 'password', /not a field Rebound knows/],
    ['negative id', { id: -3 }, 2, 'id', /whole number/],
    ['too long', { notes: 'n'.repeat(20_001) }, 2, 'notes', /longer than 20000/],
    [
      'history step',
      { history: [{ at: 'soon', field: 'stage', to: 'final' }] },
      2,
      'history[0].at',
      /ISO 8601/,
    ],
  ])(
    'a wrong field (%s) is named with its entry number',
    async (_name, change, entry, field, why) => {
      const db = await logWithOneEntry();
      const second = fileEntry({ uid: 'second', source: null, ...(change as object) });
      await expectUnchanged(db, async () => {
        const result = await importLogJson(
          file([fileEntry(), second, fileEntry({ uid: 'third', source: null })]),
          db,
        );
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues[0]).toMatchObject({ entry, field });
        expect(result.issues[0].message).toMatch(why);
        expect(result.message).toContain(`entry ${entry}, field "${field}"`);
      });
    },
  );

  test('many problems: the first is in the message, ten are listed', async () => {
    const entries = Array.from({ length: 15 }, (_, i) =>
      fileEntry({ uid: `u${i}`, stage: 'nope' }),
    );
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
      const result = await importLogJson(
        file([fileEntry(), fileEntry({ uid: 'b', source: null })]),
        db,
      );
      expect(result).toMatchObject({ ok: false, message: expect.stringContaining('disk is full') });
    });
  });
});
