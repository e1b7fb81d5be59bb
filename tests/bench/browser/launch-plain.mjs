// The "without Rebound" side of the browser benchmark: the same Debian chromium,
// headless, with the same quiet flags as tests/e2e/support/browsers.mjs, but no
// extension at all (Playwright's own --disable-extensions stays in force).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findExecutable } from '../../e2e/support/browsers.mjs';

// Kept equal to QUIET_CHROMIUM in tests/e2e/support/browsers.mjs, which does not export it;
// the two contexts must differ only by the extension.
export const QUIET_CHROMIUM = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
];

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

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
