// The "without Rebound" side of the browser benchmark: the same Debian chromium,
// headless, with the very quiet flags of tests/e2e/support/browsers.mjs, but no
// extension at all (Playwright's own --disable-extensions stays in force).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findExecutable, isRoot, QUIET_CHROMIUM } from '../../e2e/support/browsers.mjs';

/** A persistent context like launchChromium's, minus the extension; close() also removes the profile. */
export async function launchPlainChromium({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = findExecutable('chromium');
  if (!executablePath) throw new Error('chromium is not installed (apt-get install chromium)');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'rebound-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    chromiumSandbox: !isRoot(),
    viewport: null,
    args: QUIET_CHROMIUM,
  });
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}
