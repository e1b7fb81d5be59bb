/**
 * npm run eval -- FILE.jsonl [FILE2.jsonl …]
 * One line per wrong verdict, then, as the very last line, the metrics as one JSON object.
 */
import { describeMiss, metricsOf, readCorpus, runDetector, type CorpusItem } from './corpus-lib';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run eval -- FILE.jsonl [MORE.jsonl …]');
  process.exit(2);
}
const items: CorpusItem[] = [];
for (const file of files) {
  try {
    const parsed = readCorpus(file);
    for (const e of parsed.errors) console.error(e);
    items.push(...parsed.items);
  } catch (e) {
    console.error(`${file}: cannot read (${(e as Error).message})`);
  }
}
const outcomes = runDetector(items);
for (const o of outcomes) if (o.predicted !== o.actual) console.log(describeMiss(o));
console.log(JSON.stringify(metricsOf(outcomes)));
