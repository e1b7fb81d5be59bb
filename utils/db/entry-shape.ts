/**
 * The entry's fields as data: one table of checkers used for imports, for changes made
 * in the pages, and for entries added by hand. One place says what a valid entry is.
 */
import {
  calendarDate,
  filledText,
  instant,
  list,
  nullable,
  oneOf,
  record,
  slug,
  text,
  webUrl,
  wholeNumber,
  type FieldIssue,
  type Shape,
} from './checks';
import type { ProviderId } from '../webmail/types';
import { ENTRY_LIMITS as L, newUid, normalizeTags } from './fields';
import { LogError } from './errors';
import {
  FEEDBACK_STATUSES,
  STAGES,
  type EntryPatch,
  type EntrySource,
  type Feedback,
  type LogEntry,
  type ReflectionAnswer,
  type Sender,
  type StatusChange,
} from './types';

const SOURCE_SHAPE: Shape<EntrySource> = {
  provider: { check: slug(L.provider) as (v: unknown, p: string, i: FieldIssue[]) => ProviderId },
  messageKey: { check: filledText(L.messageKey) },
  url: { check: nullable(webUrl(L.url)), missing: () => null },
};

const SENDER_SHAPE: Shape<Sender> = {
  name: { check: text(L.senderName), missing: () => '' },
  email: { check: text(L.senderEmail), missing: () => '' },
};

export const FEEDBACK_SHAPE: Shape<Feedback> = {
  status: { check: oneOf(FEEDBACK_STATUSES), missing: () => 'none' },
  draftedOn: { check: nullable(calendarDate), missing: () => null },
  requestedOn: { check: nullable(calendarDate), missing: () => null },
  receivedOn: { check: nullable(calendarDate), missing: () => null },
  notes: { check: text(L.feedbackNotes), missing: () => '' },
};

const REFLECTION_SHAPE: Shape<ReflectionAnswer> = {
  prompt: { check: text(L.prompt) },
  answer: { check: text(L.answer) },
};

const statusValue = (v: unknown, path: string, issues: FieldIssue[]) =>
  oneOf([...STAGES, ...FEEDBACK_STATUSES])(v, path, issues);

const HISTORY_SHAPE: Shape<StatusChange> = {
  at: { check: instant },
  field: { check: oneOf(['stage', 'feedback'] as const) },
  from: { check: nullable(statusValue), missing: () => null },
  to: { check: statusValue },
};

const now = () => new Date().toISOString();

/** Every field but id, in the order an export writes them. */
export const ENTRY_SHAPE: Shape<Omit<LogEntry, 'id'>> = {
  uid: { check: slug(L.uid), missing: newUid },
  company: { check: text(L.company) },
  role: { check: text(L.role), missing: () => '' },
  stage: { check: oneOf(STAGES) },
  receivedAt: { check: instant },
  appliedOn: { check: nullable(calendarDate), missing: () => null },
  loggedAt: { check: instant, missing: now },
  updatedAt: { check: instant, missing: now },
  source: { check: nullable(record(SOURCE_SHAPE)), missing: () => null },
  sender: { check: nullable(record(SENDER_SHAPE)), missing: () => null },
  subject: { check: text(L.subject), missing: () => '' },
  quotes: { check: list(text(L.quote), L.quotes), missing: () => [] },
  fullText: { check: nullable(text(L.fullText)), missing: () => null },
  feedback: {
    check: record(FEEDBACK_SHAPE),
    missing: () => ({
      status: 'none',
      draftedOn: null,
      requestedOn: null,
      receivedOn: null,
      notes: '',
    }),
  },
  reflection: { check: list(record(REFLECTION_SHAPE), L.reflection), missing: () => [] },
  nextSteps: { check: text(L.nextSteps), missing: () => '' },
  followUpOn: { check: nullable(calendarDate), missing: () => null },
  tags: { check: list(text(L.tag), L.tags), missing: () => [] },
  notes: { check: text(L.notes), missing: () => '' },
  history: { check: list(record(HISTORY_SHAPE), L.history), missing: () => [] },
};

export type EntryRecord = Omit<LogEntry, 'id'> & { id?: number };

/** An entry read from a file: clean, or the list of what is wrong with it. */
export function checkEntryRecord(
  raw: unknown,
): { ok: true; entry: EntryRecord } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const { id, ...rest } = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const entry: EntryRecord = record(ENTRY_SHAPE)(
    raw && typeof raw === 'object' && !Array.isArray(raw) ? rest : raw,
    '',
    issues,
  );
  if (id !== undefined) entry.id = wholeNumber(id, 'id', issues);
  if (issues.length) return { ok: false, issues };
  entry.tags = normalizeTags(entry.tags);
  return { ok: true, entry };
}

const PATCH_FIELDS = [
  'company',
  'role',
  'stage',
  'receivedAt',
  'appliedOn',
  'reflection',
  'nextSteps',
  'followUpOn',
  'tags',
  'notes',
  'fullText',
] as const satisfies readonly (keyof EntryPatch)[];

/** A change from a page, checked with the same rules as an import; throws LogError. */
export function checkPatch(patch: EntryPatch): EntryPatch {
  const issues: FieldIssue[] = [];
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) {
    const value = (patch as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (key === 'feedback') {
      const fb: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as object)) {
        if (v === undefined) continue;
        if (!Object.hasOwn(FEEDBACK_SHAPE, k))
          issues.push({ field: `feedback.${k}`, message: 'cannot be changed' });
        else fb[k] = FEEDBACK_SHAPE[k as keyof Feedback].check(v, `feedback.${k}`, issues);
      }
      out.feedback = fb;
    } else if ((PATCH_FIELDS as readonly string[]).includes(key)) {
      out[key] = ENTRY_SHAPE[key as (typeof PATCH_FIELDS)[number]].check(value, key, issues);
    } else {
      issues.push({ field: key, message: 'cannot be changed' });
    }
  }
  if (issues.length) {
    const first = issues[0];
    throw new LogError('invalid', `The field "${first.field}" ${first.message}.`, {
      field: first.field,
    });
  }
  if (out.tags) out.tags = normalizeTags(out.tags as string[]);
  return out as EntryPatch;
}

/** The same entry with its fields in one fixed order, so exports compare byte for byte. */
export function canonicalEntry(e: LogEntry): LogEntry {
  return {
    id: e.id,
    uid: e.uid,
    company: e.company,
    role: e.role,
    stage: e.stage,
    receivedAt: e.receivedAt,
    appliedOn: e.appliedOn,
    loggedAt: e.loggedAt,
    updatedAt: e.updatedAt,
    source: e.source && {
      provider: e.source.provider,
      messageKey: e.source.messageKey,
      url: e.source.url,
    },
    sender: e.sender && { name: e.sender.name, email: e.sender.email },
    subject: e.subject,
    quotes: [...e.quotes],
    fullText: e.fullText,
    feedback: {
      status: e.feedback.status,
      draftedOn: e.feedback.draftedOn,
      requestedOn: e.feedback.requestedOn,
      receivedOn: e.feedback.receivedOn,
      notes: e.feedback.notes,
    },
    reflection: e.reflection.map((r) => ({ prompt: r.prompt, answer: r.answer })),
    nextSteps: e.nextSteps,
    followUpOn: e.followUpOn,
    tags: [...e.tags],
    notes: e.notes,
    history: e.history.map((h) => ({ at: h.at, field: h.field, from: h.from, to: h.to })),
  };
}
