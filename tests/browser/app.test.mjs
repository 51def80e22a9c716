// The built dist/ in headless Chromium, as a representative uses it. The figures the page must show
// come from the `ddh` command line (DDH_BIN), i.e. from the engine, not from this file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './server.mjs';
import { DIST, PRICE, example, evaluate, kroner, openApp, waitForText } from './helpers.mjs';

let server;
before(async () => {
  server = await serveDist(DIST, '/');
});
after(async () => server.close());

test('the page loads with no console error and shows the engine price for the default scenario', async () => {
  const expected = evaluate(example()).tender;
  const app = await openApp(server.url);
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

test('unticking a member shows the engine price for the new set; a reload keeps it; reset restores the default and undo brings it back', async () => {
  const scenario = example();
  const defaultPrice = kroner(evaluate(scenario).tender.price_per_citizen);
  scenario.members.codes = scenario.members.codes.filter((code) => code !== 751);
  const withoutAarhus = kroner(evaluate(scenario).tender.price_per_citizen);
  assert.notEqual(withoutAarhus, defaultPrice);

  const app = await openApp(server.url);
  try {
    await app.page.uncheck('[data-testid=member-751]');
    await waitForText(app.page, PRICE, withoutAarhus);
    await app.page.reload();
    await app.page.waitForSelector(PRICE);
    assert.equal((await app.page.textContent(PRICE)).trim(), withoutAarhus, 'kept after reload');
    assert.equal(await app.page.isChecked('[data-testid=member-751]'), false);

    await app.page.click('[data-testid=reset]');
    await waitForText(app.page, PRICE, defaultPrice);
    assert.equal(await app.page.isChecked('[data-testid=member-751]'), true);
    assert.match(await app.page.textContent('[data-testid=status]'), /nulstillet/);
    await app.page.click('[data-testid=undo]');
    await waitForText(app.page, PRICE, withoutAarhus);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('bad input keeps what was typed and names the problem at the field by its name on screen', async () => {
  const app = await openApp(server.url);
  try {
    // Item 3 is "IT (DBA/GDPR)", 150.000 kr.
    const amount = '[data-testid=item-3-amount]';
    await app.page.fill(amount, '150.000x');
    assert.equal(await app.page.inputValue(amount), '150.000x');
    assert.match(await app.page.textContent('[data-testid=item-3] .field-error'), /er ikke et tal/);
    assert.match(await app.page.textContent('[data-testid=unreadable-fields]'), /Beløb, IT \(DBA\/GDPR\)/);

    await app.page.fill(amount, '-5');
    assert.equal(await app.page.inputValue(amount), '-5');
    assert.match(await app.page.textContent('[data-testid=item-3] .field-error'), /må ikke være negativ/);
    assert.match(await app.page.textContent('[data-testid=report-error]'), /Beløb, IT \(DBA\/GDPR\): må ikke være negativ/);

    await app.page.fill(amount, '150.000');
    await app.page.waitForSelector('[data-testid=report-error]', { state: 'detached' });
    assert.equal(await app.page.locator('[data-testid=unreadable-fields]').count(), 0);
    assert.equal((await app.page.textContent(PRICE)).trim(), kroner(evaluate(example()).tender.price_per_citizen));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a population override changes the bill and is marked; the target answer is the engine\'s and names who remains', async () => {
  const scenario = example();
  scenario.members.population_overrides = [{ code: 727, population: 50000 }];
  const expected = evaluate(scenario);
  const app = await openApp(server.url);
  try {
    await app.page.fill('[data-testid=population-727]', '50.000');
    await waitForText(app.page, PRICE, kroner(expected.tender.price_per_citizen));
    assert.match(await app.page.textContent('[data-testid=member-row-727]'), /rettet/);
    const target = expected.leaving.target;
    const answer = await app.page.textContent('[data-testid=fewest-members]');
    assert.match(answer, new RegExp(`mindst ${target.fewest_members} af 13 medlemmer`));
    assert.ok(target.remaining.length === target.fewest_members);
    assert.match(answer, new RegExp(`Tilbage er: ${target.remaining.map((m) => m.name).join(', ')}\\.`));
    assert.match(answer, new RegExp(`prisen er da ${kroner(target.price_at_fewest)}`));
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
  const app = await openApp(server.url);
  try {
    await app.page.evaluate(() => localStorage.setItem('ddh.scenario', '{"version": 2, "members": {"codes": "Aarhus"}}'));
    await app.page.reload();
    await app.page.waitForSelector(PRICE);
    const message = await app.page.textContent('[data-testid=load-problem]');
    assert.match(message, /Medlemmer: kan ikke læses: værdien har en forkert type/, "the field by its name on screen");
    assert.doesNotMatch(message, /invalid type|expected/, 'no parser English on screen');
    assert.equal((await app.page.textContent(PRICE)).trim(), kroner(evaluate(example()).tender.price_per_citizen));
    const kept = await app.page.evaluate(() => localStorage.getItem('ddh.scenario.unreadable'));
    assert.equal(kept, '{"version": 2, "members": {"codes": "Aarhus"}}', 'the unreadable text is kept');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a stored scenario with a broken keys section opens in Udbud, which writes the section back as it came, and is set aside where Fordeling reads it', async () => {
  const scenario = example();
  scenario.members.codes = scenario.members.codes.filter((code) => code !== 751);
  scenario.keys.typed_hours = 'mange';
  const withoutAarhus = kroner(evaluate({ ...scenario, keys: example().keys }).tender.price_per_citizen);
  const leaver = scenario.members.codes[0];
  const app = await openApp(server.url);
  try {
    await app.page.evaluate((text) => localStorage.setItem('ddh.scenario', text), JSON.stringify(scenario));
    await app.page.reload();
    await app.page.waitForSelector(PRICE);
    // Udbud does not read the keys: the scenario opens as stored, without a message.
    assert.equal((await app.page.textContent(PRICE)).trim(), withoutAarhus);
    assert.equal(await app.page.locator('[data-testid=load-problem]').count(), 0);
    // An edit in Udbud stores the scenario again, its keys section as it came, broken field and all.
    await app.page.uncheck(`[data-testid=member-${leaver}]`);
    await app.page.waitForFunction(
      (code) => !JSON.parse(localStorage.getItem('ddh.scenario')).members.codes.includes(code),
      leaver,
    );
    const stored = await app.page.evaluate(() => localStorage.getItem('ddh.scenario'));
    assert.deepEqual(JSON.parse(stored).keys, scenario.keys, 'the keys section written back as it came');
    // Fordeling reads the keys: opened, it refuses the scenario by the field's name and keeps it aside.
    await app.page.goto(`${server.url}#fordeling`);
    const message = await app.page.textContent('[data-area-root=fordeling] [data-testid=load-problem]');
    assert.match(message, /kan ikke læses: værdien har en forkert type/);
    assert.doesNotMatch(message, /keys\.|typed_hours|invalid type/, 'the field by its name on screen, not its path');
    assert.equal(await app.page.evaluate(() => localStorage.getItem('ddh.scenario.unreadable')), stored);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a scenario stored by format version 1 is read, migrated and shown', async () => {
  const scenario = example();
  scenario.members.codes = scenario.members.codes.filter((code) => code !== 751);
  const expected = kroner(evaluate(scenario).tender.price_per_citizen);
  scenario.version = 1;
  for (const item of scenario.tender.cost_items) delete item.id;
  const app = await openApp(server.url);
  try {
    await app.page.evaluate((text) => localStorage.setItem('ddh.scenario', text), JSON.stringify(scenario));
    await app.page.reload();
    await app.page.waitForSelector(PRICE);
    assert.equal((await app.page.textContent(PRICE)).trim(), expected);
    assert.equal(await app.page.locator('[data-testid=load-problem]').count(), 0);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a custom order of leaving is edited with the arrows and by typing a place, keeps focus, and gives the engine steps', async () => {
  const scenario = example();
  const largestFirst = evaluate(scenario).leaving.order_codes;
  const last = largestFirst[largestFirst.length - 1];
  scenario.leaving.order = 'custom';
  // One step down for the first, then the last typed in at place 1.
  scenario.leaving.custom_order = [last, largestFirst[1], largestFirst[0], ...largestFirst.slice(2, -1)];
  const expected = evaluate(scenario).leaving.steps;

  const app = await openApp(server.url);
  try {
    await app.page.selectOption('[data-testid=leaving-order]', 'custom');
    await app.page.click(`#order-down-${largestFirst[0]}`);
    await app.page.waitForFunction(
      (name) => document.querySelector('[data-testid=custom-order] li')?.textContent.includes(name),
      evaluate({ ...scenario, leaving: { ...scenario.leaving, custom_order: [largestFirst[1], largestFirst[0]] } }).leaving.steps[1].leaver_name,
    );
    assert.equal(await app.page.evaluate(() => document.activeElement?.id), `order-down-${largestFirst[0]}`);
    // The last of 13 to the top in one move.
    await app.page.fill(`[data-testid=order-position-${last}]`, '1');
    await app.page.press(`[data-testid=order-position-${last}]`, 'Enter');
    await app.page.waitForFunction(
      (name) => document.querySelector('[data-testid=custom-order] li')?.textContent.includes(name),
      expected[1].leaver_name,
    );
    await app.page.click('[data-testid=steps] summary');
    await app.page.waitForSelector('[data-testid=steps-table]');
    const rows = await app.page.$$eval('[data-testid=steps-table] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
    assert.deepEqual(
      rows.map((cells) => [cells[1], cells[4]]),
      expected.map((step) => [step.leaver_name ?? '', kroner(step.price_per_citizen)]),
    );
    // The leaver's own population is its own column, apart from the citizens left.
    assert.equal(rows[1][2], expected[1].leaver_population.toLocaleString('da-DK'));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
