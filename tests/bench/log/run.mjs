#!/usr/bin/env node
// The log's browser benchmark: builds tests/bench/log with Vite into a temporary folder,
// serves it on 127.0.0.1, runs it in headless Chromium and returns the five timings.
// Alone: `node tests/bench/log/run.mjs [--details]` prints them as JSON (CHROMIUM=<path>
// chooses the browser; otherwise `command -v chromium`).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const KEYS = [
  'log_first_page_ms',
  'log_search_ms',
  'log_stats_ms',
  'log_export_ms',
  'log_import_ms',
];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function buildPage(outDir) {
  const { build } = await import('vite');
  await build({
    root: here,
    base: './',
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    resolve: { alias: { '@': repoRoot } },
    build: { outDir, emptyOutDir: true, target: 'esnext', reportCompressedSize: false },
  });
}

function serve(dir) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(
      dir,
      path.normalize(url.pathname === '/' ? '/index.html' : url.pathname),
    );
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs the benchmark page in Chromium; resolves with the five timings in milliseconds
 * (with `details`, also the cold first page, the export size and the entry count).
 */
export async function benchLog({ chromiumPath, timeoutMs = 180_000, details = false } = {}) {
  const { chromium } = await import('playwright-core');
  const outDir = await mkdtemp(path.join(tmpdir(), 'rebound-bench-log-'));
  let server;
  let browser;
  try {
    await buildPage(outDir);
    server = await serve(outDir);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction(() => window.__benchResult, null, { timeout: timeoutMs });
    const result = await page.evaluate(() => window.__benchResult);
    if (result.error) throw new Error(`log benchmark failed in the page: ${result.error}`);
    return details ? result : Object.fromEntries(KEYS.map((k) => [k, result[k]]));
  } finally {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    await rm(outDir, { recursive: true, force: true });
  }
}

function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
    encoding: 'utf8',
  }).trim();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  benchLog({ chromiumPath: findChromium(), details: process.argv.includes('--details') }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
