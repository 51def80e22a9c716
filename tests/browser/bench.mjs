// Size of dist/ (raw and gzip) and of what a first visit to each area downloads, the time from navigation to the first rendered result in headless
// Chromium (cold loads, a fresh profile each, so nothing is cached), and the time from an edit to the
// page redrawn with all 98 members ticked. Medians. Run with `cargo xtask bench`, which builds dist/ first.
// With DDH_BASELINE_DIST (a minimal Leptos app's dist/, see xtask), its first render is timed in the same
// run, alternating with this app's, and the ratio is printed: an absolute time varies between runs on
// shared machines, a ratio taken in one run holds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serveDist } from './server.mjs';
import { launch } from './browser.mjs';

const DIST = process.env.DDH_DIST ?? new URL('../../dist', import.meta.url).pathname;
const BASELINE = process.env.DDH_BASELINE_DIST;
const LOADS = BASELINE ? 15 : 5;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function sizes(dist, label) {
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(dist)) {
    const path = join(dist, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    console.log(`${name.padEnd(40)} ${kb(bytes.length).padStart(10)} raw ${kb(zipped).padStart(10)} gzip`);
  }
  console.log(`${label.padEnd(40)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip`);
}

/** What a first visit to `url` downloads, as the gzip -9 size of each file requested: the first-load
 * transfer (each area is a module of its own, loaded when shown, so it differs by area). */
