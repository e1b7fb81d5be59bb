import {
  CSV_COLUMNS,
  LOG_FORMAT_VERSION,
  addManualEntry,
  csvCell,
  entriesToCsv,
  exportLogCsv,
  exportLogJson,
  importLogJson,
  saveFromDetection,
  updateEntry,
  type LogDatabase,
} from '@/utils/db';
import { closeAll, detection, freshDb, message } from './support';

afterEach(closeAll);

const NOW = new Date('2026-11-23T10:00:00.000Z');

/** A log that uses every field: email and hand-made entries, edits, history, odd text. */
async function richLog(db: LogDatabase) {
  const saved = await saveFromDetection(
    { message: message(), detection: detection(), keepFullText: true },
    db,
  );
  await updateEntry(
    saved.id,
    {
      appliedOn: '2026-02-01',
      feedback: { status: 'requested', notes: 'Asked "what would have helped?"' },
      reflection: [{ prompt: 'What went well?', answer: 'The case study, line one\nline two' }],
      nextSteps: 'Follow up, politely',
      followUpOn: '2026-04-01',
      tags: ['remote', 'data'],
      notes: '=HYPERLINK("http://evil.example","click")',
    },
    db,
  );
  await addManualEntry(
    {
      company: '<img src=x onerror=alert(1)>',
      role: '<script>alert("role")</script>',
      stage: 'screen',
      notes: '@SUM(A1:A2), +1, -1',
    },
    db,
  );
  await saveFromDetection(
    { message: message({ key: 'msg-2', provider: 'outlook' }), detection: detection() },
    db,
  );
}

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('JSON export', () => {
  test('carries its format and version, and holds every entry whole', async () => {
    const db = freshDb();
    await richLog(db);
    const file = JSON.parse(await exportLogJson(db, { now: NOW }));
    expect(file.format).toBe('rebound-log');
    expect(file.formatVersion).toBe(LOG_FORMAT_VERSION);
    expect(file.exportedAt).toBe(NOW.toISOString());
    expect(file.entries).toEqual(await db.entries.orderBy('id').toArray());
    expect(file.entries[0].fullText).toBe(message().body);
  });

  test('round-trips exactly: import into an empty log, export again, same bytes', async () => {
    const db = freshDb();
    await richLog(db);
    const first = await exportLogJson(db, { now: NOW });
    const copy = freshDb();
    expect(await importLogJson(first, copy)).toEqual({ ok: true, added: 3, merged: 0, total: 3 });
    expect(await exportLogJson(copy, { now: NOW })).toBe(first);
    expect(await copy.entries.toArray()).toEqual(await db.entries.toArray());
  });

  test('an empty log exports a valid file that imports as nothing', async () => {
    const db = freshDb();
    const text = await exportLogJson(db, { now: NOW });
    expect(JSON.parse(text).entries).toEqual([]);
    expect(await importLogJson(text, freshDb())).toMatchObject({ ok: true, added: 0 });
  });
});

describe('CSV export', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [42, '42'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('cell %j is written %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test('one row per entry, every cell safe to open, the full text left out', async () => {
    const db = freshDb();
    await richLog(db);
    const csv = await exportLogCsv(db);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const col = (name: string) => CSV_COLUMNS.findIndex(([n]) => n === name);
    expect(rows[1][col('notes')]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[1][col('tags')]).toBe('remote; data');
    expect(rows[1][col('reflection')]).toBe('What went well?\nThe case study, line one\nline two');
    expect(rows[2][col('company')]).toBe('<img src=x onerror=alert(1)>');
    expect(rows[2][col('notes')]).toBe("'@SUM(A1:A2), +1, -1");
    expect(rows[3][col('provider')]).toBe('outlook');
    expect(csv).not.toContain(message().body);
  });

  test('an empty log is just the header line', () => {
    expect(entriesToCsv([])).toBe(`${CSV_COLUMNS.map(([n]) => n).join(',')}\r\n`);
  });
});
