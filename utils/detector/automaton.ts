/**
 * An Aho–Corasick automaton over character classes. States are numbered breadth-first, so the
 * shallow states where reading spends nearly all its time sit together at the front (cache
 * friendly); those up to DENSE_DEPTH get full transition rows, and state s < denseCount uses row
 * s. Deeper states keep only their few children and fall back along failure links, which always
 * end in a full row. A step is one table read in the common case, the total work is linear, and
 * memory grows with the phrases rather than with phrases × alphabet.
 */
export interface Automaton {
  /** Number of character classes. */
  classes: number;
  states: number;
  /** States [0, denseCount) have full rows in `dense` (row index = state). */
  denseCount: number;
  dense: Int32Array;
  /**
   * Per state s, side by side for one cache line per step: rec[2s] is where its children start
   * in `child` (they end where state s + 1's start), rec[2s + 1] its failure state.
   */
  rec: Int32Array;
  /** Sparse children, each packed as target * 256 + class. */
  child: Int32Array;
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

interface Trie {
  n: number;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  label: Uint8Array;
  depth: Int32Array;
  own: number[][];
}

function buildTrie(words: readonly Uint8Array[]): Trie {
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
  const grow = <T extends Int32Array | Uint8Array>(a: T, fill: number): T => {
    const b = new (a.constructor as { new (n: number): T })(cap * 2);
    b.fill(fill);
    b.set(a);
    return b;
  };
  words.forEach((word, idx) => {
    let s = 0;
    for (const k of word) {
      let t = childOf(s, k);
      if (t < 0) {
        if (n >= cap) {
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
  return { n, firstChild, nextSibling, label, depth, own };
}

/** `words[i]` is pattern i as a sequence of class ids. */
export function buildAutomaton(words: readonly Uint8Array[], classes: number): Automaton {
  const K = classes;
  const { n, firstChild, nextSibling, label, depth, own } = buildTrie(words);

  // Breadth-first order: failure links need every shallower state done first.
  const bfs = new Int32Array(n);
  const parent = new Int32Array(n);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = bfs[head];
    for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) {
      parent[t] = s;
      bfs[tail++] = t;
    }
  }
  const childOf = (s: number, k: number): number => {
    for (let c = firstChild[s]; c >= 0; c = nextSibling[c]) if (label[c] === k) return c;
    return -1;
  };
  const failOld = new Int32Array(n);
  const outOld = new Int32Array(n);
  for (let i = 1; i < n; i++) {
    const t = bfs[i];
    if (parent[t] !== 0) {
      let f = failOld[parent[t]];
      for (;;) {
        const g = childOf(f, label[t]);
        if (g >= 0) {
          failOld[t] = g;
          break;
        }
        if (f === 0) break;
        f = failOld[f];
      }
    }
    const f = failOld[t];
    outOld[t] = own[f].length > 0 ? f : outOld[f];
  }

  // The numbering: the shallow states breadth-first, so their full rows sit together at the
  // front; below them depth-first, so a phrase being read walks states that are neighbours in
  // memory (its next state is usually the very next one) rather than a cache miss per char.
  let denseCount = 0;
  while (denseCount < n && depth[bfs[denseCount]] <= DENSE_DEPTH) denseCount++;
  const order = new Int32Array(n);
  order.set(bfs.subarray(0, denseCount));
  const stack: number[] = [];
  for (let i = denseCount - 1; i >= 0; i--) {
    for (let t = firstChild[bfs[i]]; t >= 0; t = nextSibling[t]) {
      if (depth[t] > DENSE_DEPTH) stack.push(t);
    }
  }
  let next = denseCount;
  while (stack.length) {
    const s = stack.pop()!;
    order[next++] = s;
    for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) stack.push(t);
  }
  const id = new Int32Array(n);
  for (let i = 0; i < n; i++) id[order[i]] = i;
  const fail = new Int32Array(n);
  const outLink = new Int32Array(n);
  for (let i = 1; i < n; i++) {
    fail[i] = id[failOld[order[i]]];
    outLink[i] = id[outOld[order[i]]];
  }

  const dense = new Int32Array(denseCount * K);
  for (let i = 0; i < denseCount; i++) {
    const base = i * K;
    if (i === 0) dense.fill(0, 0, K);
    else dense.set(dense.subarray(fail[i] * K, fail[i] * K + K), base);
    const s = order[i];
    for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) dense[base + label[t]] = id[t];
  }

  const rec = new Int32Array(2 * n + 2);
  let total = 0;
  for (let i = 0; i < n; i++) {
    rec[2 * i] = total;
    rec[2 * i + 1] = fail[i];
    if (i >= denseCount) for (let t = firstChild[order[i]]; t >= 0; t = nextSibling[t]) total++;
  }
  rec[2 * n] = total;
  const child = new Int32Array(total);
  for (let i = denseCount, j = 0; i < n; i++) {
    for (let t = firstChild[order[i]]; t >= 0; t = nextSibling[t])
      child[j++] = id[t] * 256 + label[t];
  }

  const outStart = new Int32Array(n + 1);
  let outs = 0;
  for (let i = 0; i < n; i++) {
    outStart[i] = outs;
    outs += own[order[i]].length;
  }
  outStart[n] = outs;
  const outList = new Int32Array(outs);
  for (let i = 0, j = 0; i < n; i++) for (const p of own[order[i]]) outList[j++] = p;
  const anyOut = new Uint8Array(n);
  for (let i = 1; i < n; i++) anyOut[i] = outStart[i + 1] > outStart[i] || outLink[i] > 0 ? 1 : 0;

  return {
    classes: K,
    states: n,
    denseCount,
    dense,
    rec,
    child,
    fail,
    outStart,
    outList,
    outLink,
    anyOut,
  };
}
