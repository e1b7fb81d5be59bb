/** The words the log's pages use for its values, and how dates are shown. */
import type { FeedbackStatus } from '@/utils/db';
import type { Stage } from '@/utils/detector/types';

export const STAGE_LABELS: Record<Stage, string> = {
  application: 'Application',
  screen: 'First call',
  interview: 'Interviews',
  final: 'Final round',
  unknown: 'Not known',
};

export const FEEDBACK_LABELS: Record<FeedbackStatus, string> = {
  none: 'Not asked',
  drafted: 'Drafted',
  requested: 'Asked',
  received: 'Received',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

/** An ISO instant, or a YYYY-MM-DD calendar date (read as that local day). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(+day[1], +day[2] - 1, +day[3]) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** YYYY-MM as "Mar 2026". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return monthFormat.format(new Date(y, m - 1, 1));
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
