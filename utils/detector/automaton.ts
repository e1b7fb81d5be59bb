/**
 * An Aho–Corasick automaton over character classes. The shallow states (root and two levels
 * below, where reading spends nearly all its time) get full transition rows; deeper states keep
 * only their few children and fall back along failure links, which always end in a full row.
 * So a step is one table read in the common case, the total work stays linear, and memory
 * grows with the phrases rather than with phrases × alphabet.
 */
export interface Automaton {
  /** Number of character classes. */
  classes: number;
  states: number;
  /** Per state: index of its full row in `dense`, or -1 for a sparse state. */
  denseRow: Int32Array;
  dense: Int32Array;
  /** Sparse children of state s: labels and targets in [childStart[s], childStart[s + 1]). */
  childStart: Int32Array;
  childLabel: Uint8Array;
  childTarget: Int32Array;
  fail: Int32Array;
  /** Outputs ending exactly at state s: outList[outStart[s] .. outStart[s + 1]). */
  outStart: Int32Array;
  outList: Int32Array;
  /** Nearest state on the failure chain that has outputs of its own, or 0 for none. */
  outLink: Int32Array;
  /** 1 when state s or its failure chain has any output. */
  anyOut: Uint8Array;
}

const DENSE_DEPTH = 2;

/** `words[i]` is pattern i as a sequence of class ids. */
export function buildAutomaton(words: readonly Uint8Array[], classes: number): Automaton {
  const K = classes;
  // Trie as child lists: first child, next sibling, label.
  let cap = 1024;
  let firstChild = new Int32Array(cap).fill(-1);
  let nextSibling = new Int32Array(cap).fill(-1);
  let label = new Uint8Array(cap);
  let depth = new Int32Array(cap);
  const own: number[][] = [[]];
  let n = 1;
  const childOf = (s: number, k: number): number => {
    for (let c = firstChild[s]; c >= 0; c = nextSibling[c]) if (label[c] === k) return c;
    return -1;
  };
  words.forEach((word, idx) => {
    let s = 0;
    for (const k of word) {
      let t = childOf(s, k);
      if (t < 0) {
        if (n >= cap) {
          const grow = <T extends Int32Array | Uint8Array>(a: T, fill: number): T => {
            const b = new (a.constructor as { new (n: number): T })(cap * 2);
            b.fill(fill);
            b.set(a);
            return b;
          };
          firstChild = grow(firstChild, -1);
          nextSibling = grow(nextSibling, -1);
          label = grow(label, 0);
          depth = grow(depth, 0);
          cap *= 2;
        }
        t = n++;
        own.push([]);
        label[t] = k;
        depth[t] = depth[s] + 1;
        nextSibling[t] = firstChild[s];
        firstChild[s] = t;
      }
      s = t;
    }
    own[s].push(idx);
  });

  // Breadth-first order, failure links, output links.
  const order = new Int32Array(n);
  const fail = new Int32Array(n);
  const outLink = new Int32Array(n);
  let head = 0;
  let tail = 0;
  order[tail++] = 0;
  while (head < tail) {
    const s = order[head++];
    for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) {
      order[tail++] = t;
      if (s === 0) {
        fail[t] = 0;
      } else {
        let f = fail[s];
        for (;;) {
          const g = childOf(f, label[t]);
          if (g >= 0) {
            fail[t] = g;
            break;
          }
          if (f === 0) {
            fail[t] = 0;
            break;
          }
          f = fail[f];
        }
      }
      const f = fail[t];
      outLink[t] = own[f].length > 0 ? f : outLink[f];
    }
  }

  // Full rows for shallow states; a missing child continues from the failure state's row.
  const denseRow = new Int32Array(n).fill(-1);
  let rows = 0;
  for (let i = 0; i < n; i++) if (depth[order[i]] <= DENSE_DEPTH) denseRow[order[i]] = rows++;
  const dense = new Int32Array(rows * K);
  for (let i = 0; i < n; i++) {
    const s = order[i];
    const row = denseRow[s];
    if (row < 0) continue;
    const base = row * K;
    if (s === 0) dense.fill(0, base, base + K);
    else dense.set(dense.subarray(denseRow[fail[s]] * K, denseRow[fail[s]] * K + K), base);
    for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) dense[base + label[t]] = t;
  }

  // Sparse children for the rest.
  const childStart = new Int32Array(n + 1);
  let total = 0;
  for (let s = 0; s < n; s++) {
    childStart[s] = total;
    if (denseRow[s] < 0) for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) total++;
  }
  childStart[n] = total;
  const childLabel = new Uint8Array(total);
  const childTarget = new Int32Array(total);
  for (let s = 0, j = 0; s < n; s++) {
    if (denseRow[s] >= 0) continue;
    for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) {
      childLabel[j] = label[t];
      childTarget[j++] = t;
    }
  }

  const outStart = new Int32Array(n + 1);
  let outs = 0;
  for (let s = 0; s < n; s++) {
    outStart[s] = outs;
    outs += own[s].length;
  }
  outStart[n] = outs;
  const outList = new Int32Array(outs);
  for (let s = 0, j = 0; s < n; s++) for (const p of own[s]) outList[j++] = p;
  const anyOut = new Uint8Array(n);
  for (let s = 1; s < n; s++) anyOut[s] = own[s].length > 0 || outLink[s] > 0 ? 1 : 0;

  return {
    classes: K,
    states: n,
    denseRow,
    dense,
    childStart,
    childLabel,
    childTarget,
    fail,
    outStart,
    outList,
    outLink,
    anyOut,
  };
}
