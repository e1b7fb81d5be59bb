/** Shared fixtures for the log's tests: a fresh database per test, and sample emails. */
import { createLogDb, type LogDatabase } from '@/utils/db';
import type { Detection, Evidence } from '@/utils/detector/types';
import type { MessageSummary } from '@/utils/messaging';

let counter = 0;
const opened: LogDatabase[] = [];

/** A database no other test touches. */
export function freshDb(): LogDatabase {
  counter += 1;
  const db = createLogDb(`rebound-test-${counter}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

export async function closeAll(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete().catch(() => {});
  }
}

export function message(overrides: Partial<MessageSummary> = {}): MessageSummary {
  return {
    provider: 'gmail',
    key: 'msg-001',
    url: 'https://mail.google.com/mail/u/0/#inbox/msg-001',
    subject: 'Your application for Data Analyst',
    from: { name: 'Harbor & Pine Talent Team', email: 'talent@harborpine.example' },
    date: '2026-03-14T09:30:00.000Z',
    body: 'Thank you for your interest. After careful review we will not be moving forward.',
    ...overrides,
  };
}

const evidence = (quote: string, weight = 1): Evidence => ({
  quote,
  rule: 'test-rule',
  field: 'body',
  start: 0,
  end: quote.length,
  weight,
});

export function detection(overrides: Partial<Detection> = {}): Detection {
  return {
    band: 'rejection',
    score: 0.92,
    evidence: [
      evidence('we will not be moving forward'),
      evidence('received your application', -0.5),
    ],
    notice: null,
    company: 'Harbor & Pine',
    role: 'Data Analyst',
    contactName: null,
    stage: 'interview',
    offersFeedback: false,
    keepsOnFile: false,
    invitesReapply: false,
    lang: 'en',
    ...overrides,
  };
}

/** Waits for a condition instead of sleeping a fixed time. */
export async function until<T>(check: () => T | Promise<T>, timeoutMs = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
