import { EN_CASES } from './en';
import type { Case } from './types';

export type { Case } from './types';

export const ALL_CASES: Record<string, readonly Case[]> = {
  en: EN_CASES,
};