async function firstLoad(url, ready, language) {
  const browser = await launch();
  const page = await browser.context.newPage();
  // A representative who chose English before (the switch keeps it in localStorage).
  if (language) await page.addInitScript((code) => localStorage.setItem('ddh.language', code), language);
  const files = new Set();
  page.on('requestfinished', (request) => files.add(new URL(request.url()).pathname.replace(/^\//, '')));
  await page.goto(url);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await browser.close();
  let gzip = 0;
  for (const name of [...files].map((file) => file || 'index.html').sort()) {
    gzip += gzipSync(readFileSync(join(DIST, name)), { level: 9 }).length;
  }
  return { gzip, files: [...files].map((file) => file || 'index.html').sort() };
}

/** Milliseconds from navigation start until `selector` first has text, in a cold browser. */
async function firstResult(url, selector) {
  const browser = await launch();
  const page = await browser.context.newPage();
  await page.addInitScript((selector) => {
    new MutationObserver((_, observer) => {
      const element = document.querySelector(selector);
      if (element && element.textContent.trim()) {
        window.__firstResult = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstResult !== undefined);
  const time = await page.evaluate(() => window.__firstResult);
  await browser.close();
  return time;
}

/** Milliseconds from `act` (a click on `selector`, or `text` typed into it) to the last DOM change it
 * causes: every mutation moves the finish line, and 300 ms without one ends the measurement. */
const untilRedrawn = async (page, selector, text = null) => (await redrawn(page, selector, text)).last;

/** As `untilRedrawn`, in three times: `keystroke`, the last DOM change before the next frame (what
 * the act itself redraws: all of its work runs before that frame); `painted`, when that frame has
 * been laid out and painted (a task posted from the frame runs after its paint); `last`, the last DOM
 * change of all (with what follows later, e.g. tables that wait for typing to pause). */
const redrawn = (page, selector, text = null) => page.evaluate(([selector, text]) => new Promise((resolve) => {
  let last;
  let quiet;
  let keystroke;
  let painted;
  const observer = new MutationObserver(() => {
    last = performance.now();
    clearTimeout(quiet);
    quiet = setTimeout(finish, 300);
  });
  const finish = () => {
    observer.disconnect();
    resolve({ keystroke: keystroke - start, painted: painted - start, last: last - start });
  };
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  const start = performance.now();
  last = start;
  quiet = setTimeout(finish, 300);
  requestAnimationFrame(() => {
    keystroke = last;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { painted = performance.now(); };
    channel.port2.postMessage(0);
  });
  const element = document.querySelector(selector);
  if (text === null) element.click();
  else {
    element.value = text;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }
}), [selector, text]);

sizes(DIST, 'dist/ in all');
if (BASELINE) sizes(BASELINE, 'baseline dist/ in all');

const server = await serveDist(DIST, '/');
for (const [area, ready] of [['udbud', '[data-testid=price-per-citizen]'], ['indkob', '[data-testid=procurement-figures]'], ['aabningstid', '[data-testid=hours-figures]'], ['fordeling', '[data-testid=keys-side-by-side]'], ['scenarier', '[data-testid=scenario-list]']]) {
  const { gzip, files } = await firstLoad(`${server.url}#${area}`, ready);
  console.log(`first load of #${area}: ${kb(gzip)} gzip (budget 300 KB): ${files.join(', ')}`);
  const english = await firstLoad(`${server.url}#${area}`, ready, 'en');
  console.log(`first load of #${area} in English: ${kb(english.gzip)} gzip (budget 300 KB): ${english.files.join(', ')}`);
}
const baseline = BASELINE ? await serveDist(BASELINE, '/') : null;
const times = [];
const baselineTimes = [];
for (let run = 0; run < LOADS; run += 1) {
  times.push(await firstResult(server.url, '[data-testid=price-per-citizen]'));
  if (baseline) baselineTimes.push(await firstResult(baseline.url, '#shares td.amount'));
}

// Edits with all 98 members ticked: untick a member (one row, the bills, the curve and the chart change),
// and undo it.
const unticks = [];
const undos = [];
{
  const browser = await launch();
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.click('[data-testid=preset-all]');
  await page.waitForFunction(() => document.querySelector('[data-testid=selected-count]')?.textContent.startsWith('98'));
  // Fifteen members across the list and the regions: single redraws vary by several milliseconds.
  for (const code of [101, 147, 151, 155, 159, 163, 165, 461, 561, 621, 751, 787, 825, 846, 860]) {
    unticks.push(await untilRedrawn(page, `[data-testid=member-${code}]`));
    if (await page.$('[data-testid=undo]')) undos.push(await untilRedrawn(page, '[data-testid=undo]'));
    else await page.click(`[data-testid=member-${code}]`);
  }
  await browser.close();
}
// The opening hours: Monday's closing time in the proposal typed, 18:00 and 16:00 in turn, until the
// page (figures, heat map, bars, members' hours of all 98) is redrawn.
const retimes = [];
{
  const browser = await launch();
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.click('[data-testid=preset-all]');
  await page.waitForFunction(() => document.querySelector('[data-testid=selected-count]')?.textContent.startsWith('98'));
  await page.click('[data-area-root=udbud] [data-testid=nav-aabningstid]');
  await page.waitForSelector('[data-area-root=aabningstid] [data-testid=heat-chart] svg');
  const close = '[data-area-root=aabningstid] [data-testid="hours.proposed[0][0].close"]';
  for (let run = 0; run < 15; run += 1) retimes.push(await untilRedrawn(page, close, run % 2 ? '18:00' : '16:00'));
  await browser.close();
}
// The keys with all 98 members: the bounded key's floor typed, 50 and 40 % in turn, until the page (the
// side-by-side table of five keys and the seats) is redrawn; then a member's calls typed, 5.000 and
// 50.000, with the members' table open, and 4.000 and 40.000 with one key in detail and both charts
// open too.
const recalls = [];
const recallsMembers = [];
const recallsOpen = [];
const recallsBusy = [];
{
  const browser = await launch();
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.click('[data-testid=preset-all]');
  await page.waitForFunction(() => document.querySelector('[data-testid=selected-count]')?.textContent.startsWith('98'));
  await page.click('[data-area-root=udbud] [data-testid=nav-fordeling]');
  await page.waitForSelector('[data-area-root=fordeling] [data-testid=keys-side-by-side]');
  const floor = '[data-area-root=fordeling] [data-testid=keys-floor]';
  for (let run = 0; run < 15; run += 1) recalls.push(await untilRedrawn(page, floor, run % 2 ? '50' : '40'));
  await page.click('[data-area-root=fordeling] [data-testid=keys-members-details] summary');
  const calls = '[data-area-root=fordeling] [data-testid=keys-calls-751]';
  await page.waitForSelector(calls);
  await page.$eval(calls, (field) => field.scrollIntoView({ block: 'center' }));
  for (let run = 0; run < 15; run += 1) recallsMembers.push(await redrawn(page, calls, run % 2 ? '50000' : '5000'));
  await page.click('[data-area-root=fordeling] [data-testid=keys-detail-details] summary');
  await page.click('[data-area-root=fordeling] [data-testid=keys-chart-details] summary');
  await page.waitForSelector('[data-area-root=fordeling] [data-testid=keys-chart] svg');
  // The field typed into on the screen, as it is for the user typing.
  await page.$eval(calls, (field) => field.scrollIntoView({ block: 'center' }));
  // 4.000 and 40.000 here, so that the first run changes the value too.
  for (let run = 0; run < 15; run += 1) recallsOpen.push(await redrawn(page, calls, run % 2 ? '40000' : '4000'));
  // The same on a busy machine: the CPU slowed 4× through the DevTools protocol.
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (let run = 0; run < 15; run += 1) recallsBusy.push(await redrawn(page, calls, run % 2 ? '4000' : '40000'));
  await browser.close();
}
await server.close();
if (baseline) await baseline.close();
const pick = (runs, key) => runs.map((run) => run[key]);
const list = (values, digits) => values.map((t) => t.toFixed(digits)).join(', ');
console.log(`untick one of 98 members until the page is redrawn: ${list(unticks, 1)} ms; median ${median(unticks).toFixed(1)} ms`);
console.log(`type a closing time in Åbningstid (98 members) until the page is redrawn: ${list(retimes, 1)} ms; median ${median(retimes).toFixed(1)} ms`);
console.log(`type the floor in Fordeling (98 members, five keys) until the page is redrawn: ${list(recalls, 1)} ms; median ${median(recalls).toFixed(1)} ms`);
console.log(`type a member's calls with the members' table open: keystroke redrawn ${list(pick(recallsMembers, 'keystroke'), 1)} ms; median ${median(pick(recallsMembers, 'keystroke')).toFixed(1)} ms; painted ${median(pick(recallsMembers, 'painted')).toFixed(1)} ms; settled ${median(pick(recallsMembers, 'last')).toFixed(1)} ms`);
// With the tables and charts under the members' list waiting for typing to pause (keys/settled.rs), a
// keystroke redraws the field, the list and the headline; `settled` is when the rest follows.
for (const [label, runs, budget] of [['', recallsOpen, 16], [' with the CPU slowed 4×', recallsBusy, 50]]) {
  console.log(`type a member's calls with the members' table, one key in detail and both charts open${label}: keystroke redrawn ${list(pick(runs, 'keystroke'), 1)} ms; median ${median(pick(runs, 'keystroke')).toFixed(1)} ms (budget ${budget} ms)`);
  console.log(`  … and painted: median ${median(pick(runs, 'painted')).toFixed(1)} ms; the tables and charts settled after typing paused: median ${median(pick(runs, 'last')).toFixed(1)} ms (of which 250 ms the pause)`);
}
if (undos.length) console.log(`undo that until the page is redrawn: ${list(undos, 1)} ms; median ${median(undos).toFixed(1)} ms`);
console.log(`first rendered result: ${list(times, 0)} ms; median ${median(times).toFixed(0)} ms over ${LOADS} cold loads`);
if (baseline) {
  console.log(`minimal Leptos app, first render: ${list(baselineTimes, 0)} ms; median ${median(baselineTimes).toFixed(0)} ms`);
  console.log(`ratio of medians, this app / minimal app: ${(median(times) / median(baselineTimes)).toFixed(2)} (budget 1,5)`);
}
