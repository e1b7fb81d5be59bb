import {
  LogError,
  addManualEntry,
  deleteEntry,
  deleteEverything,
  getEntry,
  getEntryByMessage,
  saveFromDetection,
  updateEntry,
} from '@/utils/db';
import { closeAll, detection, freshDb, message } from './support';

afterEach(closeAll);

describe('saveFromDetection', () => {
  test('saves company, role, stage, source, sender, subject and only the rejection quotes', async () => {
    const db = freshDb();
    const entry = await saveFromDetection({ message: message(), detection: detection() }, db);
    expect(entry.id).toBeGreaterThan(0);
    expect(await getEntry(entry.id, db)).toEqual(entry);
    expect(entry).toMatchObject({
      company: 'Harbor & Pine',
      role: 'Data Analyst',
      stage: 'interview',
      receivedAt: '2026-03-14T09:30:00.000Z',
      source: {
        provider: 'gmail',
        messageKey: 'msg-001',
        url: 'https://mail.google.com/mail/u/0/#inbox/msg-001',
      },
      sender: { name: 'Harbor & Pine Talent Team', email: 'talent@harborpine.example' },
      subject: 'Your application for Data Analyst',
      quotes: ['we will not be moving forward'],
      fullText: null,
      feedback: { status: 'none' },
      tags: [],
    });
    expect(entry.history).toEqual([
      { at: entry.loggedAt, field: 'stage', from: null, to: 'interview' },
    ]);
  });

  test('keeps the full text only when asked', async () => {
    const db = freshDb();
    const kept = await saveFromDetection(
      { message: message(), detection: detection(), keepFullText: true },
      db,
    );
    expect(kept.fullText).toBe(message().body);
    const unchanged = await saveFromDetection({ message: message(), detection: detection() }, db);
    expect(unchanged.fullText).toBe(message().body);
    const removed = await saveFromDetection(
      { message: message(), detection: detection(), keepFullText: false },
      db,
    );
    expect(removed.fullText).toBeNull();
  });

  test('saving the same email twice updates one entry and keeps what the person wrote', async () => {
    const db = freshDb();
    const first = await saveFromDetection({ message: message(), detection: detection() }, db);
    await updateEntry(first.id, { notes: 'Ask about the take-home', tags: ['remote'] }, db);
    const again = await saveFromDetection(
      { message: message({ subject: 'Re: your application' }), detection: detection() },
      db,
    );
    expect(again.id).toBe(first.id);
    expect(again.subject).toBe('Re: your application');
    expect(again.notes).toBe('Ask about the take-home');
    expect(again.tags).toEqual(['remote']);
    expect(await db.entries.count()).toBe(1);
  });

  test('the same company with another role, or another provider, is another entry', async () => {
    const db = freshDb();
    const a = await saveFromDetection({ message: message(), detection: detection() }, db);
    const b = await saveFromDetection(
      { message: message({ key: 'msg-002' }), detection: detection({ role: 'Data Engineer' }) },
      db,
    );
    const c = await saveFromDetection(
      { message: message({ provider: 'outlook' }), detection: detection() },
      db,
    );
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
    expect((await getEntryByMessage('gmail', 'msg-002', db))?.role).toBe('Data Engineer');
  });

  test('a link that is not a web address is not kept', async () => {
    const db = freshDb();
    const entry = await saveFromDetection(
      { message: message({ url: 'javascript:alert(1)' }), detection: detection() },
      db,
    );
    expect(entry.source?.url).toBeNull();
  });

  test('a later save fills an unknown stage and records the change', async () => {
    const db = freshDb();
    await saveFromDetection({ message: message(), detection: detection({ stage: 'unknown' }) }, db);
    const again = await saveFromDetection(
      { message: message(), detection: detection({ stage: 'final' }) },
      db,
    );
    expect(again.stage).toBe('final');
    expect(again.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'unknown'],
      ['unknown', 'final'],
    ]);
  });

  test('refuses an email without a key', async () => {
    const db = freshDb();
    await expect(
      saveFromDetection({ message: message({ key: '' }), detection: detection() }, db),
    ).rejects.toBeInstanceOf(LogError);
    expect(await db.entries.count()).toBe(0);
  });
});

