// Every rule the matcher compiles, in one table.
import { DE, DE_TRAITS } from './de';
import { EN, EN_TRAITS } from './en';
import { LAYOUT } from './layout';
import type { Rule } from './types';

export type { Rule, RuleKind, RuleLang } from './types';

export const RULES: readonly Rule[] = [...LAYOUT, ...EN, ...EN_TRAITS, ...DE, ...DE_TRAITS];
