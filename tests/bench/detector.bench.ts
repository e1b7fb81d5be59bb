/**
 * npm run bench
 * The detector against the cheapest possible pass over the same texts (lower-case, one
 * indexOf), on typical 1–5 KB messages, on a 50-message thread, and on hostile input. Prints a
 * few lines of detail, then as its very last line one JSON object:
 * {"typical_us_median","cheap_pass_us_median","ratio","thread50_ms","worst_ms"}.
 */
import { detect, warmUp, type EmailView } from '../../utils/detector';
import { hostileInputs, thread } from '../detector/hostile';
import { typicalEmails } from '../detector/typical';

const LANGS = ['en', 'de', 'fr', 'es', 'nl'];
const DEV = LANGS.map((l) => `tests/detector/corpus/dev/${l}.jsonl`);
const REPEAT = 25;
const ROUNDS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Microseconds per call of `f` on `email`, best of a few rounds of REPEAT calls. */
function perCall(f: (e: EmailView) => unknown, email: EmailView): number {
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < REPEAT; i++) f(email);
    best = Math.min(best, ((performance.now() - t0) * 1000) / REPEAT);
  }
  return best;
}

let sink = 0;
/** The cheapest pass: lower-case the subject and body, look for one phrase. */
function cheapPass(e: EmailView): number {
  const at = `${e.subject}\n${e.body}`.toLowerCase().indexOf('we regret to inform you');
  sink += at;
  return at;
}

function once(email: EmailView): number {
  const t0 = performance.now();
  detect(email);
  return performance.now() - t0;
}

const t0 = performance.now();
warmUp();
console.log(`warm-up (build all matchers): ${(performance.now() - t0).toFixed(1)} ms`);

const emails = typicalEmails(DEV);
for (const e of emails) detect(e); // let the JIT see every path once
const detectUs = emails.map((e) => perCall(detect, e));
const cheapUs = emails.map((e) => perCall(cheapPass, e));
const sizes = emails.map((e) => e.body.length);
const typical = median(detectUs);
const cheap = median(cheapUs);
console.log(
  `typical: ${emails.length} messages, median ${median(sizes)} chars; ` +
    `detect median ${typical.toFixed(1)} µs, cheap pass median ${cheap.toFixed(2)} µs`,
);

// Facts (stage, flags, names) are worked out on first read; this is what reading them adds.
const withFacts = (e: EmailView) => {
  const d = detect(e);
  return [
    d.stage,
    d.offersFeedback,
    d.keepsOnFile,
    d.invitesReapply,
    d.company,
    d.role,
    d.contactName,
  ];
};
console.log(
  `detect and read every fact: median ${median(emails.map((e) => perCall(withFacts, e))).toFixed(1)} µs`,
);

const threadMail = thread(50);
const threadMs = median([once(threadMail), once(threadMail), once(threadMail)]);
console.log(`thread of 50 messages (${threadMail.body.length} chars): ${threadMs.toFixed(2)} ms`);

let worst = threadMs;
for (const [name, email] of hostileInputs()) {
  const ms = Math.max(once(email), once(email));
  worst = Math.max(worst, ms);
  console.log(`hostile ${name} (${email.body.length} chars): ${ms.toFixed(2)} ms`);
}
if (sink === 0.5) console.log(''); // keeps the cheap pass from being optimised away

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
console.log(
  JSON.stringify({
    typical_us_median: round(typical, 2),
    cheap_pass_us_median: round(cheap, 3),
    ratio: round(typical / cheap, 2),
    thread50_ms: round(threadMs, 3),
    worst_ms: round(worst, 3),
  }),
);
