/**
 * What Rebound can read from a rejection besides the verdict: company, role, who signed, how
 * far the person got, and whether the mail offers feedback, keeps the CV on file or invites a
 * new application. Facts come from the trait phrases the matcher already found plus a few
 * bounded looks at the subject, the opening and the last lines.
 */
import { extractCompany } from './extract-company';
import { extractContact } from './extract-contact';
import { extractRole } from './extract-role';
import type { Normalized } from './normalize';
import type { Signal } from './score';
import type { Layout } from './strip';
import type { Lang, Stage } from './types';

export interface FactsInput {
  subject: string;
  fromName: string;
  fromEmail: string;
  body: string;
  norm: Normalized;
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

const STAGE_ORDER: readonly Stage[] = ['final', 'interview', 'screen', 'application'];

function toSource(norm: Normalized, body: string, at: number): number {
  if (at < norm.map.length) return norm.map[at];
  return norm.map.length ? Math.min(body.length, norm.map[norm.map.length - 1] + 1) : 0;
}

export function stageOf(signals: readonly Signal[]): Stage {
  const seen = new Set<string>();
  // "recorded video interview" is a screen, not an interview: screen wording that overlaps
  // interview wording wins.
  const screens = signals.filter((s) => s.rule.tag === 'stage-screen');
  let status = false;
  for (const s of signals) {
    if (s.rule.kind === 'trait') {
      const hidden =
        s.rule.tag === 'stage-interview' &&
        screens.some((x) => x.field === s.field && x.start < s.end && s.start < x.end);
      if (!hidden) seen.add(s.rule.tag);
    }
    if (s.rule.kind === 'reject' && s.rule.tag === 'withdrawn') seen.add('stage-final');
    if (s.rule.kind === 'reject' && s.rule.id.includes('status')) status = true;
  }
  for (const stage of STAGE_ORDER) {
    // A bare status notice says nothing about how far the application got.
    if (stage === 'application' && status) break;
    if (seen.has(`stage-${stage}`)) return stage;
  }
  return 'unknown';
}

export function extractFacts(input: FactsInput): Facts {
  const { signals, norm, body, layout } = input;
  const tags = new Set<string>();
  for (const s of signals) if (s.rule.kind === 'trait') tags.add(s.rule.tag);
  const end = toSource(norm, body, layout.cut);
  const sigStart = layout.sigKind === 'marker' ? end : toSource(norm, body, layout.sigStart);
  const tailEnd = layout.sigKind === 'marker' ? toSource(norm, body, layout.sigStart) : end;
  const company = extractCompany({
    subject: input.subject,
    fromName: input.fromName,
    fromEmail: input.fromEmail,
    body,
    end,
  });
  return {
    company,
    role: extractRole(input.subject, body.slice(0, end), input.lang),
    contactName: extractContact({
      body,
      fromName: input.fromName,
      sigStart: Math.min(sigStart, tailEnd),
      end: tailEnd,
      company,
    }),
    stage: stageOf(signals),
    offersFeedback: tags.has('feedback+') && !tags.has('feedback-'),
    keepsOnFile: tags.has('keep'),
    invitesReapply: tags.has('reapply'),
  };
}
