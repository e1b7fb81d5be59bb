import { getMatcher } from './utils/detector/index';
import { scan } from './utils/detector/matcher';
import { autoPieces } from './utils/detector/patterns';
import { normalize } from './utils/detector/normalize';
const m = getMatcher();
for (const t of process.argv.slice(2)) {
  const n = normalize(t); const counts = new Int32Array(m.rules.length);
  const hits = scan(m, n.codes, counts);
  console.log(JSON.stringify(n.text), hits.map(h => m.rules[h.rule].id + ':' + n.text.slice(h.start, h.end)));
}
const r = m.rules.find(r => r.id === 'es.others-chosen')!;
console.log(autoPieces(r.pats[0]));
