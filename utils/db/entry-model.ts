/**
 * Pure construction and change of entries. No storage here: the repository wraps
 * these in transactions, and tests call them directly.
 */
import type { Detection } from '../detector/types';
import type { MessageSummary } from '../messaging';
import { ENTRY_LIMITS as L, clampText, isWebUrl, localDate, newUid, toInstant } from './fields';
import type {
  EntryPatch,
  Feedback,
  FeedbackStatus,
  LogEntry,
  ManualEntryInput,
  StatusChange,
} from './types';

export interface SaveFromDetectionInput {
  message: MessageSummary;
  detection: Detection;
  /** True keeps the email's text, false removes a kept copy, absent leaves it as it is. */
  keepFullText?: boolean;
}

export type NewEntry = Omit<LogEntry, 'id'>;

const EMPTY_FEEDBACK: Feedback = {
  status: 'none',
  draftedOn: null,
  requestedOn: null,
  receivedOn: null,
  notes: '',
};

/** The words that made it a rejection; counter-signals are not the person's story. */
export function quotesFrom(detection: Detection): string[] {
  const out: string[] = [];
  for (const ev of detection.evidence) {
    const quote = clampText(ev.quote.trim(), L.quote);
    if (ev.weight > 0 && quote && !out.includes(quote)) out.push(quote);
  }
  return out.slice(0, L.quotes);
}

function fromMessage(input: SaveFromDetectionInput) {
  const { message, detection } = input;
  return {
    url: message.url && isWebUrl(message.url) ? clampText(message.url, L.url) : null,
    sender: {
      name: clampText(message.from.name ?? '', L.senderName),
      email: clampText(message.from.email ?? '', L.senderEmail),
    },
    subject: clampText(message.subject ?? '', L.subject),
    quotes: quotesFrom(detection),
    receivedAt: message.date ? toInstant(message.date) : null,
    company: clampText(detection.company?.trim() ?? '', L.company),
    role: clampText(detection.role?.trim() ?? '', L.role),
    fullText: clampText(message.body ?? '', L.fullText),
  };
}

export function entryFromDetection(input: SaveFromDetectionInput, now: Date): NewEntry {
  const at = now.toISOString();
  const m = fromMessage(input);
  const stage = input.detection.stage;
  return {
    uid: newUid(),
    company: m.company,
    role: m.role,
    stage,
    receivedAt: m.receivedAt ?? at,
    appliedOn: null,
    loggedAt: at,
    updatedAt: at,
    source: {
      provider: input.message.provider,
      messageKey: input.message.key,
      url: m.url,
    },
    sender: m.sender,
    subject: m.subject,
    quotes: m.quotes,
    fullText: input.keepFullText ? m.fullText : null,
    feedback: { ...EMPTY_FEEDBACK },
    reflection: [],
    nextSteps: '',
    followUpOn: null,
    tags: [],
    notes: '',
    history: [{ at, field: 'stage', from: null, to: stage }],
  };
}

/**
 * The same email saved again: what came from the email is refreshed, what the person
 * wrote or changed is kept, and gaps are filled.
 */
export function refreshFromDetection(
  entry: LogEntry,
  input: SaveFromDetectionInput,
  now: Date,
): LogEntry {
  const at = now.toISOString();
  const m = fromMessage(input);
  const next: LogEntry = {
    ...entry,
    company: entry.company || m.company,
    role: entry.role || m.role,
    receivedAt: m.receivedAt ?? entry.receivedAt,
    source: entry.source && { ...entry.source, url: m.url ?? entry.source.url },
    sender: m.sender,
    subject: m.subject,
    quotes: m.quotes.length ? m.quotes : entry.quotes,
    fullText:
      input.keepFullText === undefined ? entry.fullText : input.keepFullText ? m.fullText : null,
    updatedAt: at,
  };
  if (entry.stage === 'unknown' && input.detection.stage !== 'unknown') {
    next.stage = input.detection.stage;
    next.history = withChange(entry.history, {
      at,
      field: 'stage',
      from: entry.stage,
      to: next.stage,
    });
  }
  return next;
}

export function manualEntry(input: ManualEntryInput, now: Date): NewEntry {
  const at = now.toISOString();
  const stage = input.stage ?? 'unknown';
  const base: NewEntry = {
    uid: newUid(),
    company: input.company.trim(),
    role: input.role?.trim() ?? '',
    stage,
    receivedAt: input.receivedAt ?? at,
    appliedOn: input.appliedOn ?? null,
    loggedAt: at,
    updatedAt: at,
    source: null,
    sender: null,
    subject: '',
    quotes: [],
    fullText: null,
    feedback: { ...EMPTY_FEEDBACK },
    reflection: input.reflection ?? [],
    nextSteps: input.nextSteps ?? '',
    followUpOn: input.followUpOn ?? null,
    tags: input.tags ?? [],
    notes: input.notes ?? '',
    history: [{ at, field: 'stage', from: null, to: stage }],
  };
  if (!input.feedback) return base;
  const withFeedback = applyPatch({ ...base, id: 0 }, { feedback: input.feedback }, now);
  const { id: _id, ...rest } = withFeedback;
  return rest;
}

const DATE_FOR_STATUS: Partial<Record<FeedbackStatus, keyof Feedback>> = {
  drafted: 'draftedOn',
  requested: 'requestedOn',
  received: 'receivedOn',
};

function withChange(history: StatusChange[], change: StatusChange): StatusChange[] {
  return [...history, change].slice(-L.history);
}

/** A checked change applied; stage and feedback moves are written into the history. */
export function applyPatch(entry: LogEntry, patch: EntryPatch, now: Date): LogEntry {
  const at = now.toISOString();
  const { feedback: feedbackPatch, ...rest } = patch;
  const next: LogEntry = {
    ...entry,
    ...rest,
    feedback: { ...entry.feedback, ...feedbackPatch },
    updatedAt: at,
  };
  if (patch.stage && patch.stage !== entry.stage)
    next.history = withChange(next.history, {
      at,
      field: 'stage',
      from: entry.stage,
      to: patch.stage,
    });
  const status = feedbackPatch?.status;
  if (status && status !== entry.feedback.status) {
    next.history = withChange(next.history, {
      at,
      field: 'feedback',
      from: entry.feedback.status,
      to: status,
    });
    const dateField = DATE_FOR_STATUS[status];
    if (dateField && next.feedback[dateField] === null && feedbackPatch[dateField] === undefined)
      next.feedback = { ...next.feedback, [dateField]: localDate(now) };
  }
  return next;
}
