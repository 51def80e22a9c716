// The procurement area (Indkøb) in headless Chromium. Every figure the page must show comes from the
// `ddh` command line (DDH_BIN), i.e. from the engine, for the scenario as the user has changed it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './server.mjs';
import { DIST, PRICE, accessibilityViolations, bigKroner, evaluate, example, openApp, waitForText } from './helpers.mjs';

const INDKOB = '[data-area-root=indkob]';
const UDBUD = '[data-area-root=udbud]';
const FIGURES = `${INDKOB} [data-testid=procurement-figures]`;
const THRESHOLD = `${INDKOB} [data-testid=threshold]`;
const HEADROOM = `${INDKOB} [data-testid=headroom]`;
const ROUTE = `${INDKOB} [data-testid=route]`;
// The route's name on screen for each route the engine can report.
const ROUTE_NAMES = {
  eu_tender: 'EU-udbud',
  announce_on_udbud_dk: 'Annoncering på udbud.dk',
  market_terms: 'Markedsmæssige vilkår',
  direct_award: 'Direkte tildeling',
};
/** Kroner without a sign, as the page shows headroom and excess. */
const magnitude = (decimal) => bigKroner(decimal.replace(/^-/, ''));

let server;
before(async () => {
  server = await serveDist(DIST, '/');
});
after(async () => server.close());

