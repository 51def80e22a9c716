// The built dist/ in headless Chromium, as a representative uses it. The figures the page must show
// come from the `ddh` command line (DDH_BIN), i.e. from the engine, not from this file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { serveDist } from './server.mjs';
import { launch } from './browser.mjs';

const DIST = process.env.DDH_DIST ?? new URL('../../dist', import.meta.url).pathname;
const DDH = process.env.DDH_BIN ?? new URL('../../target/debug/ddh', import.meta.url).pathname;
const PRICE = '[data-testid=price-per-citizen]';

const example = () => JSON.parse(execFileSync(DDH, ['example'], { encoding: 'utf8' }));
const evaluate = (scenario) =>
  JSON.parse(execFileSync(DDH, ['eval', '-'], { input: JSON.stringify(scenario), encoding: 'utf8' }));
/** "1.47" → "1,47 kr." as the page writes kroner (no thousands here: prices per citizen are small). */
const kroner = (decimal) => `${decimal.replace('.', ',')} kr.`;

let server;
before(async () => {
  server = await serveDist(DIST, '/');
});
after(async () => server.close());

/** A fresh browser profile, a page that records console errors and any request off this machine. */
async function openApp(url = server.url) {
  const browser = await launch();
  const page = await browser.context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (hostname !== '127.0.0.1' && protocol !== 'data:') problems.push(`request left the page: ${request.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector(PRICE);
  return { page, problems, close: () => browser.close() };
}

test('the page loads with no console error and shows the engine price for the default scenario', async () => {
  const expected = evaluate(example()).tender;
  const app = await openApp();
  try {
    assert.equal((await app.page.textContent(PRICE)).trim(), kroner(expected.price_per_citizen));
    assert.equal((await app.page.textContent('[data-testid=total]')).trim(), '1.550.000,00 kr.');
    assert.equal((await app.page.textContent('[data-testid=population]')).trim(), '1.053.499');
    assert.equal(await app.page.locator('[data-testid=bills-table] tbody tr').count(), expected.bills.length);
    assert.equal((await app.page.textContent('[data-testid=bills-sum]')).trim(), '1.550.000,00 kr.');
    assert.match(await app.page.textContent('[data-testid=summary]'), new RegExp(`Pris pr. borger ${kroner(expected.price_per_citizen)}`));
    assert.ok(await app.page.locator('[data-testid=leaving-chart] svg').count(), 'chart drawn');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('unticking a member shows the engine price for the new set; a reload keeps it; reset restores the default', async () => {
  const scenario = example();
  const defaultPrice = kroner(evaluate(scenario).tender.price_per_citizen);
  scenario.members.codes = scenario.members.codes.filter((code) => code !== 751);
  const withoutAarhus = kroner(evaluate(scenario).tender.price_per_citizen);
  assert.notEqual(withoutAarhus, defaultPrice);

  const app = await openApp();
  try {
    await app.page.uncheck('[data-testid=member-751]');
    await app.page.waitForFunction(
      ([selector, text]) => document.querySelector(selector)?.textContent.trim() === text,
      [PRICE, withoutAarhus],
    );
    await app.page.reload();
    await app.page.waitForSelector(PRICE);
    assert.equal((await app.page.textContent(PRICE)).trim(), withoutAarhus, 'kept after reload');
    assert.equal(await app.page.isChecked('[data-testid=member-751]'), false);

    await app.page.click('[data-testid=reset]');
    await app.page.waitForFunction(
      ([selector, text]) => document.querySelector(selector)?.textContent.trim() === text,
      [PRICE, defaultPrice],
    );
    assert.equal(await app.page.isChecked('[data-testid=member-751]'), true);
    await app.page.click('[data-testid=undo-reset]');
    assert.equal((await app.page.textContent(PRICE)).trim(), withoutAarhus, 'undo brings the change back');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('bad input keeps what was typed and names the problem at the field', async () => {
  const app = await openApp();
  try {
    const amount = '[data-testid=item-2-amount]';
    await app.page.fill(amount, '150.000x');
    assert.equal(await app.page.inputValue(amount), '150.000x');
    assert.match(await app.page.textContent('[data-testid=item-2] .field-error'), /er ikke et tal/);
    // The results still use the last good amount, and say which field they are waiting for.
    assert.match(await app.page.textContent('[data-testid=unreadable-fields]'), /Beløb \(kr\.\), post 3/);

    await app.page.fill(amount, '-5');
    assert.equal(await app.page.inputValue(amount), '-5');
    assert.match(await app.page.textContent('[data-testid=item-2] .field-error'), /må ikke være negativ/);
    assert.match(await app.page.textContent('[data-testid=report-error]'), /Udbudsbudget, IT \(DBA\/GDPR\): beløb/);

    await app.page.fill(amount, '150.000');
    await app.page.waitForSelector(PRICE);
    assert.equal(await app.page.locator('[data-testid=unreadable-fields]').count(), 0);
    assert.equal((await app.page.textContent(PRICE)).trim(), kroner(evaluate(example()).tender.price_per_citizen));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a population override changes the bill and is marked; the target answer is the engine\'s', async () => {
  const scenario = example();
  scenario.members.population_overrides = [{ code: 727, population: 50000 }];
  const expected = evaluate(scenario);
  const app = await openApp();
  try {
    await app.page.fill('[data-testid=population-727]', '50.000');
    await app.page.waitForFunction(
      ([selector, text]) => document.querySelector(selector)?.textContent.trim() === text,
      [PRICE, kroner(expected.tender.price_per_citizen)],
    );
    assert.match(await app.page.textContent('[data-testid=member-row-727]'), /rettet/);
    const fewest = expected.leaving.target.fewest_members;
    assert.match(await app.page.textContent('[data-testid=fewest-members]'), new RegExp(`mindst ${fewest} af 13 medlemmer`));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('dist/ works from a sub-path of a static host', async () => {
  const nested = await serveDist(DIST, '/kommune/ddh/');
  const app = await openApp(nested.url);
  try {
    assert.equal((await app.page.textContent(PRICE)).trim(), kroner(evaluate(example()).tender.price_per_citizen));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
    await nested.close();
  }
});

test('an unreadable stored scenario is set aside with a message, and the default is shown', async () => {
  const app = await openApp();
  try {
    await app.page.evaluate(() => localStorage.setItem('ddh.scenario', '{"version": 1, "members": {"codes": "Aarhus"}}'));
    await app.page.reload();
    await app.page.waitForSelector(PRICE);
    assert.match(await app.page.textContent('[data-testid=load-problem]'), /members\.codes/);
    assert.equal((await app.page.textContent(PRICE)).trim(), kroner(evaluate(example()).tender.price_per_citizen));
    const kept = await app.page.evaluate(() => localStorage.getItem('ddh.scenario.unreadable'));
    assert.equal(kept, '{"version": 1, "members": {"codes": "Aarhus"}}', 'the unreadable text is kept');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a custom order of leaving is edited with the arrows, keeps focus, and gives the engine steps', async () => {
  const scenario = example();
  const largestFirst = evaluate(scenario).leaving.order_codes;
  scenario.leaving.order = 'custom';
  scenario.leaving.custom_order = [largestFirst[1], largestFirst[0], ...largestFirst.slice(2)];
  const expected = evaluate(scenario).leaving.steps;

  const app = await openApp();
  try {
    await app.page.selectOption('[data-testid=leaving-order]', 'custom');
    await app.page.click(`#order-down-${largestFirst[0]}`);
    await app.page.waitForFunction(
      (code) => document.querySelector('[data-testid=custom-order] li')?.textContent.includes(code),
      expected[1].leaver_name,
    );
    assert.equal(await app.page.evaluate(() => document.activeElement?.id), `order-down-${largestFirst[0]}`);
    const rows = await app.page.$$eval('[data-testid=steps-table] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
    assert.deepEqual(
      rows.map((cells) => [cells[1], cells[3]]),
      expected.map((step) => [step.leaver_name ?? '', kroner(step.price_per_citizen)]),
    );
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
