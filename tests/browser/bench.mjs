// Size of dist/ (raw and gzip) and the time from navigation to the first rendered result in headless
// Chromium, median of 5 cold loads (a fresh profile each, so nothing is cached).
// Run with `cargo xtask bench`, which builds dist/ first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serveDist } from './server.mjs';
import { launch } from './browser.mjs';

const DIST = process.env.DDH_DIST ?? new URL('../../dist', import.meta.url).pathname;
const RUNS = 5;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let raw = 0;
let gzip = 0;
for (const name of readdirSync(DIST)) {
  const path = join(DIST, name);
  if (!statSync(path).isFile()) continue;
  const bytes = readFileSync(path);
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(`${name.padEnd(40)} ${kb(bytes.length).padStart(10)} raw ${kb(zipped).padStart(10)} gzip`);
}
console.log(`${'dist/ in all'.padEnd(40)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip`);

const server = await serveDist(DIST, '/');
const times = [];
for (let run = 0; run < RUNS; run += 1) {
  const browser = await launch();
  const page = await browser.context.newPage();
  // Record, inside the page, the moment the price per citizen first has text (ms since navigation start).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const price = document.querySelector('[data-testid=price-per-citizen]');
      if (price && price.textContent.trim()) {
        window.__firstResult = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__firstResult !== undefined);
  times.push(await page.evaluate(() => window.__firstResult));
  await browser.close();
}
// Edit to result: with all 98 members ticked, untick one member and time until the page has finished
// changing (engine, tables and chart redrawn), median of 5 edits.
const edits = [];
{
  const browser = await launch();
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.click('[data-testid=preset-all]');
  await page.waitForFunction(() => document.querySelector('[data-testid=selected-count]')?.textContent.startsWith('98'));
  for (const code of [101, 147, 751, 825, 860]) {
    edits.push(await page.evaluate((code) => new Promise((resolve) => {
      // Time to the last DOM change the edit causes (engine, tables and chart redrawn): every mutation
      // moves the finish line; 300 ms without one ends the measurement.
      let start;
      let last;
      let quiet;
      const finish = () => {
        observer.disconnect();
        resolve(last - start);
      };
      const observer = new MutationObserver(() => {
        last = performance.now();
        clearTimeout(quiet);
        quiet = setTimeout(finish, 300);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      start = performance.now();
      last = start;
      quiet = setTimeout(finish, 300);
      document.querySelector(`[data-testid=member-${code}]`).click();
    }), code));
  }
  await browser.close();
}
await server.close();
console.log(`untick one of 98 members until the page is redrawn: ${edits.map((t) => t.toFixed(1)).join(', ')} ms; median ${median(edits).toFixed(1)} ms`);
console.log(`first rendered result: ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${median(times).toFixed(0)} ms over ${RUNS} cold loads`);
