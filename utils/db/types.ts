/**
 * The shape of the person's log. Plain data only: every date is a string, so an
 * entry survives JSON export and import unchanged.
 */
import type { Stage } from '../detector/types';
import type { ProviderId } from '../webmail/types';

export type FeedbackStatus = 'none' | 'drafted' | 'requested' | 'received';

// Records keyed by the union make the compiler insist every value is listed.
const STAGE_SET: Record<Stage, true> = {
  application: true,
  screen: true,
  interview: true,
  final: true,
  unknown: true,
};
const FEEDBACK_SET: Record<FeedbackStatus, true> = {
  none: true,
  drafted: true,
  requested: true,
  received: true,
};
export const STAGES = Object.keys(STAGE_SET) as readonly Stage[];
export const FEEDBACK_STATUSES = Object.keys(FEEDBACK_SET) as readonly FeedbackStatus[];

export interface EntrySource {
  provider: ProviderId;
  messageKey: string;
  /** A link back to the email; only ever an http(s) address. */
  url: string | null;
}

export interface Sender {
  name: string;
  email: string;
}

export interface Feedback {
  status: FeedbackStatus;
  /** Calendar dates, YYYY-MM-DD. */
  draftedOn: string | null;
  requestedOn: string | null;
  receivedOn: string | null;
  notes: string;
}

export interface ReflectionAnswer {
  prompt: string;
  answer: string;
}

export interface StatusChange {
  /** ISO 8601 instant. */
  at: string;
  field: 'stage' | 'feedback';
  from: string | null;
  to: string;
}

export interface LogEntry {
  id: number;
  /** Stable across export and import, so a backup imported twice is merged, not doubled. */
  uid: string;
  company: string;
  role: string;
  stage: Stage;
  /** ISO 8601 instant the answer arrived. */
  receivedAt: string;
  /** YYYY-MM-DD, when the person knows it; gives "days to answer". */
  appliedOn: string | null;
  loggedAt: string;
  updatedAt: string;
  /** Null for an entry added by hand. */
  source: EntrySource | null;
  sender: Sender | null;
  subject: string;
  /** The detector's evidence, not the email. */
  quotes: string[];
  /** The whole email text, only when the person asked to keep it. */
  fullText: string | null;
  feedback: Feedback;
  reflection: ReflectionAnswer[];
  nextSteps: string;
  /** YYYY-MM-DD. */
  followUpOn: string | null;
  tags: string[];
  notes: string;
  history: StatusChange[];
}

/** What a page may change on an entry; the rest belongs to the email or to the log itself. */
export interface EntryPatch {
  company?: string;
  role?: string;
  stage?: Stage;
  receivedAt?: string;
  appliedOn?: string | null;
  feedback?: Partial<Feedback>;
  reflection?: ReflectionAnswer[];
  nextSteps?: string;
  followUpOn?: string | null;
  tags?: string[];
  notes?: string;
  fullText?: string | null;
}

export interface ManualEntryInput extends Omit<EntryPatch, 'company' | 'fullText'> {
  company: string;
}

export interface LogFilter {
  /** Words that must all appear in company, role, notes, next steps or feedback notes. */
  text?: string;
  stage?: Stage;
  feedback?: FeedbackStatus;
  tag?: string;
  /** Local calendar dates, YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
}

export interface LogPage {
  entries: LogEntry[];
  /** How many entries match the filter, beyond the page shown. */
  total: number;
}

export interface LogStatistics {
  total: number;
  /** Every month from the first entry to the last, YYYY-MM in local time, oldest first. */
  perMonth: { month: string; count: number }[];
  perStage: Record<Stage, number>;
  feedback: { drafted: number; asked: number; answered: number };
  /** Days from appliedOn to the answer, over entries where both are known. */
  daysToAnswer: { count: number; median: number | null };
}
