/**
 * Development aid: npx tsx tests/detector/cases/run.ts [lang]
 * Runs the hand-written case tables and prints the ones the detector gets wrong.
 */
import { detect } from '../../../utils/detector';
import { ALL_CASES, CASE_SENDER } from './index';

const only = process.argv[2];
let wrong = 0;
let total = 0;
for (const [lang, cases] of Object.entries(ALL_CASES)) {
  if (only && only !== lang) continue;
  for (const [expected, subject, body] of cases) {
    total++;
    const d = detect({ subject, from: CASE_SENDER, body });
    const got = d.band === 'rejection' ? 'rejection' : 'not';
    if (got === expected) continue;
    wrong++;
    const ev = d.evidence.map((e) => `${e.weight} ${e.rule} "${e.quote}"`).join(' | ');
    console.log(
      `[${lang}] expected ${expected}, got ${d.band} ${d.score} :: ${subject} :: ${body.slice(0, 120).replace(/\n/g, ' ')}\n      ${ev}`,
    );
  }
}
console.log(`${total - wrong}/${total} right`);
