import { readCorpus, runDetector, extractionAccuracy, FIELDS, fieldRight } from './tests/detector/corpus-lib';
const show = process.argv[2];
for (const l of ['en','de','fr','es','nl']) {
  const outcomes = runDetector(readCorpus(`tests/detector/corpus/${process.env.SPLIT ?? "dev"}/${l}.jsonl`).items);
  console.log(l, JSON.stringify(extractionAccuracy(outcomes)));
  if (show) for (const o of outcomes) if (o.actual && o.item.expect && !fieldRight(show as any, o.detection, o.item.expect)) console.log('   ', o.item.id, 'got', JSON.stringify((o.detection as any)[show]), 'want', JSON.stringify((o.item.expect as any)[show]));
}
