// Aggregate-only: sorted scores of held misses (no ids, no text).
import { detect } from './utils/detector';
import { readCorpus, toEmail } from './tests/detector/corpus-lib';
for (const l of ['en','de','fr','es','nl']) {
  const { items } = readCorpus(`tests/detector/corpus/held/${l}.jsonl`);
  const fn: number[] = [], fp: number[] = [];
  for (const it of items) { const d = detect(toEmail(it)); if (it.label === 'rejection' && d.band !== 'rejection') fn.push(d.score); if (it.label !== 'rejection' && d.band === 'rejection') fp.push(d.score); }
  console.log(l, 'fn', fn.sort().join(','), 'fp', fp.sort().join(','));
}
