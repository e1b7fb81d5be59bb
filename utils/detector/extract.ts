/**
 * What Rebound can read from a rejection besides the verdict: company, role, who signed, how
 * far the person got, and whether the mail offers feedback, keeps the CV on file or invites a
 * new application. Facts come from the trait phrases the matcher already found plus a few
 * bounded looks at the subject, the opening and the last lines.
 */
import { extractCompany } from './extract-company';
import { extractContact } from './extract-contact';
import { extractRole } from './extract-role';
import { isNegated } from './negation';
import type { Signal } from './score';
import type { Layout } from './strip';
import type { Lang, Stage } from './types';

export interface FactsInput {
  subject: string;
  fromName: string;
  fromEmail: string;
  body: string;
  layout: Layout;
  signals: readonly Signal[];
  lang: Lang;
}

export interface Facts {
  company: string | null;
  role: string | null;
  contactName: string | null;
  stage: Stage;
  offersFeedback: boolean;
  keepsOnFile: boolean;
  invitesReapply: boolean;
}

export function stageOf(signals: readonly Signal[]): Stage {
  let seen = 0;
  let status = false;
  for (const s of signals) {
    const r = s.rule;
    if (r.kind === 'trait') {
      const bit = STAGE_BIT[r.tag] ?? 0;
      // "recorded video interview" is a screen, not an interview: screen wording that
      // overlaps interview wording wins.
      if (bit === INTERVIEW && hiddenByScreen(signals, s)) continue;
      // "we will not be inviting you to the panel interview", "keine zweite Runde": a later
      // stage that the sentence denies was never reached.
      if (bit !== APPLICATION && bit !== 0 && deniedNear(s)) continue;
      seen |= bit;
    } else if (r.kind === 'reject') {
      if (r.tag === 'withdrawn') seen |= FINAL;
      if (r.id.includes('status')) status = true;
    }
  }
  if (seen & FINAL) return 'final';
  if (seen & INTERVIEW) return 'interview';
  if (seen & SCREEN) return 'screen';
  // A bare status notice says nothing about how far the application got; any other rejection
  // that speaks of no call, interview or final round came after applying.
  return status ? 'unknown' : 'application';
}

const FINAL = 1;
const INTERVIEW = 2;
const SCREEN = 4;
const APPLICATION = 8;
const STAGE_BIT: Record<string, number> = {
  'stage-final': FINAL,
  'stage-interview': INTERVIEW,
  'stage-screen': SCREEN,
  'stage-application': APPLICATION,
};

function hiddenByScreen(signals: readonly Signal[], s: Signal): boolean {
  for (const x of signals) {
    if (
      x.rule.tag === 'stage-screen' &&
      x.field === s.field &&
      x.start < s.end &&
      s.start < x.end
    ) {
      return true;
    }
  }
  return false;
}

export interface Names {
  company: string | null;
  role: string | null;
  contactName: string | null;
}

/** Stage and the three yes/no facts: read straight off the trait phrases the matcher found. */
export function flagsOf(signals: readonly Signal[]): Omit<Facts, keyof Names> {
  let feedbackYes = false;
  let feedbackNo = false;
  let keep = false;
  let reapply = false;
  for (const s of signals) {
    if (s.rule.kind !== 'trait') continue;
    const tag = s.rule.tag;
    if (tag === 'feedback+') feedbackYes = true;
    else if (tag === 'feedback-') feedbackNo = true;
    else if (tag === 'keep') keep = true;
    else if (tag === 'reapply') reapply = true;
  }
  return {
    stage: stageOf(signals),
    offersFeedback: feedbackYes && !feedbackNo,
    keepsOnFile: keep,
    invitesReapply: reapply,
  };
}

/** Company, role and who signed: a few bounded looks at subject, opening and signature. */
export function namesOf(input: FactsInput): Names {
  const { signals, body, layout } = input;
  const end = layout.sigEnd;
  // After a "Sent from my phone" marker there is no signature to read; the name sits above it.
  const tailEnd = layout.sigKind === 'marker' ? layout.sigStart : end;
  const sigStart = layout.sigKind === 'marker' || !layout.sigKind ? tailEnd : layout.sigStart;
  const company = extractCompany({
    subject: input.subject,
    fromName: input.fromName,
    fromEmail: input.fromEmail,
    body,
    end,
    signals,
  });
  return {
    company,
    role: extractRole(input.subject, body.slice(0, layout.sigStart), input.lang, signals),
    contactName: extractContact({
      body,
      fromName: input.fromName,
      sigStart: Math.min(sigStart, tailEnd),
      end: tailEnd,
      company,
    }),
  };
}

export function extractFacts(input: FactsInput, names = true): Facts {
  const none: Names = { company: null, role: null, contactName: null };
  return { ...(names ? namesOf(input) : none), ...flagsOf(input.signals) };
}

// A few words back: far enough for "will not be inviting you to", near enough that the "not" of
// "we can't offer you the role after your interview" does not deny the interview.
const DENIAL_REACH = 32;

/** True when a negation stands just before a stage phrase in its own sentence. */
function deniedNear(s: Signal): boolean {
  const from = Math.max(0, s.start - DENIAL_REACH);
  return isNegated(s.text.slice(from, s.start), s.start - from);
}
