// What the browser tests share: the engine's figures from the `ddh` command line (DDH_BIN), the built
// dist/ (DDH_DIST) served on 127.0.0.1, and a fresh browser profile per test that records console
// errors and any request that leaves the page.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';

export const DIST = process.env.DDH_DIST ?? new URL('../../dist', import.meta.url).pathname;
const DDH = process.env.DDH_BIN ?? new URL('../../target/debug/ddh', import.meta.url).pathname;
export const PRICE = '[data-testid=price-per-citizen]';

export const example = () => JSON.parse(execFileSync(DDH, ['example'], { encoding: 'utf8' }));
export const evaluate = (scenario) =>
  JSON.parse(execFileSync(DDH, ['eval', '-'], { input: JSON.stringify(scenario), encoding: 'utf8' }));
/** "1.47" → "1,47 kr." as the page writes prices per citizen (small: no thousands). */
export const kroner = (decimal) => `${decimal.replace('.', ',')} kr.`;
/** "1550000.00" → "1.550.000,00 kr." */
export const bigKroner = (decimal) => {
  const [whole, fraction] = decimal.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction} kr.`;
};

/** Opens the app at `url` in a fresh profile, waiting for `ready` (the tender area's price unless
 * told); `viewport` defaults to 1440×900. `requests` lists every address the page asked for. With
 * `language` ('en'), the profile has that language chosen, as the switch keeps it, until the page
 * chooses another. */
export async function openApp(url, viewport = { width: 1440, height: 900 }, ready = PRICE, { language } = {}) {
  const browser = await launch();
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  if (language) {
    await page.addInitScript((code) => {
      if (!localStorage.getItem('ddh.language')) localStorage.setItem('ddh.language', code);
    }, language);
  }
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const requests = [];
  page.on('request', (request) => {
    requests.push(request.url());
    const { hostname, protocol } = new URL(request.url());
    if (hostname !== '127.0.0.1' && protocol !== 'data:') problems.push(`request left the page: ${request.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector(ready);
  return { page, problems, requests, close: () => browser.close() };
}

/** Waits until the element at `selector` has exactly `text`. */
export const waitForText = (page, selector, text) =>
  page.waitForFunction(
    ([selector, text]) => document.querySelector(selector)?.textContent.trim() === text,
    [selector, text],
  );

const AXE = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** axe-core's WCAG 2.0/2.1 A and AA rules and WCAG 2.2's target size on the page as it is now. */
export async function accessibilityViolations(page) {
  await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }));
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} (${v.help})`);
}

/** The member whose cost rises most under the key at `column` of the engine's keys report (the
 * spreadsheet's bounded key, the scenario's chosen key by default), and that rise as a decimal. */
export const largestRise = (keys, column = 2) => {
  const [member] = [...keys.members].sort((a, b) => Number(b.keys[column].cost_change) - Number(a.keys[column].cost_change));
  return { name: member.name, change: member.keys[column].cost_change };
};
