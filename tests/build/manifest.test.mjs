// Checks the built extensions, not the sources: the permissions each browser
// will actually show the person, and that no network API made it into the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CHROME_EXT, FIREFOX_EXT } from '../e2e/support/browsers.mjs';

const manifest = (dir) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const chrome = manifest(CHROME_EXT);
const firefox = manifest(FIREFOX_EXT);

function scripts(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, f))
    .filter((f) => f.endsWith('.js') && statSync(f).isFile());
}

test('both builds are Manifest V3', () => {
  assert.equal(chrome.manifest_version, 3);
  assert.equal(firefox.manifest_version, 3);
});

test('Chrome asks for exactly storage, sidePanel, alarms and notifications', () => {
  assert.deepEqual([...chrome.permissions].sort(), [
    'alarms',
    'notifications',
    'sidePanel',
    'storage',
  ]);
});

test('Firefox asks for exactly storage, alarms and notifications', () => {
  assert.deepEqual([...firefox.permissions].sort(), ['alarms', 'notifications', 'storage']);
});

test('host access is the webmail sites only, the same in both builds', () => {
  for (const m of [chrome, firefox]) {
    assert.ok(m.host_permissions.length > 0);
    for (const host of m.host_permissions)
      assert.match(host, /^https:\/\/[a-z0-9.-]+\.[a-z]+\/\*$/);
    assert.ok(!JSON.stringify(m).includes('<all_urls>'));
    assert.equal(m.optional_permissions, undefined);
    assert.equal(m.web_accessible_resources, undefined);
    assert.equal(m.content_security_policy, undefined, 'the default CSP forbids remote code');
    const matches = m.content_scripts.flatMap((c) => c.matches);
    assert.deepEqual([...matches].sort(), [...m.host_permissions].sort());
  }
  assert.deepEqual(chrome.host_permissions, firefox.host_permissions);
});

test('Firefox has its id, no data collection, and the lowest version web-ext lint accepts', () => {
  const gecko = firefox.browser_specific_settings.gecko;
  assert.equal(gecko.id, 'rebound@rebound.invalid');
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
  assert.equal(gecko.strict_min_version, '142.0');
});

test('the side panel is declared for both browsers', () => {
  assert.equal(chrome.side_panel.default_path, 'sidepanel.html');
  assert.equal(firefox.sidebar_action.default_panel, 'sidepanel.html');
});

test('the icons are ours, in every size', () => {
  for (const m of [chrome, firefox]) {
    assert.deepEqual(Object.keys(m.icons).sort(), ['128', '16', '32', '48']);
  }
});

// A call to any of these would be a way out of the browser.
const NETWORK_APIS = [
  /\bfetch\(/,
  /XMLHttpRequest/,
  /new WebSocket\b/,
  /sendBeacon/,
  /new EventSource\b/,
  /importScripts\(/,
];

for (const [name, dir] of [
  ['Chrome', CHROME_EXT],
  ['Firefox', FIREFOX_EXT],
]) {
  test(`the ${name} build contains no network API`, () => {
    const found = [];
    for (const file of scripts(dir)) {
      const code = readFileSync(file, 'utf8');
      for (const api of NETWORK_APIS)
        if (api.test(code)) found.push(`${path.relative(dir, file)}: ${api}`);
    }
    assert.deepEqual(found, []);
  });
}
