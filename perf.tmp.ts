import { detect, getMatcher } from './utils/detector';
import { readCorpus, toEmail } from './tests/detector/corpus-lib';
let t = performance.now(); getMatcher(); console.log('build', (performance.now() - t).toFixed(1), 'ms');
const items = readCorpus('tests/detector/corpus/dev/en.jsonl').items.map(toEmail);
const long = items.filter(e => e.body.length > 800);
for (let r = 0; r < 3; r++) {
  const times: number[] = []; const cheap: number[] = [];
  for (const e of long) {
    let t0 = performance.now(); for (let k = 0; k < 20; k++) detect(e); times.push((performance.now() - t0) / 20 * 1000);
    t0 = performance.now(); let x = 0; for (let k = 0; k < 20; k++) { x += `${e.subject}\n${e.body}`.toLowerCase().indexOf('decided to go with another candidate'); } cheap.push((performance.now() - t0) / 20 * 1000);
  }
  times.sort((a,b)=>a-b); cheap.sort((a,b)=>a-b);
  console.log('n', long.length, 'avg len', Math.round(long.reduce((a,e)=>a+e.body.length,0)/long.length), 'median µs', times[times.length>>1].toFixed(1), 'cheap', cheap[cheap.length>>1].toFixed(2), 'max', times[times.length-1].toFixed(1));
}
