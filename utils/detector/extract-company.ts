/**
 * The company, from what the mail offers: the sender's display name without its recruiting
 * words, the sender's domain (skipping ATS and webmail hosts), a signature line with a legal
 * form, and "at X" / "bei X" / "chez X" / "en X" / "bij X" in the subject or opening. A
 * candidate that agrees with the domain wins; the longest such one keeps its legal form.
 */
import {
  ATS_AND_MAIL_HOSTS,
  GREETING,
  RECRUITING_WORDS,
  TITLE_WORDS,
  withoutTitle,
} from './company-words';
import { isPlaceholder, lastLines, letters, startsUpper, tidy } from './lines';
import type { Signal } from './score';

const LEGAL_FORM =
  /(?:^|\s)(GmbH|AG|SE|KG|mbH|mbB|e\.V\.|a\.G\.|Ltd\.?|Limited|LLC|LLP|Inc\.?|inc\.|plc|Co\.|S\.A\.?S?\.?|SAS|SA|S\.L\.?U?\.?P?\.?|SLP|B\.V\.|BV|N\.V\.|NV|Srl|S\.p\.A\.|de C\.V\.)(?=$|[\s,.|])/;

export interface CompanyInput {
  signals: readonly Signal[];
  subject: string;
  fromName: string;
  fromEmail: string;
  body: string;
  /** Original-text index where quoted history starts. */
  end: number;
}

/** The part of the sender's domain that names the company, e.g. "quarrystone-labs". */
export function domainLabel(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return '';
  const labels = email
    .slice(at + 1)
    .toLowerCase()
    .split('.')
    .slice(0, -1);
  for (const label of labels) {
    if (!ATS_AND_MAIL_HOSTS.has(label.replace(/[^a-z0-9]/g, '')) && label.length > 1) return label;
  }
  return '';
}

function titleCase(label: string): string {
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}

/** Display name minus recruiting words; '' when nothing company-like remains. */
const RECRUITING_RE = new RegExp(
  `\\s(?:${RECRUITING_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')).join('|')})(?=\\s)`,
  'gi',
);

export function companyFromDisplayName(name: string): string {
  let s = ` ${name.slice(0, 120).replace(/\s+/g, ' ')} `;
  // Twice: removing one word can leave the next one standing alone ("HR Team").
  s = s.replace(RECRUITING_RE, ' ').replace(RECRUITING_RE, ' ');
  s = tidy(s.replace(/\s(via|von|from|de|del|der|at|bei|chez|en|bij)\s*$/i, ' '));
  return s && !isPlaceholder(s) ? s : '';
}

function agrees(candidate: string, key: string): boolean {
  if (!key) return false;
  const c = letters(candidate.replace(/&/g, 'and'));
  if (!c) return false;
  if (c.includes(key) || key.includes(c)) return true;
  // Compound domains ("merrowfield-trust", "bluebirdpharmacy") agree when their start does.
  const first = key.length > 5 ? key.slice(0, Math.max(5, Math.floor(key.length * 0.5))) : key;
  return c.startsWith(first) || c.includes(first);
}

/** A candidate without recruiting words or a leading article. */
function clean(candidate: string): string {
  return companyFromDisplayName(
    candidate.replace(/^(the|die|der|das|le|la|les|el|los|las|het)\s+/i, ''),
  );
}

const JOINER = /^(&|and|und|et|y|en|de|del|der|van|von|du|des|la|le|of)$/i;

