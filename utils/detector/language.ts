/**
 * Guesses the language from how often each language's common words and rule phrases occur.
 * The hint from the page (email.lang) only tips a close call: webmail interfaces often carry
 * the reader's language, not the sender's.
 */
import type { Lang } from './types';
import type { Matcher } from './matcher';

const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'nl'];

const ALLOWED = Object.fromEntries(
  LANGS.map((l) => [l, new Set<string>(['any', l]) as ReadonlySet<string>]),
) as Record<Lang, ReadonlySet<string>>;

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

export interface LanguageGuess {
  lang: Lang;
  /** Rule languages that may decide: the guess and the layout rules. */
  allowed: ReadonlySet<string>;
}

export function chooseLanguage(m: Matcher, counts: Int32Array, hint?: string): LanguageGuess {
  const score: Record<Lang, number> = { en: 0, de: 0, fr: 0, es: 0, nl: 0 };
  for (let r = 0; r < counts.length; r++) {
    const n = counts[r];
    if (n === 0) continue;
    const rule = m.rules[r];
    if (rule.lang === 'any' || rule.kind === 'struct') continue;
    score[rule.lang] += rule.kind === 'stop' ? n : 2 * Math.min(n, 3);
  }
  const primary = typeof hint === 'string' ? hint.slice(0, 2).toLowerCase() : '';
  let total = 0;
  for (const l of LANGS) total += score[l];
  if (isLang(primary)) score[primary] += Math.max(2, total * 0.1);
  let best: Lang = 'en';
  for (const l of LANGS) if (score[l] > score[best]) best = l;
  return { lang: best, allowed: ALLOWED[best] };
}
