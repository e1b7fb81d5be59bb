/** Building import files for the import tests. */
import { addManualEntry, exportLogJson, type LogDatabase } from '@/utils/db';
import { freshDb } from './support';

export const NOW = new Date('2026-11-23T10:00:00.000Z');

/** A valid entry as an export writes it, with one field changed or removed. */
export function fileEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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
    source: {
      provider: 'gmail',
      messageKey: 'msg-001',
      url: 'https://mail.google.com/mail/u/0/#inbox/msg-001',
    },
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

export const file = (entries: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'rebound-log',
    formatVersion: 1,
    exportedAt: NOW.toISOString(),
    entries,
    ...extra,
  });

/** The log before and after must be identical whenever an import is refused. */
export async function expectUnchanged(db: LogDatabase, run: () => Promise<unknown>) {
  const before = await exportLogJson(db, { now: NOW });
  await run();
  expect(await exportLogJson(db, { now: NOW })).toBe(before);
}

export async function logWithOneEntry() {
  const db = freshDb();
  await addManualEntry({ company: 'Already here', notes: 'mine' }, db);
  return db;
}
