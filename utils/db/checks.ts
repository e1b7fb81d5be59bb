/**
 * Tiny field checkers. Each takes an unknown value and the field's path, returns the
 * clean value, and records a plain-words problem when the value is not acceptable.
 */
import { isDateOnly, isWebUrl, toInstant } from './fields';

export interface FieldIssue {
  /** Path inside the entry, e.g. "feedback.status" or "tags[2]". */
  field: string;
  message: string;
}

export type Checker<T> = (value: unknown, path: string, issues: FieldIssue[]) => T;

/** How a value is described in a message: short, and never the whole of a long text. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}…` : json;
}

function fail<T>(issues: FieldIssue[], field: string, message: string, fallback: T): T {
  issues.push({ field, message });
  return fallback;
}

export const text =
  (max: number): Checker<string> =>
  (v, path, issues) => {
    if (typeof v !== 'string')
      return fail(issues, path, `must be text (found ${describeValue(v)})`, '');
    if (v.length > max) return fail(issues, path, `is longer than ${max} characters`, '');
    return v;
  };

export const filledText =
  (max: number): Checker<string> =>
  (v, path, issues) => {
    const value = text(max)(v, path, issues);
    if (typeof v === 'string' && !value.trim()) return fail(issues, path, 'must not be empty', '');
    return value;
  };

export const oneOf =
  <T extends string>(values: readonly T[]): Checker<T> =>
  (v, path, issues) =>
    values.includes(v as T)
      ? (v as T)
      : fail(
          issues,
          path,
          `must be one of ${values.join(', ')} (found ${describeValue(v)})`,
          values[0],
        );

export const nullable =
  <T>(check: Checker<T>): Checker<T | null> =>
  (v, path, issues) =>
    v === null ? null : check(v, path, issues);

export const calendarDate: Checker<string> = (v, path, issues) =>
  typeof v === 'string' && isDateOnly(v)
    ? v
    : fail(issues, path, `must be a date written YYYY-MM-DD (found ${describeValue(v)})`, '');

/** An ISO 8601 date and time (a bare date is accepted), kept in canonical UTC form. */
export const instant: Checker<string> = (v, path, issues) => {
  const value = typeof v === 'string' ? toInstant(v) : null;
  return (
    value ??
    fail(issues, path, `must be a date and time in ISO 8601 form (found ${describeValue(v)})`, '')
  );
};

export const webUrl =
  (max: number): Checker<string> =>
  (v, path, issues) => {
    const value = text(max)(v, path, issues);
    if (typeof v === 'string' && v.length <= max && !isWebUrl(value))
      return fail(issues, path, 'must be a web address starting with https:// or http://', '');
    return value;
  };

export const slug =
  (max: number): Checker<string> =>
  (v, path, issues) =>
    typeof v === 'string' && v.length <= max && /^[a-z0-9][a-z0-9-]*$/.test(v)
      ? v
      : fail(
          issues,
          path,
          `must be a short name in lower-case letters, digits and dashes (found ${describeValue(v)})`,
          '',
        );

export const wholeNumber: Checker<number> = (v, path, issues) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 1
    ? v
    : fail(issues, path, `must be a whole number from 1 up (found ${describeValue(v)})`, 0);

export const list =
  <T>(item: Checker<T>, max: number): Checker<T[]> =>
  (v, path, issues) => {
    if (!Array.isArray(v))
      return fail(issues, path, `must be a list (found ${describeValue(v)})`, []);
    if (v.length > max) return fail(issues, path, `has more than ${max} items`, []);
    return v.map((x, i) => item(x, `${path}[${i}]`, issues));
  };

/** A field of an object: its checker, and what it is when absent (or absent is a problem). */
export interface FieldSpec<T> {
  check: Checker<T>;
  missing?: () => T;
}

export type Shape<T> = { [K in keyof T]-?: FieldSpec<T[K]> };

/** An object with exactly these fields: unknown ones are refused, not silently dropped. */
export const record =
  <T>(shape: Shape<T>): Checker<T> =>
  (v, path, issues) => {
    const at = (key: string) => (path ? `${path}.${key}` : key);
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return fail(
        issues,
        path || 'entry',
        `must be an object (found ${describeValue(v)})`,
        {} as T,
      );
    const raw = v as Record<string, unknown>;
    for (const key of Object.keys(raw))
      if (!Object.hasOwn(shape, key))
        issues.push({ field: at(key), message: 'is not a field Rebound knows' });
    const out = {} as T;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const spec = shape[key];
      if (raw[key] === undefined) {
        if (spec.missing) out[key] = spec.missing();
        else issues.push({ field: at(key), message: 'is missing' });
      } else {
        out[key] = spec.check(raw[key], at(key), issues);
      }
    }
    return out;
  };
