import { detect } from './utils/detector';
import { readCorpus, toEmail } from './tests/detector/corpus-lib';
for (const l of ['en','de','fr','es','nl']) {
  const { items } = readCorpus(`tests/detector/corpus/dev/${l}.jsonl`);
  let ok = 0; const bad: string[] = [];
  for (const it of items) { const d = detect({ ...toEmail(it), lang: undefined }); if (d.lang === (it.lang ?? l)) ok++; else bad.push(`${it.id}->${d.lang}`); }
  console.log(l, ok, '/', items.length, bad.join(' '));
}
