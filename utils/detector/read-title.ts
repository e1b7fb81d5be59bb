/**
 * Reading a job title forwards from where a phrase introduces one ("als X", "au poste de X"):
 * its words up to the first one that cannot belong to a title, without reference codes,
 * gender tags or the word for a job.
 */
import { isPlaceholder, startsUpper, tidy } from './lines';
import type { Lang } from './types';

export const MAX_WORDS = 8;
export const MAX_CHARS = 70;

export const GENDER =
  /\s*\(?\b(m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|m\/w\/x|h\/f|f\/h|m\/v\/x|m\/v|w\/m)\b\)?\s*$/i;
export const ARTICLE =
  /^(the|a|an|this|our|your|die|der|das|le|la|les|el|los|las|de|het|een|un|une)$/i;

// Words that end a title read forwards (folded: lower case, no accents). A shorter title still
// names the job ("Kauffrau" for "Kauffrau für Büromanagement"), a longer one names something
// else, so the reader stops at the first word that cannot be part of one.
export const END_WORDS: Record<Lang, Set<string>> = {
  en: words('at with on for to we that which has have had is was you from here within but as'),
  de: words(
    'bei und fur mit im in zu an am ab wurde haben nicht sie ihnen ihr ihre ihrer ihren du dich dir dein deine wir uns ich es die der das den dem des ein eine einen einer zum zur vom von',
  ),
  fr: words(
    'chez au aux sein pour qui a ete dans sur que nous vous ne en et ou avec est sera base basee par car mais lors comme afin il elle on ce cette ces notre votre le la les un une mon ton son',
  ),
  es: words(
    'en para que y ha han con sobre no a al por se le les lo es fue era estaba sigue esta este esa ese estas estos aquel aquella aquellas aquellos como pero donde desde el la los las un una su tu nuestro nuestra ya solo tambien muy mas quien cual',
  ),
  nl: words(
    'bij op voor is die in en met hebben niet van te naar gaat wordt heeft hebt zijn was dat waarop waar of door per aan je u jij we wij ik er het de een',
  ),
};
// Inside a title these join words ("Lecturer in Organic Chemistry", "chargé de clientèle").
const JOINS = words("of and & de d du des del y la l' van der voor");
// Words for a job or a posting, not a title ("la oferta de empleo", "Competition #12").
const GENERIC = words(
  'empleo trabajo trabajar incorporacion referencia job jobs work employment requisition competition application vacancy position emploi travail werk baan',
);
// Reference codes before or inside a title: "R-0045821", "#44871", "No. 4412", "Req 4410".
const REF_WORD = /^(nr|no|ref|req|n°|#)\.?$|\d/i;
const ELIDED = /^(qu|l|n|c|j|s|t|m)'/;
const JOB_NOUN =
  /\s+(position|role|job|vacancy|opening|post|stelle|rolle|job|position|poste|puesto|functie|vacature|rol)$/i;
const REFERENCE = /^(nr\.?|no\.?|n°|ref\.?|réf\.?|#)?\s*[A-Z]{0,6}[-#/]?\d[\w/.-]*\s*[–—-]\s+/i;
const CUT = /\n|[.!?;](\s|$)|,|\s[–—|-]\s|["»“”«„]|:(\s|$)|\(/;

/** Drops reference codes at the start, and a title that follows one keeps only what follows. */
function dropRefs(ws: string[]): string[] {
  let i = 0;
  while (i < ws.length && (REF_WORD.test(ws[i]) || /^[–—-]$/.test(ws[i]))) i++;
  const rest = ws.slice(i, i + MAX_WORDS + 1);
  const code = rest.findIndex((w) => /\d/.test(w) && /[-/#]/.test(w));
  return code > 0 && code < rest.length - 1 ? rest.slice(code + 1) : rest;
}

function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

export function fold(w: string): string {
  return w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The title right after an anchor: its words up to the first one that cannot belong to a
 * title in this language. German and English titles are capitalised; French, Spanish and
 * Dutch ones often are not, so there only the end words stop the reading.
 */
export function readTitle(raw: string, lang: Lang): string {
  let s = raw.replace(/^[\s"'’«“„:–—-]+/, '').replace(REFERENCE, '');
  const cut = CUT.exec(s);
  if (cut) s = s.slice(0, cut.index);
  const capitalised = lang === 'en' || lang === 'de';
  const all = dropRefs(s.split(/\s+/).filter(Boolean)).slice(0, MAX_WORDS + 1);
  if (all.length && GENERIC.has(fold(all[0]))) return '';
  const out: string[] = [];
  for (let i = 0; i < all.length && out.length < MAX_WORDS; i++) {
    const w = all[i];
    const f = fold(w);
    if (out.length && JOINS.has(f) && i + 1 < all.length) {
      const next = all[i + 1];
      if (!capitalised || startsUpper(next) || lang === 'de') {
        if (!END_WORDS[lang].has(f) || !capitalised) {
          out.push(w);
          continue;
        }
      }
    }
    if (END_WORDS[lang].has(f) || ELIDED.test(f)) break;
    if (capitalised && !startsUpper(w) && !/^\d/.test(w)) break;
    out.push(w);
  }
  while (out.length && JOINS.has(fold(out[out.length - 1]))) out.pop();
  const title = tidy(out.join(' ').replace(JOB_NOUN, '').replace(GENDER, ''));
  if (title.length < 2 || title.length > MAX_CHARS || isPlaceholder(title)) return '';
  if (!/\p{L}{2}/u.test(title) || ARTICLE.test(title)) return '';
  return title;
}
