// Renders public/icon.svg, the one source of Rebound's icon, into the PNG sizes
// the manifest needs (public/icon/<size>.png), using Debian's Chromium.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findExecutable, ROOT } from '../e2e/support/browsers.mjs';

const svg = readFileSync(path.join(ROOT, 'public/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: findExecutable('chromium'),
  args: ['--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  const out = path.join(ROOT, 'public/icon', `${size}.png`);
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${path.relative(ROOT, out)}`);
}
await browser.close();
