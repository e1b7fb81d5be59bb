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

export function extractFacts(_input: FactsInput): Facts {
  return {
    company: null,
    role: null,
    contactName: null,
    stage: 'unknown',
    offersFeedback: false,
    keepsOnFile: false,
    invitesReapply: false,
  };
}