describe('entries added by hand', () => {
  test('are first-class: no source, a date, feedback and tags', async () => {
    const db = freshDb();
    const entry = await addManualEntry(
      {
        company: '  Lumen Bakery Co ',
        role: 'Store manager',
        stage: 'screen',
        receivedAt: '2026-02-03',
        appliedOn: '2026-01-20',
        tags: ['local', 'Local', ' retail '],
        feedback: { status: 'requested' },
      },
      db,
    );
    expect(entry).toMatchObject({
      company: 'Lumen Bakery Co',
      source: null,
      sender: null,
      stage: 'screen',
      appliedOn: '2026-01-20',
      tags: ['local', 'retail'],
    });
    expect(entry.feedback.status).toBe('requested');
    expect(entry.feedback.requestedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(entry.receivedAt).getDate()).toBe(3);
    expect(await getEntry(entry.id, db)).toEqual(entry);
  });

  test.each([
    [{ company: '' }, 'company'],
    [{ company: 'A', stage: 'offer' }, 'stage'],
    [{ company: 'A', followUpOn: '2026-02-30' }, 'followUpOn'],
    [{ company: 'A', tags: 'x' }, 'tags'],
    [{ company: 'A', id: 4 }, 'id'],
  ])('refuses %j, naming the field', async (fields, field) => {
    const db = freshDb();
    const error = await addManualEntry(fields as never, db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogError);
    expect((error as LogError).field).toBe(field);
    expect((error as LogError).message).toContain(field);
    expect(await db.entries.count()).toBe(0);
  });
});

describe('updateEntry', () => {
  test('records status changes in the history and dates them', async () => {
    const db = freshDb();
    const { id } = await addManualEntry({ company: 'Quarry Labs' }, db);
    await updateEntry(id, { feedback: { status: 'drafted' } }, db);
    await updateEntry(id, { feedback: { status: 'requested', notes: 'Sent to Sam' } }, db);
    const done = await updateEntry(id, { stage: 'final', followUpOn: '2026-04-01' }, db);
    expect(done.history.map((h) => `${h.field}:${h.from}->${h.to}`)).toEqual([
      'stage:null->unknown',
      'feedback:none->drafted',
      'feedback:drafted->requested',
      'stage:unknown->final',
    ]);
    expect(done.feedback.draftedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(done.feedback.requestedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(done.feedback.notes).toBe('Sent to Sam');
    expect(done.followUpOn).toBe('2026-04-01');
  });

  test('an unchanged status adds no history', async () => {
    const db = freshDb();
    const { id } = await addManualEntry({ company: 'Quarry Labs', stage: 'screen' }, db);
    const next = await updateEntry(id, { stage: 'screen', notes: 'same' }, db);
    expect(next.history).toHaveLength(1);
  });

  test.each([
    [{ feedback: { status: 'maybe' } }, 'feedback.status'],
    [{ source: null }, 'source'],
    [{ notes: 5 }, 'notes'],
    [{ appliedOn: 'last week' }, 'appliedOn'],
  ])('refuses %j and changes nothing', async (patch, field) => {
    const db = freshDb();
    const entry = await addManualEntry({ company: 'Quarry Labs' }, db);
    const error = await updateEntry(entry.id, patch as never, db).catch((e: unknown) => e);
    expect((error as LogError).field).toBe(field);
    expect(await getEntry(entry.id, db)).toEqual(entry);
  });

  test('says so when the entry is gone', async () => {
    const db = freshDb();
    await expect(updateEntry(99, { notes: 'x' }, db)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('deleting', () => {
  test('deleteEntry removes one entry for good', async () => {
    const db = freshDb();
    const a = await addManualEntry({ company: 'A' }, db);
    const b = await addManualEntry({ company: 'B' }, db);
    expect(await deleteEntry(a.id, db)).toBe(true);
    expect(await deleteEntry(a.id, db)).toBe(false);
    expect(await db.entries.toArray()).toEqual([b]);
  });

  test('deleteEverything empties the log and says how much it removed', async () => {
    const db = freshDb();
    await addManualEntry({ company: 'A' }, db);
    await saveFromDetection({ message: message(), detection: detection() }, db);
    expect(await deleteEverything(db)).toBe(2);
    expect(await db.entries.count()).toBe(0);
    // The unique key is free again: the same email can be saved anew.
    const again = await saveFromDetection({ message: message(), detection: detection() }, db);
    expect(again.id).toBeGreaterThan(0);
  });
});