/** Capitalised run of words from `from` in `text`, e.g. "Brightwell Analytics". */
function capitalisedRun(text: string, from: number): string {
  const words = text
    .slice(from, from + 80)
    .replace(/^[\s"'«“„]+/, '')
    .split(/\s+/);
  const out: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/[.,;:!?)"»”]+$/, '');
    if (!w) break;
    if (startsUpper(w) || (JOINER.test(w) && out.length > 0)) out.push(w);
    else break;
    if (w !== raw || out.length >= 6) break;
  }
  while (out.length && JOINER.test(out[out.length - 1])) out.pop();
  return out.join(' ');
}

function signatureCandidates(input: CompanyInput): string[] {
  const out: string[] = [];
  for (const line of lastLines(input.body, input.end, 10)) {
    if (line.text.length > 160) continue;
    const parts = /\s[|·•–—-]\s/.test(line.text)
      ? line.text.split(/\s[|·•–—]\s|\s-\s/)
      : [line.text];
    for (const part of parts) {
      const seg = withoutTitle(tidy(part));
      if (!seg || seg.length > 70 || isPlaceholder(seg) || /@|https?:|www\./.test(seg)) continue;
      if (GREETING.test(seg) || /^[\w.-]+\.[a-z]{2,}\/?$/i.test(seg)) continue;
      if (seg.split(' ').length > 8) continue;
      out.push(seg);
    }
  }
  return out;
}

/** Names right after the anchors the matcher found ("interest in X", "bei X", "chez X"). */
function anchoredCandidates(input: CompanyInput): string[] {
  const out: string[] = [];
  for (const s of input.signals) {
    if (s.rule.tag !== 'company-at') continue;
    const text = s.field === 'subject' ? input.subject : input.body;
    const run = capitalisedRun(text, s.end);
    if (run && !isPlaceholder(run)) out.push(run);
    if (out.length >= 8) break;
  }
  return out;
}

export function extractCompany(input: CompanyInput): string | null {
  const label = domainLabel(input.fromEmail);
  const key = letters(label);
  const personLike = looksLikePerson(input.fromName, input.fromEmail);
  const display = personLike ? '' : companyFromDisplayName(input.fromName);
  const sig = signatureCandidates(input);
  const legalOf = (c: string) => LEGAL_FORM.test(` ${c}`);

  // The display name agrees with the domain: keep it, or a fuller signature form of it.
  if (display && (!key || agrees(display, key))) {
    const base = letters(display);
    const head = display.split(' ')[0].toLowerCase();
    const fuller = sig.find(
      (c) =>
        c.length > display.length && c.toLowerCase().includes(head) && letters(c).startsWith(base),
    );
    return fuller ? clean(fuller) || display : display;
  }
  const agreeing: Array<[string, number]> = [];
  const add = (raw: string, w: number) => {
    if (!raw || !agrees(raw, key)) return;
    const c = clean(raw);
    if (c) agreeing.push([c, w]);
  };
  if (key) {
    for (const c of sig) add(c, legalOf(c) ? 4 : 3);
    for (const c of anchoredCandidates(input)) add(c, 2);
    add(subjectLead(input.subject), 2);
  }
  if (agreeing.length) {
    // The most complete agreeing name: legal forms and fuller names carry more weight.
    agreeing.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    const best = agreeing[0][0];
    const fuller = agreeing.find(
      ([c]) => c.length > best.length && letters(c).includes(letters(best)) && c.length < 70,
    );
    return fuller ? fuller[0] : best;
  }
  // No domain to agree with (webmail, an ATS host): trust the display name, then a legal form.
  if (display) return display;
  const legal = sig.find(legalOf);
  if (legal) return legal;
  const labelled = labelledCompany(input);
  if (labelled) return labelled;
  const signed = signatureCompany(sig);
  if (signed) return signed;
  if (label) return titleCase(label);
  return anchoredCandidates(input)[0] ?? null;
}

/** "Brightwater Labs: following up" / "Orbit – your application": the name leading a subject. */
function subjectLead(subject: string): string {
  const m = /^([^:|–—-]{2,60})\s*(?::|\s[|–—-]\s)/.exec(
    subject.replace(/^(re|aw|fw|fwd|wg|tr)\s*:\s*/i, ''),
  );
  return m ? capitalisedRun(m[1], 0) : '';
}

/** "Company: Cresthaven Distribution" and its siblings in ATS status mail. */
function labelledCompany(input: CompanyInput): string {
  const text = input.body.slice(0, input.end).slice(0, 3000);
  for (const label of [
    'Company:',
    'Employer:',
    'Unternehmen:',
    'Arbeitgeber:',
    'Entreprise :',
    'Entreprise:',
    'Empresa:',
    'Bedrijf:',
    'Werkgever:',
  ]) {
    const at = text.indexOf(label);
    if (at < 0) continue;
    const nl = text.indexOf('\n', at);
    const value = tidy(text.slice(at + label.length, nl < 0 ? undefined : nl).slice(0, 80));
    if (value && !isPlaceholder(value)) return value;
  }
  return '';
}

/** With nothing else to go on: the last capitalised, non-title line of the signature. */
function signatureCompany(sig: readonly string[]): string {
  for (let i = sig.length - 1; i >= 0; i--) {
    const s = clean(sig[i]);
    const words = s.split(' ');
    if (words.length < 2 || words.length > 6 || TITLE_WORDS.test(s) || /\d/.test(s)) continue;
    if (words.every((w) => startsUpper(w) || /^(&|of|and|de|del|la|le|van|von|der)$/i.test(w)))
      return s;
  }
  return '';
}

/** "Corin Vale" <corin.vale@…>: a person, not a company. */
export function looksLikePerson(name: string, email: string): boolean {
  if (companyWords(name)) return false;
  const words = name
    .replace(/^(dr|prof|mr|mrs|ms|lic|ing|dra|mme|m)\.?\s+/i, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 1 || words.length > 4) return false;
  if (
    words.some(
      (w) => !startsUpper(w) && !/^(van|von|de|der|den|du|da|di|del|la|le|y|ter|ten)$/i.test(w),
    )
  ) {
    return false;
  }
  const local = letters(email.split('@')[0] ?? '');
  const first = letters(words[0]);
  const last = letters(words[words.length - 1]);
  if (
    local &&
    first.length > 1 &&
    (local.includes(first) || (last.length > 2 && local.includes(last)))
  ) {
    return true;
  }
  return words.length >= 2 && words.length <= 3 && !companyWords(name);
}

function companyWords(s: string): boolean {
  return /\b(gmbh|ag|ltd|inc|llc|group|groupe|grupo|bank|banque|banca|studio|labs?|partners?|consulting|solutions|services|software|systems|hotels?|clinic|clinique|hospital|gemeente|mairie|stadtwerke|university|universit|school|college|foundation|trust|team|recruiting|careers|hr|rh|rrhh)\b/i.test(
    s,
  );
}
