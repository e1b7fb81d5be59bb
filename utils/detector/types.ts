/** What the detector reads: one email, reduced to plain text by a webmail adapter. */
export interface EmailView {
  subject: string;
  from: { name: string; email: string };
  body: string;
  /** ISO 8601 when the adapter could read it. */
  date?: string;
  /** A hint (BCP 47 primary tag), e.g. from the page; the detector decides for itself. */
  lang?: string;
}

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl';

/** rejection: clearly a rejection of the person; maybe: worth a soft mark; not: anything else. */
export type Band = 'rejection' | 'maybe' | 'not';

/** How far the person got before the answer came. */
export type Stage = 'application' | 'screen' | 'interview' | 'final' | 'unknown';

/** News about a job that is not a rejection of the person, shown as an update. */
export type Notice = 'layoff' | 'hiring-freeze' | 'on-hold';

export interface Evidence {
  /** The words that decided, exactly as they stand in `field`. */
  quote: string;
  rule: string;
  field: 'subject' | 'body';
  start: number;
  end: number;
  /** Positive for rejection wording, negative for a counter-signal. */
  weight: number;
}

export interface Detection {
  band: Band;
  score: number;
  evidence: Evidence[];
  notice: Notice | null;
  company: string | null;
  role: string | null;
  contactName: string | null;
  stage: Stage;
  offersFeedback: boolean;
  keepsOnFile: boolean;
  invitesReapply: boolean;
  lang: Lang;
}
