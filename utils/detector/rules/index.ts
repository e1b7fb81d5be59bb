// Every rule the matcher compiles, in one table.
import { DE, DE_TRAITS } from './de';
import { EN, EN_TRAITS } from './en';
import { ES, ES_TRAITS } from './es';
import { FR, FR_TRAITS } from './fr';
import { LAYOUT } from './layout';
import { NL, NL_TRAITS } from './nl';
import type { Rule } from './types';

export type { Rule, RuleKind, RuleLang } from './types';

export const RULES: readonly Rule[] = [
  ...LAYOUT,
  ...EN,
  ...EN_TRAITS,
  ...DE,
  ...DE_TRAITS,
  ...FR,
  ...FR_TRAITS,
  ...ES,
  ...ES_TRAITS,
  ...NL,
  ...NL_TRAITS,
];
