/**
 * Rules are data: a kind, a weight in log-odds, and phrase patterns written in normalised text
 * (see normalize.ts). Pattern syntax, expanded once when the matcher is built:
 *   (a|b|)  one of the alternatives; an empty one makes the group optional
 *   *x / x* the phrase may continue a word on that side (no word boundary there)
 */
export type RuleLang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'any';

export type RuleKind =
  /** Rejection wording; w > 0. */
  | 'reject'
  /** Wording that says it is something else (offer, invitation, receipt…); w < 0. */
  | 'counter'
  /** Job news that is not a rejection of the person: layoff, freeze, on hold; w < 0. */
  | 'notice'
  /** Words that place the mail in a job application at all. */
  | 'job'
  /** Facts for extraction: feedback, keeps on file, reapply, stage. */
  | 'trait'
  /** Layout: quoted-history headers, footers, sign-offs. */
  | 'struct'
  /** Common words, counted to guess the language. */
  | 'stop';

export interface Rule {
  id: string;
  kind: RuleKind;
  lang: RuleLang;
  /** Log-odds contribution; 0 for kinds that do not score. */
  w: number;
  /** Sub-kind: counter family, notice type, trait name, layout role. */
  tag: string;
  pats: readonly string[];
  /** Only counts in this field. */
  where?: 'subject' | 'body';
  /**
   * A second set of phrases that must follow a hit of `pats` within `within` chars: word order
   * that puts words between the parts ("unser Angebot vom 2. April … zurückziehen").
   */
  then?: readonly string[];
  within?: number;
  /** The two parts must sit in one sentence (no . ! ? or blank line between them). */
  sameSentence?: boolean;
}

type Spec = Omit<Rule, 'lang'>;

/** Builds a rule table for one language from compact rows. */
export function ruleSet(lang: RuleLang, specs: readonly Spec[]): Rule[] {
  return specs.map((s) => ({ ...s, lang }));
}

export const reject = (id: string, w: number, pats: string[], tag = ''): Spec => ({
  id,
  kind: 'reject',
  w,
  tag,
  pats,
});

/** Rejection wording in two parts: `first` then, within `within` chars, `second`. */
export const rejectNear = (
  id: string,
  w: number,
  first: string[],
  second: string[],
  within = 60,
  tag = '',
): Spec => ({ id, kind: 'reject', w, tag, pats: first, then: second, within });

/** Two parts within one sentence, e.g. "leider … nicht". */
export const rejectSentence = (
  id: string,
  w: number,
  first: string[],
  second: string[],
  within = 70,
): Spec => ({
  id,
  kind: 'reject',
  w,
  tag: '',
  pats: first,
  then: second,
  within,
  sameSentence: true,
});

export const counterNear = (
  tag: string,
  id: string,
  w: number,
  first: string[],
  second: string[],
  within = 60,
): Spec => ({ id, kind: 'counter', w: -Math.abs(w), tag, pats: first, then: second, within });

export const subjectReject = (id: string, w: number, pats: string[]): Spec => ({
  id,
  kind: 'reject',
  w,
  tag: '',
  pats,
  where: 'subject',
});

export const counter = (tag: string, id: string, w: number, pats: string[]): Spec => ({
  id,
  kind: 'counter',
  w: -Math.abs(w),
  tag,
  pats,
});

export const subjectCounter = (tag: string, id: string, w: number, pats: string[]): Spec => ({
  id,
  kind: 'counter',
  w: -Math.abs(w),
  tag,
  pats,
  where: 'subject',
});

export const notice = (tag: string, id: string, w: number, pats: string[]): Spec => ({
  id,
  kind: 'notice',
  w: -Math.abs(w),
  tag,
  pats,
});

export const noticeNear = (
  tag: string,
  id: string,
  w: number,
  first: string[],
  second: string[],
  within = 60,
): Spec => ({ id, kind: 'notice', w: -Math.abs(w), tag, pats: first, then: second, within });

export const job = (id: string, pats: string[]): Spec => ({ id, kind: 'job', w: 0, tag: '', pats });

export const trait = (tag: string, id: string, pats: string[]): Spec => ({
  id,
  kind: 'trait',
  w: 0,
  tag,
  pats,
});

export const struct = (tag: string, id: string, pats: string[]): Spec => ({
  id,
  kind: 'struct',
  w: 0,
  tag,
  pats,
});

/** Common words for guessing the language; one- and two-letter ones would fire on every
 * letter pair in every mail, so they are left out. */
export const stop = (words: string[]): Spec => ({
  id: 'stop',
  kind: 'stop',
  w: 0,
  tag: '',
  pats: words.filter((w) => w.length >= 3),
});
