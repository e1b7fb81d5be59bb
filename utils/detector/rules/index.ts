// The rule tables: one compiled matcher per language (its own rules and the layout rules), and
// the common words of each language, which decide which matcher reads the mail.
import { DE, DE_TRAITS } from './de';
import { EN } from './en';
import { EN_TRAITS } from './en-traits';
import { ES, ES_TRAITS } from './es';
import { FR, FR_TRAITS } from './fr';
import { DE_ANCHORS, EN_ANCHORS, ES_ANCHORS, FR_ANCHORS, NL_ANCHORS } from './anchors';
import { LAYOUT } from './layout';
import { NL, NL_TRAITS } from './nl';
import type { Rule } from './types';
import { DE_WIDE, EN_WIDE, ES_WIDE, FR_WIDE, NL_WIDE } from './widened';

export type { Rule, RuleKind, RuleLang } from './types';

export type RulesLang = 'en' | 'de' | 'fr' | 'es' | 'nl';

const BY_LANG: Record<RulesLang, readonly Rule[]> = {
  en: [...EN, ...EN_WIDE, ...EN_TRAITS, ...EN_ANCHORS],
  de: [...DE, ...DE_WIDE, ...DE_TRAITS, ...DE_ANCHORS],
  fr: [...FR, ...FR_WIDE, ...FR_TRAITS, ...FR_ANCHORS],
  es: [...ES, ...ES_WIDE, ...ES_TRAITS, ...ES_ANCHORS],
  nl: [...NL, ...NL_WIDE, ...NL_TRAITS, ...NL_ANCHORS],
};

// Phrases that only serve what is read besides the verdict (stage, flags, names). They are
// compiled apart and read only when someone asks for those facts.
const FACT_TAGS = new Set([
  'stage-final',
  'stage-interview',
  'stage-screen',
  'stage-application',
  'keep',
  'reapply',
  'role-at',
  'role-before',
  'company-at',
  'feedback-',
]);

const isFact = (r: Rule) => r.kind === 'trait' && FACT_TAGS.has(r.tag);

/** Rules the verdict reads in one language: layout and the language's own, minus its stop
 * words (the language guess reads those) and the fact phrases. */
export function rulesFor(lang: RulesLang): readonly Rule[] {
  return [...LAYOUT, ...BY_LANG[lang].filter((r) => r.kind !== 'stop' && !isFact(r))];
}

/** Rules read on demand for stage, flags and names. */
export function factRulesFor(lang: RulesLang): readonly Rule[] {
  return BY_LANG[lang].filter((r) => isFact(r) || (r.kind === 'trait' && r.tag === 'feedback+'));
}

/** Every language's common words. */
export const STOP_RULES: readonly Rule[] = Object.values(BY_LANG).flatMap((rules) =>
  rules.filter((r) => r.kind === 'stop'),
);

/** Every rule, for checks over the whole table. */
export const RULES: readonly Rule[] = [...LAYOUT, ...Object.values(BY_LANG).flat()];
