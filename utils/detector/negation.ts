/**
 * Whether a phrase is denied by the words just before it, in the same sentence:
 * "we will not be inviting you to…", "keine Einladung", "ne … pas vous proposer…".
 */
const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'longer',
  'unable',
  'cannot',
  'without',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'nie',
  'ohne',
  'ne',
  'n',
  'pas',
  'jamais',
  'plus',
  'sans',
  'nunca',
  'ni',
  'sin',
  'niet',
  'geen',
  'nooit',
  'zonder',
]);

const WINDOW = 40;

export function isNegated(text: string, start: number): boolean {
  let from = Math.max(0, start - WINDOW);
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3b) {
      from = i + 1;
      break;
    }
  }
  const window = text
    .slice(from, start)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
  for (const w of window.split(/[^a-z'\u00e0-\u00ff]+/)) {
    if (!w) continue;
    if (w.endsWith("n't")) return true;
    const bare = w.endsWith("'") ? w.slice(0, -1) : w;
    if (NEGATORS.has(bare)) return true;
    if (w.startsWith("n'")) return true;
  }
  return false;
}
