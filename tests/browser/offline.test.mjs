// Offline use (public/sw.js): after one visit with network the app opens with none, in every area; a
// visit with network shows the newest version and keeps it for the next visit without.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from './server.mjs';
import { launch } from './browser.mjs';
import { DIST, PRICE } from './helpers.mjs';

const READY = {
  udbud: PRICE,
  indkob: '[data-area-root=indkob] [data-testid=procurement-figures]',
  aabningstid: '[data-area-root=aabningstid] [data-testid=hours-figures]',
  fordeling: '[data-area-root=fordeling] [data-testid=keys-side-by-side]',
  scenarier: '[data-area-root=scenarier] [data-testid=scenario-list]',
};

/** What the worker keeps for `language`: the page (as "/") and every file of dist/ but the worker
 * itself and the other language's modules (`ddh-<name>-en.*` are the English ones). */
function keptFor(root, language) {
  const kept = (name) => {
    const module = name.match(/^ddh-[a-z]+(-en)?(\.js|_bg\.wasm)$/);
    return !module || (module[1] === '-en') === (language === 'en');
  };
  const files = readdirSync(root).filter((name) => statSync(join(root, name)).isFile()
    && name !== 'sw.js' && name !== 'index.html' && kept(name));
  return ['/', ...files.map((name) => `/${name}`)].sort();
}

test('after one visit the app opens with no network in every area, and a visit with network picks up a new version', async () => {
  // A copy of dist/, so that a "new version" can be put in its place.
  const root = mkdtempSync(join(tmpdir(), 'ddh-offline-'));
  cpSync(DIST, root, { recursive: true });
  const server = await serveDist(root);
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.url}#udbud`);
    await page.waitForSelector(PRICE);
    // The worker takes the page over once it has kept every file of dist/ (the page as "/").
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20000 });
    const kept = await page.evaluate(async () =>
      (await (await caches.open('ddh-app')).keys()).map((request) => new URL(request.url).pathname).sort());
    assert.deepEqual(kept, keptFor(root, 'da'), 'every file of dist/ is kept, the Danish modules\' only');

    // A new version on the server: a visit with network shows it.
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    // The new version is marked on the page's body (each area names the window itself).
    const version = (tab) => tab.evaluate(() => document.body.dataset.version);
    writeFileSync(join(root, 'index.html'), html.replace(/<body([^>]*)>/, '<body$1 data-version="ny">'));
    await page.reload();
    await page.waitForSelector(PRICE);
    assert.equal(await version(page), 'ny');
    // Kept as the page fetched it: wait until the worker has stored the new page.
    await page.waitForFunction(async () => (await (await caches.match('./'))?.text())?.includes('data-version="ny"'));

    // No network at all: every area still opens, with its figures, from what was kept.
    await server.close();
    await assert.rejects(fetch(server.url), 'the server is gone');
    for (const [area, ready] of Object.entries(READY)) {
      const offline = await browser.context.newPage();
      offline.on('pageerror', (error) => problems.push(`${area}: ${error.message}`));
      await offline.goto(`${server.url}#${area}`);
      await offline.waitForSelector(ready);
      assert.equal(await version(offline), 'ny', `${area} opens the version last seen`);
      await offline.close();
    }
    assert.deepEqual(problems, []);
  } finally {
    // Closed here too, so that a failed assertion does not leave the server holding the test open
    // (closing a closed server only reports that it was not running).
    await server.close();
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('in English, the worker keeps the English modules only, and the app opens in English with no network', async () => {
  const server = await serveDist(DIST);
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(() => localStorage.setItem('ddh.language', 'en'));
    await page.goto(`${server.url}#fordeling`);
    await page.waitForSelector(READY.fordeling);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20000 });
    const kept = await page.evaluate(async () =>
      (await (await caches.open('ddh-app')).keys()).map((request) => new URL(request.url).pathname).sort());
    assert.deepEqual(kept, keptFor(DIST, 'en'));

    await server.close();
    const offline = await browser.context.newPage();
    await offline.goto(`${server.url}#indkob`);
    await offline.waitForSelector(READY.indkob);
    assert.equal((await offline.textContent('[data-area-root=indkob] [data-testid=nav-indkob]')).trim(), 'Procurement');
  } finally {
    await server.close();
    await browser.close();
  }
});
