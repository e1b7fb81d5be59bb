// Aggregate-only breakdown of held misses: counts per category, no ids, no text, no rule names.
import { detect } from './utils/detector';
import { readCorpus, toEmail } from './tests/detector/corpus-lib';
for (const l of ['en','de','fr','es','nl']) {
  const { items } = readCorpus(`tests/detector/corpus/held/${l}.jsonl`);
  const c = { fnNoPos: 0, fnCountered: 0, fnWeak: 0, fpWithCounter: 0, fpNoCounter: 0 };
  for (const it of items) {
    const d = detect(toEmail(it));
    const pos = d.evidence.filter(e => e.weight > 0).length, neg = d.evidence.filter(e => e.weight < 0).length;
    if (it.label === 'rejection' && d.band !== 'rejection') { if (!pos) c.fnNoPos++; else if (neg) c.fnCountered++; else c.fnWeak++; }
    if (it.label !== 'rejection' && d.band === 'rejection') { if (neg) c.fpWithCounter++; else c.fpNoCounter++; }
  }
  console.log(l, JSON.stringify(c));
}
