// The built page itself: its one inline script (the loader) is allowed by the Content-Security-Policy's
// hash and nothing else inline is; a stale hash would stop the app in every browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './helpers.mjs';

test('every inline script in dist/index.html is allowed by its hash in the page\'s policy, and the policy allows no other inline script', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  // The policy's <meta>, its attributes in any order and quoted or not (the page is minified).
  const meta = [...html.matchAll(/<meta\b[^>]*>/g)].map((m) => m[0]).find((tag) => /http-equiv=["']?Content-Security-Policy/.test(tag));
  const policy = meta?.match(/content="([^"]*)"/)?.[1];
  assert.ok(policy, 'the page has a policy');
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), scriptSrc);
  const allowed = [...scriptSrc.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(inline.length, 1, 'one inline script: the loader');
  const hashes = inline.map((body) => createHash('sha256').update(body, 'utf8').digest('base64'));
  assert.deepEqual(allowed, hashes, `public/index.html's script-src needs 'sha256-${hashes[0]}'`);
});
