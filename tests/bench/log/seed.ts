/**
 * A made-up but realistic log for the benchmark: invented companies and roles, a spread
 * of stages and dates over two years, notes on some entries, a kept email on a few.
 * Deterministic, so every run measures the same data.
 */
import type { FeedbackStatus, LogEntry } from '../../../utils/db';
import type { Stage } from '../../../utils/detector/types';

const COMPANIES = [
  'Harbor & Pine',
  'Quarry Labs',
  'Société Lumière',
  'Nordhaven Logistics',
  'Brightwell Analytics',
  'Copperleaf Health',
  'Tallgrass Energy',
  'Bluefin Robotics',
  'Marigold Foods',
  'Ironbark Systems',
  'Silverline Transit',
  'Oakridge Learning',
  'Kestrel Finance',
  'Lumen Bakery Co',
  'Westmere Studio',
];
const ROLES = [
  'Data Analyst',
  'Backend Engineer',
  'Product Designer',
  'Store Manager',
  'Account Executive',
  'Research Assistant',
  'Operations Lead',
  'Frontend Developer',
  'Nurse Practitioner',
  'Copywriter',
];
const STAGES: Stage[] = ['application', 'application', 'screen', 'interview', 'final', 'unknown'];
const FEEDBACK: FeedbackStatus[] = ['none', 'none', 'none', 'drafted', 'requested', 'received'];
const QUOTES = [
  'we have decided to move forward with other candidates',
  'we will not be moving forward with your application',
  'the position has been filled',
  'after careful consideration',
];
const NOTES = [
  'Recruiter was kind on the phone; ask again in spring.',
  'The take-home took two evenings. Next time ask for the time budget first.',
  'Panel asked a lot about stakeholder management.',
];

/** A small linear congruential generator: the same sequence on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function makeEntries(count: number): LogEntry[] {
  const rnd = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const start = Date.UTC(2024, 10, 1);
  const span = 2 * 365 * 86_400_000;
  const entries: LogEntry[] = [];
  for (let i = 1; i <= count; i++) {
    const received = start + Math.floor(rnd() * span);
    const receivedAt = new Date(received).toISOString();
    const loggedAt = new Date(received + 3_600_000).toISOString();
    const stage = pick(STAGES);
    const status = pick(FEEDBACK);
    const company = pick(COMPANIES);
    const role = pick(ROLES);
    const fromEmail = i % 10 !== 0;
    entries.push({
      id: i,
      uid: `bench-${i.toString(36)}-${Math.floor(rnd() * 1e9).toString(36)}`,
      company,
      role,
      stage,
      receivedAt,
      appliedOn: rnd() < 0.4 ? isoDay(received - Math.floor(rnd() * 60) * 86_400_000) : null,
      loggedAt,
      updatedAt: loggedAt,
      source: fromEmail
        ? {
            provider: 'gmail',
            messageKey: `msg-${i}`,
            url: `https://mail.google.com/mail/u/0/#inbox/msg-${i}`,
          }
        : null,
      sender: fromEmail ? { name: `${company} Talent`, email: `talent${i}@example.com` } : null,
      subject: fromEmail ? `Your application for ${role} at ${company}` : '',
      quotes: fromEmail ? [pick(QUOTES), pick(QUOTES)].filter((q, j, a) => a.indexOf(q) === j) : [],
      fullText: i % 50 === 0 ? 'Thank you for your time. '.repeat(60) : null,
      feedback: {
        status,
        draftedOn: status === 'none' ? null : isoDay(received + 86_400_000),
        requestedOn:
          status === 'requested' || status === 'received'
            ? isoDay(received + 2 * 86_400_000)
            : null,
        receivedOn: status === 'received' ? isoDay(received + 9 * 86_400_000) : null,
        notes: status === 'received' ? 'Wanted more depth on system design.' : '',
      },
      reflection:
        rnd() < 0.2 ? [{ prompt: 'What went well?', answer: 'I stayed calm in the panel.' }] : [],
      nextSteps: rnd() < 0.3 ? 'Send a thank-you note and ask to stay in touch.' : '',
      followUpOn: rnd() < 0.15 ? isoDay(received + 14 * 86_400_000) : null,
      tags:
        rnd() < 0.5
          ? [pick(['remote', 'hybrid', 'onsite']), pick(['referral', 'cold', 'agency'])]
          : [],
      notes: rnd() < 0.3 ? pick(NOTES) : '',
      history: [{ at: loggedAt, field: 'stage', from: null, to: stage }],
    });
  }
  return entries;
}
