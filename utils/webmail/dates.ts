/**
 * Dates as webmail shows them. Machine values (ISO attributes, ids that
 * encode time) are preferred; displayed text is parsed leniently and left
 * undefined when it cannot be read with confidence.
 */

const DAY_MS = 86_400_000;
/** Webmail ids and dates outside this range are not trusted. */
const EARLIEST = Date.UTC(1995, 0, 1);

export function isoIfPlausible(ms: number, now = Date.now()): string | undefined {
  return Number.isFinite(ms) && ms >= EARLIEST && ms <= now + 2 * DAY_MS
    ? new Date(ms).toISOString()
    : undefined;
}

const local = (y: string, m: string, d: string, h = '0', min = '0') =>
  isoIfPlausible(new Date(+y, +m - 1, +d, +h, +min).getTime());

/**
 * Reads "2025-09-15T09:42:00Z", "15.09.2025, 09:42", "9/16/2025 2:20 PM",
 * "23/09/2025 10:05", "Mon, Sep 15, 2025, 9:42 AM" and the like. Displayed
 * times are local. `lang` decides only an ambiguous d/m or m/d order.
 */
export function parseDisplayedDate(raw: string, lang?: string): string | undefined {
  const s = raw.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 120) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return isoIfPlausible(Date.parse(s));
  const time = /\b(\d{1,2})[:.](\d{2})\s*([AaPp])?\.?[Mm]?\b/;
  const numeric = /\b(\d{1,2})([./])\s?(\d{1,2})\2\s?((?:19|20)\d\d)\b/.exec(s);
  if (numeric) {
    const [, a, sep, b, y] = numeric;
    const dayFirst = sep === '.' || +a > 12 || (+b <= 12 && !!lang && !/^en(?:-US)?$/i.test(lang));
    const t = time.exec(s.slice(numeric.index + numeric[0].length));
    let h = t ? +t[1] : 0;
    if (t?.[3]) h = (h % 12) + (/p/i.test(t[3]) ? 12 : 0);
    return dayFirst ? local(y, b, a, String(h), t?.[2]) : local(y, a, b, String(h), t?.[2]);
  }
  const year = /\b((?:19|20)\d\d)\b/.exec(s)?.[1];
  // Without a four-digit year, engines guess (Date.parse("1") is 2001).
  if (!year) return undefined;
  const cleaned = s
    .replace(/^[^\d\s,]+[.,]?\s+/, '') // a leading weekday, which engines may read as a month
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+at\s+/i, ' ')
    .replace(/\bSept\b/i, 'Sep');
  const ms = Date.parse(cleaned);
  const d = new Date(ms);
  // Engines guess at unknown words; keep the result only if it agrees with the digits shown.
  if (!Number.isFinite(ms) || String(d.getFullYear()) !== year) return undefined;
  if (!new RegExp(`\\b0?${d.getDate()}\\b`).test(s)) return undefined;
  return isoIfPlausible(ms);
}

/**
 * Chooses between a date derived from a provider id and the displayed one:
 * the id-derived date is exact when it agrees; when they differ by more than
 * a day (imported mail keeps its import time in the id) the displayed wins.
 */
export function reconcileDates(fromId?: string, displayed?: string): string | undefined {
  if (fromId && displayed) {
    return Math.abs(Date.parse(fromId) - Date.parse(displayed)) > DAY_MS ? displayed : fromId;
  }
  return fromId ?? displayed;
}
