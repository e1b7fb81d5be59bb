// content_script_gz_kb: what the content script costs to ship and parse, as
// gzip -9 of the production build's file.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_EXT, ROOT } from '../../e2e/support/browsers.mjs';
import { round1 } from './stats.mjs';

// eslint-disable-next-line no-control-regex -- terminal colours in WXT's error output
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

export const CONTENT_SCRIPT = path.join(CHROME_EXT, 'content-scripts/webmail.js');

/** A fresh production build of the Chrome extension; throws with WXT's output on failure. */
export function buildExtension() {
  try {
    execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 60_000,
    });
  } catch (err) {
    // WXT's own message (file, line, what went wrong) comes before the stack trace.
    const output = `${err.stdout ?? ''}${err.stderr ?? ''}`
      .replace(ANSI, '')
      .split('\n')
      .filter((line) => !/^\s+at /.test(line))
      .join('\n');
    const from = output.indexOf('ERROR');
    const message = (from >= 0 ? output.slice(from) : output).trim().slice(0, 600);
    throw new Error(`wxt build failed:\n${message || err.message}`, { cause: err });
  }
}

export function contentScriptGzipKb(file = CONTENT_SCRIPT) {
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: build first`);
  return round1(gzipSync(readFileSync(file), { level: 9 }).length / 1024);
}