test('#indkob opens the procurement area directly, loading its module and not the tender area\'s', async () => {
  const expected = evaluate(example()).procurement;
  const app = await openApp(`${server.url}#indkob`, undefined, FIGURES);
  try {
    await waitForText(app.page, THRESHOLD, bigKroner(expected.threshold.threshold));
    assert.equal((await app.page.textContent(HEADROOM)).trim(), magnitude(expected.threshold.headroom));
    assert.equal((await app.page.textContent(ROUTE)).trim(), ROUTE_NAMES[expected.route.route]);
    assert.equal(await app.page.isHidden(UDBUD), true);
    assert.equal(await app.page.getAttribute(`${INDKOB} [data-testid=nav-indkob]`, 'aria-current'), 'page');
    const modules = app.requests.filter((url) => url.endsWith('.wasm')).map((url) => new URL(url).pathname);
    assert.deepEqual(modules, ['/ddh-indkob_bg.wasm'], 'only the procurement module is downloaded');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the launch date moved from 31 December 2025 to 1 January 2026 changes threshold and headroom to the engine\'s; cross-border interest changes the route; a reload keeps it all', async () => {
  const scenario = example();
  scenario.procurement.launch_date = '2025-12-31';
  const in2025 = evaluate(scenario).procurement;
  scenario.procurement.launch_date = '2026-01-01';
  const in2026 = evaluate(scenario).procurement;
  scenario.procurement.cross_border_interest = true;
  const crossBorder = evaluate(scenario).procurement;
  assert.notEqual(in2025.threshold.threshold, in2026.threshold.threshold);
  assert.notEqual(in2026.route.route, crossBorder.route.route);

  const app = await openApp(`${server.url}#indkob`, undefined, FIGURES);
  try {
    await app.page.fill(`${INDKOB} [data-testid=launch-date]`, '2025-12-31');
    await waitForText(app.page, THRESHOLD, bigKroner(in2025.threshold.threshold));
    assert.equal((await app.page.textContent(HEADROOM)).trim(), magnitude(in2025.threshold.headroom));
    await app.page.fill(`${INDKOB} [data-testid=launch-date]`, '2026-01-01');
    await waitForText(app.page, THRESHOLD, bigKroner(in2026.threshold.threshold));
    assert.equal((await app.page.textContent(HEADROOM)).trim(), magnitude(in2026.threshold.headroom));
    assert.equal((await app.page.textContent(ROUTE)).trim(), ROUTE_NAMES[in2026.route.route]);

    await app.page.check(`${INDKOB} [data-testid=cross-border]`);
    await waitForText(app.page, ROUTE, ROUTE_NAMES[crossBorder.route.route]);
    const reasons = await app.page.locator(`${INDKOB} [data-testid=route-reasons] li`).count();
    assert.equal(reasons, crossBorder.route.reasons.length, 'every reason listed');

    const offersChart = `${INDKOB} [data-testid=offers-chart] svg`;
    await app.page.waitForSelector(offersChart);
    assert.ok(await app.page.locator(`${offersChart} polyline, ${offersChart} path`).count(), 'offers drawn');
    assert.ok(await app.page.locator(`${INDKOB} [data-testid=value-chart] svg`).count(), 'value chart drawn');

    await app.page.reload();
    await app.page.waitForSelector(FIGURES);
    await waitForText(app.page, ROUTE, ROUTE_NAMES[crossBorder.route.route]);
    assert.equal((await app.page.textContent(THRESHOLD)).trim(), bigKroner(crossBorder.threshold.threshold));
    assert.equal(await app.page.inputValue(`${INDKOB} [data-testid=launch-date]`), '2026-01-01');
    assert.equal(await app.page.isChecked(`${INDKOB} [data-testid=cross-border]`), true);
    assert.equal(await app.page.isHidden(UDBUD), true, 'the reload lands on the same area');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a member unticked in the tender area counts in Indkøb; undo there takes it back; the back button returns to the tender area', async () => {
  const scenario = example();
  const before = evaluate(scenario).offers;
  scenario.members.codes = scenario.members.codes.filter((code) => code !== 751);
  const after = evaluate(scenario).offers;
  assert.equal(after.member_count, before.member_count - 1);
  const rows = `${INDKOB} [data-testid=offers-by-count] tbody tr`;

  const app = await openApp(server.url);
  try {
    await app.page.uncheck(`${UDBUD} [data-testid=member-751]`);
    await app.page.click(`${UDBUD} [data-testid=nav-indkob]`);
    await app.page.waitForSelector(FIGURES);
    // The table by member count is drawn when its fold is opened.
    await app.page.click(`${INDKOB} [data-testid=offers-table] summary`);
    await app.page.waitForFunction((rows) => document.querySelectorAll(rows).length > 0, rows);
    assert.equal(await app.page.locator(rows).count(), after.member_count);
    assert.equal(await app.page.isHidden(UDBUD), true);
    assert.equal(new URL(app.page.url()).hash, '#indkob');

    // Undo in Indkøb takes back the last change, made in the tender area.
    await app.page.click(`${INDKOB} [data-testid=undo]`);
    await app.page.waitForFunction(([rows, n]) => document.querySelectorAll(rows).length === n, [rows, before.member_count]);

    await app.page.goBack();
    await app.page.waitForFunction((root) => !document.querySelector(root).hidden, UDBUD);
    assert.equal(await app.page.isHidden(INDKOB), true);
    await waitForText(app.page, `${UDBUD} ${PRICE}`, (await app.page.textContent(`${UDBUD} ${PRICE}`)).trim());
    assert.equal(await app.page.isChecked(`${UDBUD} [data-testid=member-751]`), true, 'the undo reached the tender area');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

for (const [name, viewport] of [['desktop 1440 px', { width: 1440, height: 900 }], ['phone 390 px', { width: 390, height: 844 }]]) {
  test(`axe-core finds no WCAG 2.1 AA violation in Indkøb at ${name}, with the offers table open and a refused field`, async () => {
    const app = await openApp(`${server.url}#indkob`, viewport, FIGURES);
    try {
      await app.page.click(`${INDKOB} [data-testid=offers-table] summary`);
      await app.page.waitForSelector(`${INDKOB} [data-testid=offers-by-count] tbody tr`);
      await app.page.fill(`${INDKOB} [data-testid=margin]`, '100');
      await app.page.waitForSelector(`${INDKOB} [data-testid=procurement-error]`);
      assert.deepEqual(await accessibilityViolations(app.page), []);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}

test('a launch date outside the threshold table is refused once, by the field\'s name, and the offers are marked not current', async () => {
  const app = await openApp(`${server.url}#indkob`, undefined, FIGURES);
  try {
    await app.page.fill(`${INDKOB} [data-testid=launch-date]`, '2029-03-01');
    await app.page.waitForSelector(`${INDKOB} [data-testid=procurement-error]`);
    const notice = await app.page.textContent(`${INDKOB} [data-testid=procurement-error]`);
    assert.match(notice, /Dato for udbuddets start/);
    assert.doesNotMatch(notice, /procurement\./, 'the field by its name, not its path');
    assert.equal(await app.page.locator(`${INDKOB} [data-testid=offers-error]`).count(), 0, 'said once');
    assert.ok(await app.page.locator(`${INDKOB} [data-testid=offers-figures].stale`).count(), 'offers marked not current');
    // The refusal and the extension's limits are in the user's words: months the format allows.
    await app.page.fill(`${INDKOB} [data-testid=launch-date]`, '2026-03-01');
    await app.page.waitForSelector(`${INDKOB} [data-testid=procurement-error]`, { state: 'detached' });
    await app.page.fill(`${INDKOB} [data-testid=extension-months]`, '-3');
    await app.page.press(`${INDKOB} [data-testid=extension-months]`, 'Tab');
    const message = await app.page.textContent(`${INDKOB} label:has([data-testid=extension-months]) .field-error`);
    assert.match(message, /0 og 1\.200/);
    assert.doesNotMatch(message, /4\.294\.967\.295/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
