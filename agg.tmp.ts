// Aggregate-only view of the held split: counts, never content.
import { detect } from './utils/detector';
import { readCorpus, toEmail } from './tests/detector/corpus-lib';
for (const l of ['en','de','fr','es','nl']) {
  const { items, errors } = readCorpus(`tests/detector/corpus/held/${l}.jsonl`);
  const langs: Record<string, number> = {}; const bands: Record<string, number> = {};
  let hasFrom = 0, hasSubj = 0, cr = 0, len = 0;
  for (const it of items) {
    const d = detect(toEmail(it));
    langs[d.lang] = (langs[d.lang] ?? 0) + 1;
    const k = `${it.label}:${d.band}`; bands[k] = (bands[k] ?? 0) + 1;
    if (it.from_email) hasFrom++; if (it.subject) hasSubj++; if (it.body.includes('\r')) cr++; len += it.body.length;
  }
  console.log(l, items.length, 'errors', errors.length, JSON.stringify(langs), JSON.stringify(bands), 'from', hasFrom, 'subj', hasSubj, 'cr', cr, 'avglen', Math.round(len / items.length));
}
