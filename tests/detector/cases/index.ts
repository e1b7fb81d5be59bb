import { DE_CASES } from './de';
import { EN_CASES } from './en';
import { ES_CASES } from './es';
import { FR_CASES } from './fr';
import { NL_CASES } from './nl';
import type { Case } from './types';

export type { Case } from './types';

/** Every case comes from a plausible recruiting address, so job context never decides alone. */
export const CASE_SENDER = { name: 'Talent Team', email: 'talent@company.example' };

export const ALL_CASES: Record<string, readonly Case[]> = {
  en: EN_CASES,
  de: DE_CASES,
  fr: FR_CASES,
  es: ES_CASES,
  nl: NL_CASES,
};
