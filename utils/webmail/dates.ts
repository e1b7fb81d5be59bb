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

/**
 * Reads "2025-09-15T09:42:00Z", "15.09.2025, 09:42", "15 Sep 2025, 09:42",
 * "Mon, Sep 15, 2025 at 9:42 AM" and the like. Displayed times are local.
 */
export function parseDisplayedDate(raw: string): string | undefined {
  const s = raw.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 120) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return isoIfPlausible(Date.parse(s));
  const dotted = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?:\D{1,6}(\d{1,2})[:.](\d{2}))?/.exec(s);
  if (dotted) {
    const [, d, m, y, h = '0', min = '0'] = dotted;
    return isoIfPlausible(new Date(+y, +m - 1, +d, +h, +min).getTime());
  }
  // Without a four-digit year, engines guess (Date.parse("1") is 2001).
  if (!/\b(?:19|20)\d\d\b/.test(s)) return undefined;
  const cleaned = s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+at\s+/i, ' ')
    .replace(/\bSept\b/i, 'Sep');
  return isoIfPlausible(Date.parse(cleaned));
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
