// What both e2e suites open, and how a missing browser is reported.
import { DEMO_EMAILS, DEMO_SITES } from '../../demo/routes.mjs';
import { findExecutable } from './browsers.mjs';

export const gmail = DEMO_SITES.find((s) => s.provider === 'gmail');
export const demoOrigins = DEMO_SITES.map((s) => s.origin);
export const rejection = DEMO_EMAILS.find(
  (e) => e.kind === 'rejection' && (e.lang ?? 'en') === 'en',
);
export const offer = DEMO_EMAILS.find((e) => e.kind === 'offer');
/** The demo rejection's sender is "<Company> Careers": the log should name the company. */
export const organisation = (email) => email.from.name.split(' ')[0];

/**
 * A missing browser skips its suite with one line, except in CI, where the
 * suite runs and fails: CI must test both browsers.
 */
export function browserSkip(executable) {
  const missing = !findExecutable(executable);
  return missing && process.env.CI !== 'true'
    ? `${executable} is not installed: apt-get install ${executable}`
    : false;
}
