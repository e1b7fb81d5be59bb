import type { Detection } from '@/utils/detector/types';
import type { MessageSummary } from '@/utils/messaging';

export function aDetection(patch: Partial<Detection> = {}): Detection {
  return {
    band: 'rejection',
    score: 0.93,
    evidence: [
      {
        quote: 'we have decided not to proceed',
        rule: 'en.decided-not',
        field: 'body',
        start: 10,
        end: 40,
        weight: 0.8,
      },
    ],
    notice: null,
    company: 'Brightwell Analytics',
    role: 'Data Analyst',
    contactName: 'Dana',
    stage: 'interview',
    offersFeedback: true,
    keepsOnFile: false,
    invitesReapply: false,
    lang: 'en',
    ...patch,
  };
}

export function aMessage(patch: Partial<MessageSummary> = {}): MessageSummary {
  return {
    provider: 'gmail',
    key: 'msg-f:1862317453241163041',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
    subject: 'Your application to Brightwell Analytics',
    from: { name: 'Dana Reyes', email: 'dana@brightwell.example' },
    date: '2026-10-14T09:30:00.000Z',
    body: 'Thank you for your time. We have decided not to proceed with your application.',
    ...patch,
  };
}
