/**
 * Development aid: npx tsx tests/detector/explain.ts FILE.jsonl ID [ID …]
 * Prints each email with the detector's verdict, evidence and extracted facts.
 * For the development split only; the held-back split is never read item by item.
 */
import { detect } from '../../utils/detector';
import { readCorpus, toEmail } from './corpus-lib';

const [file, ...ids] = process.argv.slice(2);
if (!file || file.includes('/held/')) {
  console.error('usage: explain.ts DEV_FILE.jsonl ID… (development files only)');
  process.exit(2);
}
const { items } = readCorpus(file);
for (const item of items) {
  if (ids.length && !ids.includes(item.id)) continue;
  const d = detect(toEmail(item));
  console.log(
    `=== ${item.id} [${item.label}/${item.kind ?? ''}] → ${d.band} ${d.score} lang=${d.lang}`,
  );
  console.log(
    `subject: ${item.subject}\nfrom: ${item.from_name} <${item.from_email}>\n${item.body}\n---`,
  );
  for (const e of d.evidence)
    console.log(`  ${e.weight > 0 ? '+' : ''}${e.weight} ${e.rule} [${e.field}] "${e.quote}"`);
  const { company, role, contactName, stage, offersFeedback, keepsOnFile, invitesReapply, notice } =
    d;
  console.log(
    '  facts',
    JSON.stringify({
      company,
      role,
      contactName,
      stage,
      offersFeedback,
      keepsOnFile,
      invitesReapply,
      notice,
    }),
  );
  if (item.expect) console.log('  expect', JSON.stringify(item.expect));
}
