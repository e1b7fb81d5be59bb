// First check: a short phrase list, to be replaced by the full detector.
import type { Detection, EmailView, Evidence } from './types';

export type * from './types';

const PHRASES = [
  'decided to go with another candidate',
  'decided to move forward with other candidates',
  'will not be moving forward',
  'not to move forward with your application',
  'unfortunately we will not',
];
const COUNTER = ['pleased to offer', 'invite you to an interview', 'received your application'];

export function detect(email: EmailView): Detection {
  const body = email.body.slice(0, 200_000);
  const lower = body.toLowerCase();
  const evidence: Evidence[] = [];
  for (const phrase of PHRASES) {
    const at = lower.indexOf(phrase);
    if (at >= 0) {
      evidence.push({ quote: body.slice(at, at + phrase.length), rule: 'phrase', field: 'body', start: at, end: at + phrase.length, weight: 1 });
    }
  }
  const countered = COUNTER.some((c) => lower.includes(c));
  const isRejection = evidence.length > 0 && !countered;
  return {
    band: isRejection ? 'rejection' : 'not',
    score: isRejection ? 0.9 : 0,
    evidence,
    notice: null,
    company: null,
    role: null,
    contactName: null,
    stage: 'unknown',
    offersFeedback: false,
    keepsOnFile: false,
    invitesReapply: false,
    lang: 'en',
  };
}
