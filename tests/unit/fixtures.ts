import type { MessageSummary } from '@/utils/messaging';

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
