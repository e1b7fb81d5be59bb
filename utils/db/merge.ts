/**
 * Two copies of one entry (same email, or same uid) become one. The more recently
 * changed copy leads; nothing either copy holds is dropped, and merging a copy with
 * itself changes nothing, so importing one backup twice is harmless.
 */
import { ENTRY_LIMITS as L, normalizeTags } from './fields';
import type { EntryRecord } from './entry-shape';
import type { ReflectionAnswer, StatusChange } from './types';

/** Two texts as one: equal or contained texts collapse; different ones are both kept. */
export function mergeText(lead: string, other: string, max: number): string {
  if (!other || lead === other || lead.includes(other)) return lead;
  if (!lead || other.includes(lead)) return other;
  const joined = `${lead}\n\n${other}`;
  return joined.length > max ? lead : joined;
}

function union<T>(a: readonly T[], b: readonly T[], keyOf: (x: T) => string, max: number): T[] {
  const seen = new Set(a.map(keyOf));
  const out = [...a];
  for (const x of b) {
    const key = keyOf(x);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(x);
    }
  }
  return out.slice(0, max);
}

const historyKey = (h: StatusChange) => `${h.at}|${h.field}|${h.from}|${h.to}`;

function mergeReflection(lead: ReflectionAnswer[], other: ReflectionAnswer[]): ReflectionAnswer[] {
  const out = lead.map((r) => ({ ...r }));
  for (const r of other) {
    const same = out.find((x) => x.prompt === r.prompt);
    if (!same) out.push({ ...r });
    else same.answer = mergeText(same.answer, r.answer, L.answer);
  }
  return out.slice(0, L.reflection);
}

export function mergeEntries<T extends EntryRecord>(existing: T, incoming: EntryRecord): T {
  const incomingLeads = incoming.updatedAt > existing.updatedAt;
  const lead = incomingLeads ? incoming : existing;
  const other = incomingLeads ? existing : incoming;
  const fb = lead.feedback;
  const ofb = other.feedback;
  const history = union(lead.history, other.history, historyKey, Infinity)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .slice(-L.history);
  return {
    ...existing,
    company: lead.company || other.company,
    role: lead.role || other.role,
    stage: lead.stage === 'unknown' ? other.stage : lead.stage,
    receivedAt: lead.receivedAt,
    appliedOn: lead.appliedOn ?? other.appliedOn,
    loggedAt: existing.loggedAt < incoming.loggedAt ? existing.loggedAt : incoming.loggedAt,
    updatedAt: lead.updatedAt,
    source: lead.source ?? other.source,
    sender: lead.sender ?? other.sender,
    subject: lead.subject || other.subject,
    quotes: union(lead.quotes, other.quotes, (q) => q, L.quotes),
    fullText: lead.fullText ?? other.fullText,
    feedback: {
      status: fb.status === 'none' ? ofb.status : fb.status,
      draftedOn: fb.draftedOn ?? ofb.draftedOn,
      requestedOn: fb.requestedOn ?? ofb.requestedOn,
      receivedOn: fb.receivedOn ?? ofb.receivedOn,
      notes: mergeText(fb.notes, ofb.notes, L.feedbackNotes),
    },
    reflection: mergeReflection(lead.reflection, other.reflection),
    nextSteps: mergeText(lead.nextSteps, other.nextSteps, L.nextSteps),
    followUpOn: lead.followUpOn ?? other.followUpOn,
    tags: normalizeTags([...lead.tags, ...other.tags]),
    notes: mergeText(lead.notes, other.notes, L.notes),
    history,
  };
}
