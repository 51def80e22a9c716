// The allocation keys area (Fordeling) in headless Chromium. Every figure the page must show comes from
// the `ddh` command line (DDH_BIN), i.e. from the engine, for the scenario as the user has changed it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './server.mjs';
import { DIST, accessibilityViolations, bigKroner, evaluate, example, openApp, waitForText } from './helpers.mjs';

const AREA = '[data-area-root=fordeling]';
const FIGURES = `${AREA} [data-testid=keys-figures]`;
const at = (testid) => `${AREA} [data-testid="${testid}"]`;
/** Minutes → "7.482 t 39 min", as the page writes hours. */
const hours = (minutes) => {
  const sign = minutes < 0 ? '-' : '';
  const m = Math.abs(minutes);
  const whole = `${Math.trunc(m / 60)}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return m % 60 ? `${sign}${whole} t ${m % 60} min` : `${sign}${whole} t`;
};
/** "-28903.50" → "-28.903,50 kr." */
const signedKroner = (decimal) => (decimal.startsWith('-') ? `-${bigKroner(decimal.slice(1))}` : bigKroner(decimal));

/** The side-by-side columns: the chosen key's first (by default the spreadsheet's bounded key, the third),
 * then the others in their order. */
const columnsWith = (chosen) => [chosen, ...[0, 1, 2, 3, 4].filter((key) => key !== chosen)];

/** The cells the side-by-side table shows for a member: per key its hours, kroner and change. */
const expectedRow = (member, chosen = 2) => [
  member.name,
  ...columnsWith(chosen).map((key) => member.keys[key])
    .flatMap((part) => [hours(part.minutes), signedKroner(part.cost), signedKroner(part.cost_change)]),
];

/** The headline's figures for `chosen`, from the engine's members: the largest rise and the largest fall. */
const expectedHeadline = (members, chosen) => {
  const byChange = [...members].sort((a, b) => Number(a.keys[chosen].cost_change) - Number(b.keys[chosen].cost_change));
  const [fall, rise] = [byChange[0], byChange[byChange.length - 1]];
  return [`${rise.name}: +${signedKroner(rise.keys[chosen].cost_change)}`, `${fall.name}: ${signedKroner(fall.keys[chosen].cost_change)}`];
};

async function tableRows(page) {
  return page.$$eval(`${at('keys-side-by-side')} tbody tr`, (rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())));
}

/** Calls per member as Danish Excel writes a semicolon CSV: names or codes, thousands dots. */
const CALLS = [
  ['Aarhus', 40200], ['727', 2900], ['Frederikshavn', 6100], ['Herning', 9800], ['Skanderborg', 1300],
  ['Viborg', 11200], ['Egedal', 5300], ['Odsherred Kommune', 12400], ['Høje-Taastrup', 6900], ['Furesø', 4000],
  ['Horsens', 10100], ['Vesthimmerlands', 3600], ['Halsnæs', 3700],
];
const CODES = { Aarhus: 751, 727: 727, Frederikshavn: 813, Herning: 657, Skanderborg: 746, Viborg: 791, Egedal: 240,
  'Odsherred Kommune': 306, 'Høje-Taastrup': 169, Furesø: 190, Horsens: 615, Vesthimmerlands: 820, Halsnæs: 260 };
const thousands = (n) => `${n}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const callsCsv = (lines = CALLS) => `Kommune;Opkald 2025\r\n${lines.map(([who, n]) => `${who};${thousands(n)}`).join('\r\n')}\r\n`;

let server;
before(async () => {
  server = await serveDist(DIST, '/');
});
after(async () => server.close());

test('#fordeling opens the area directly with every key side by side as the engine computes it, totals equal', async () => {
  const expected = evaluate(example()).keys;
  const app = await openApp(`${server.url}#fordeling`, undefined, FIGURES);
  try {
    await app.page.waitForSelector(at('keys-side-by-side'));
    const shared = `${hours(expected.minutes)} og ${bigKroner(expected.cost)}`;
    assert.equal((await app.page.textContent(at('keys-sums'))).trim(), `Alle fem nøgler fordeler i alt ${shared}`);
    assert.ok(expected.sums.every((sum) => sum.minutes === expected.minutes && sum.cost === expected.cost));
    const rows = await tableRows(app.page);
    assert.equal(rows.length, expected.members.length + 1);
    for (const member of expected.members) {
      assert.deepEqual(rows.find((row) => row[0] === member.name), expectedRow(member), member.name);
    }
    // Sorted by the change under the spreadsheet's bounded key: the largest saving first.
    const changes = expected.members.map((m) => Number(m.keys[2].cost_change)).sort((a, b) => a - b);
    assert.equal(rows[0][0], expected.members.find((m) => Number(m.keys[2].cost_change) === changes[0]).name);
    assert.match(await app.page.textContent(FIGURES), /Skanderborg løftes til sin bund, 3,1210 %/);
    // Odsherred's rescaled share is above its cap, and the page says so.
    assert.ok(expected.members.find((m) => m.code === 306).bounded.rescaled_outside);
    assert.match(await app.page.textContent(FIGURES), /omskalering ligger Odsherred uden for grænserne/);
    // The detail and the charts are drawn when opened.
    assert.equal(await app.page.locator(at('keys-chart')).count(), 0);
    await app.page.click(`${at('keys-chart-details')} summary`);
    await app.page.waitForSelector(`${at('keys-chart')} svg`);
    // One path per key, with a bar (a closed subpath) per member.
    const bars = async (testid) => app.page.locator(`${at(testid)} svg path`).evaluateAll(
      (paths) => paths.map((path) => path.getAttribute('d').split('Z').filter(Boolean).length));
    assert.deepEqual(await bars('keys-chart'), [13, 13, 13, 13, 13], 'a bar per member under every key');
    // The changes in two paths, rises and savings, a bar per member who pays more or less.
    const moved = expected.members.filter((m) => Number(m.keys[2].cost_change) !== 0).length;
    assert.equal((await bars('keys-change-chart')).reduce((a, b) => a + b, 0), moved, 'a change per member');
    await app.page.click(`${at('keys-detail-details')} summary`);
    // Drawn on opening: wait for its rows before reading them.
    await app.page.waitForSelector(`${at('keys-detail')} tbody tr`);
    const skanderborg = expected.members.find((m) => m.code === 746);
    const detail = await app.page.$$eval(`${at('keys-detail')} tbody tr`, (rows) => rows.map((row) => [...row.children].map((c) => c.textContent.trim())));
    assert.deepEqual(detail.find((row) => row[0] === 'Skanderborg').slice(0, 7),
      ['Skanderborg', hours(skanderborg.keys[2].minutes), signedKroner(skanderborg.keys[2].cost), signedKroner(skanderborg.keys[2].cost_change), '6,2421 %', '1,9017 %', '3,1210 %']);
    assert.equal(await app.page.locator(`${at('keys-seats-table')} tbody tr`).count(), 5);

    // The headline names who pays most more and most less under the chosen key; choosing another key
    // changes it, leads the table with that key's columns, and is kept with the scenario.
    const headline = async () => [
      (await app.page.textContent(at('headline-rise'))).trim(), (await app.page.textContent(at('headline-fall'))).trim()];
    assert.deepEqual(await headline(), expectedHeadline(expected.members, 2));
    await app.page.selectOption(at('keys-chosen'), '1');
    await app.page.waitForFunction(([selector, text]) => document.querySelector(selector)?.textContent.trim() === text,
      [at('headline-rise'), expectedHeadline(expected.members, 1)[0]]);
    assert.deepEqual(await headline(), expectedHeadline(expected.members, 1));
    assert.match(await app.page.textContent(`${AREA} [data-testid=summary]`), /^Økonomimodel mod i dag: /);
    const economic = await tableRows(app.page);
    for (const member of expected.members) {
      assert.deepEqual(economic.find((row) => row[0] === member.name), expectedRow(member, 1), member.name);
    }
    await app.page.waitForFunction(() => JSON.parse(localStorage.getItem('ddh.scenario')).keys?.chosen_key === 'economic');
    const modules = app.requests.filter((url) => url.endsWith('.wasm')).map((url) => new URL(url).pathname);
    assert.deepEqual(modules, ['/ddh-fordeling_bg.wasm'], 'only the keys module is downloaded');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('calls imported from a Windows-1252 CSV file change the table to the engine\'s figures; a broken file names its line and column and changes nothing', async () => {
  const scenario = example();
  scenario.keys.calls_illustrative = false;
  scenario.keys.calls = CALLS.map(([who, calls]) => ({ code: CODES[who], calls }));
  const expected = evaluate(scenario).keys;
  const before = evaluate(example()).keys;
  const app = await openApp(`${server.url}#fordeling`, undefined, FIGURES);
  try {
    await app.page.waitForSelector(at('keys-side-by-side'));
    const broken = callsCsv(CALLS.map(([who, n]) => (who === 'Viborg' ? [who, 'mange'] : [who, n])));
    await app.page.setInputFiles(at('keys-calls-import'), { name: 'opkald.csv', mimeType: 'text/csv', buffer: Buffer.from(broken, 'latin1') });
    await app.page.waitForSelector(at('keys-import-message'));
    assert.equal((await app.page.textContent(at('keys-import-message'))).trim(), 'Række 7, kolonne 2: "mange" er ikke et tal. Intet er ændret.');
    for (const member of before.members) {
      assert.deepEqual((await tableRows(app.page)).find((row) => row[0] === member.name), expectedRow(member));
    }
    assert.match(await app.page.textContent(at('keys-calls-kind')), /Illustrative/);

    await app.page.setInputFiles(at('keys-calls-import'), { name: 'opkald.csv', mimeType: 'text/csv', buffer: Buffer.from(callsCsv(), 'latin1') });
    await waitForText(app.page, at('keys-import-message'), 'Opkaldene er indlæst.');
    const odsherred = expected.members.find((m) => m.code === 306);
    await app.page.waitForFunction(
      ([selector, row]) => [...document.querySelectorAll(selector)].some((tr) => [...tr.children].map((c) => c.textContent.trim()).join('|') === row),
      [`${at('keys-side-by-side')} tbody tr`, expectedRow(odsherred).join('|')],
    );
    const rows = await tableRows(app.page);
    for (const member of expected.members) {
      assert.deepEqual(rows.find((row) => row[0] === member.name), expectedRow(member), member.name);
    }
    await app.page.click(`${at('keys-members-details')} summary`);
    assert.equal((await app.page.inputValue(at('keys-calls-169'))), '6.900');
    assert.match(await app.page.textContent(at('keys-calls-kind')), /jeres egne/);
    // One undo takes the whole import back.
    await app.page.click(`${AREA} [data-testid=undo]`);
    await app.page.waitForFunction((selector) => document.querySelector(selector)?.textContent.includes('Illustrative'), at('keys-calls-kind'));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('weights that do not add up to 100 % are refused at the weight being changed and the figures are kept; a marketplace bid moves hours and the settlement to the engine\'s', async () => {
  const scenario = example();
  scenario.keys.marketplace.bids = [{ code: 306, hours: 500 }];
  const expected = evaluate(scenario).keys;
  const app = await openApp(`${server.url}#fordeling`, undefined, FIGURES);
  try {
    await app.page.waitForSelector(at('keys-side-by-side'));
    const sums = (await app.page.textContent(at('keys-sums'))).trim();
    // The rule is the two weights', so it is shown at the one being changed, whichever it is.
    for (const [changed, other] of [['keys-calls-weight', 'keys-population-weight'], ['keys-population-weight', 'keys-calls-weight']]) {
      await app.page.fill(at(changed), '60');
      await app.page.waitForSelector(at('keys-error'));
      assert.match(await app.page.textContent(at('keys-error')), /Økonomimodel.*vægtene skal give 100 % tilsammen, men giver 110 %/);
      assert.equal(await app.page.getAttribute(at(changed), 'aria-invalid'), 'true', changed);
      assert.equal(await app.page.getAttribute(at(other), 'aria-invalid'), 'false', other);
      assert.equal((await app.page.textContent(at('keys-sums'))).trim(), sums);
      await app.page.fill(at(changed), '50');
      await app.page.waitForSelector(at('keys-error'), { state: 'detached' });
    }
    // The floor above the cap likewise: marked at the floor when the floor is changed.
    await app.page.fill(at('keys-floor'), '250');
    await app.page.waitForSelector(at('keys-error'));
    assert.equal(await app.page.getAttribute(at('keys-floor'), 'aria-invalid'), 'true');
    assert.equal(await app.page.getAttribute(at('keys-cap'), 'aria-invalid'), 'false');
    await app.page.fill(at('keys-floor'), '50');
    await app.page.waitForSelector(at('keys-error'), { state: 'detached' });

    await app.page.click(`${at('keys-members-details')} summary`);
    await app.page.fill(at('keys-bid-306'), '500');
    const odsherred = expected.members.find((m) => m.code === 306);
    await app.page.waitForFunction(
      ([selector, row]) => [...document.querySelectorAll(selector)].some((tr) => [...tr.children].map((c) => c.textContent.trim()).join('|') === row),
      [`${at('keys-side-by-side')} tbody tr`, expectedRow(odsherred).join('|')],
    );
    assert.ok(Number(odsherred.marketplace.settlement) < 0, 'Odsherred is paid for the hours it takes');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the members\' table keeps what is typed: text that is no number is kept and named, a number is stored as one undo step, an offer above the base is refused at its cell', async () => {
  const scenario = example();
  const before = evaluate(scenario).keys;
  const app = await openApp(`${server.url}#fordeling`, undefined, FIGURES);
  try {
    await app.page.waitForSelector(at('keys-side-by-side'));
    await app.page.click(`${at('keys-members-details')} summary`);
    const cell = at('keys-calls-751');
    const shown = await app.page.inputValue(cell);
    const aarhus = () => tableRows(app.page).then((rows) => rows.find((row) => row[0] === 'Aarhus'));
    const aarhusBefore = expectedRow(before.members.find((m) => m.code === 751));
    assert.deepEqual(await aarhus(), aarhusBefore);
    // Half a number while typing: no message yet; text that cannot become one: kept, and said once left.
    await app.page.fill(cell, '12a');
    await app.page.locator(cell).blur();
    await waitForText(app.page, `${AREA} [data-testid=keys-calls-table] .field-error`, '"12a" er ikke et tal');
    assert.equal(await app.page.inputValue(cell), '12a');
    assert.equal(await app.page.getAttribute(cell, 'aria-invalid'), 'true');
    assert.deepEqual(await aarhus(), aarhusBefore, 'the figures keep the value from before');
    // A number, typed a keystroke at a time: stored, and the table follows the engine.
    await app.page.fill(cell, '');
    await app.page.locator(cell).pressSequentially('40200');
    scenario.keys.calls = before.members.map((m) => ({ code: m.code, calls: m.code === 751 ? 40200 : m.calls }));
    scenario.keys.calls_illustrative = false;
    const typed = evaluate(scenario).keys;
    const row = expectedRow(typed.members.find((m) => m.code === 751));
    await app.page.waitForFunction(
      ([selector, row]) => [...document.querySelectorAll(selector)].some((tr) => [...tr.children].map((c) => c.textContent.trim()).join('|') === row),
      [`${at('keys-side-by-side')} tbody tr`, row.join('|')],
    );
    assert.equal(await app.page.getAttribute(cell, 'aria-invalid'), 'false');
    await app.page.locator(cell).blur();
    // The keystrokes were one step: one undo brings back the calls from before.
    await app.page.click(`${AREA} [data-testid=undo]`);
    await app.page.waitForFunction(([selector, value]) => document.querySelector(selector)?.value === value, [cell, shown]);
    assert.deepEqual(await aarhus(), aarhusBefore);
    // Offering back more hours than Aarhus's base: the engine's objection, at the bid's cell.
    const bid = at('keys-bid-751');
    await app.page.fill(bid, '-1000000');
    await app.page.waitForSelector(at('keys-error'));
    assert.equal(await app.page.getAttribute(bid, 'aria-invalid'), 'true');
    assert.match(await app.page.textContent(`${AREA} [data-testid=keys-calls-table]`), /1\.000\.000 timer er flere end kommunens [\d.]+ basistimer/);
    assert.equal(await app.page.inputValue(bid), '-1000000');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

for (const [name, viewport] of [['desktop 1440 px', { width: 1440, height: 900 }], ['phone 390 px', { width: 390, height: 844 }]]) {
  test(`axe-core finds no WCAG 2.1 AA violation in Fordeling at ${name}, with a refused field`, async () => {
    const app = await openApp(`${server.url}#fordeling`, viewport, FIGURES);
    try {
      await app.page.waitForSelector(at('keys-side-by-side'));
      await app.page.click(`${at('keys-detail-details')} summary`);
      await app.page.click(`${at('keys-chart-details')} summary`);
      await app.page.click(`${at('keys-members-details')} summary`);
      await app.page.waitForSelector(`${at('keys-chart')} svg`);
      await app.page.fill(at('keys-floor'), '250');
      await app.page.waitForSelector(at('keys-error'));
      assert.deepEqual(await accessibilityViolations(app.page), []);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}

test('the side-by-side table in the order chosen; the change chart tells rises from savings by colour and by sign; while a member\'s calls are typed the tables wait for a pause, the headline does not', async () => {
  const scenario = example();
  const expected = evaluate(scenario).keys;
  const app = await openApp(`${server.url}#fordeling`, undefined, FIGURES);
  const { page } = app;
  try {
    await page.waitForSelector(at('keys-side-by-side'));
    const change = (m) => Number(m.keys[2].cost_change);
    const names = async () => (await tableRows(page)).slice(0, -1).map((row) => row[0]);
    // The engine's order with equal changes in its list's order, as a stable sort gives it.
    const savingFirst = [...expected.members].sort((a, b) => change(a) - change(b)).map((m) => m.name);
    assert.deepEqual(await names(), savingFirst);
    await page.selectOption(at('keys-order'), '1');
    await page.waitForFunction(([selector, first]) => document.querySelector(selector)?.textContent.trim() === first,
      [`${at('keys-side-by-side')} tbody tr th`, savingFirst.at(-1)]);
    assert.deepEqual(await names(), [...savingFirst].reverse());
    await page.selectOption(at('keys-order'), '2');
    await page.waitForFunction(([selector, first]) => document.querySelector(selector)?.textContent.trim() === first,
      [`${at('keys-side-by-side')} tbody tr th`, expected.members[0].name]);
    assert.deepEqual(await names(), expected.members.map((m) => m.name), 'the most citizens first');

    await page.click(`${at('keys-chart-details')} summary`);
    await page.waitForSelector(`${at('keys-change-chart')} svg`);
    const rises = expected.members.filter((m) => change(m) > 0).length;
    const savings = expected.members.filter((m) => change(m) < 0).length;
    assert.ok(rises > 0 && savings > 0);
    const paths = await page.locator(`${at('keys-change-chart')} svg path`).evaluateAll(
      (all) => all.map((path) => [path.getAttribute('fill'), path.getAttribute('d').split('Z').filter(Boolean).length]));
    assert.deepEqual(paths, [['#D55E00', rises], ['#0072B2', savings]]);
    const signs = await page.locator(`${at('keys-change-chart')} svg g text`).allTextContents();
    assert.deepEqual(signs.map((text) => text[0]), expected.members.map((m) => (change(m) > 0 ? '+' : change(m) < 0 ? '\u2212' : '0')));
    // The legend, in the drawing: each colour's square and what it means.
    const legend = await page.locator(`${at('keys-change-chart')} svg`).first().evaluate((svg) => [
      [...svg.querySelectorAll('rect')].map((r) => r.getAttribute('fill')).filter((fill) => fill !== '#FFFFFF'),
      [...svg.querySelectorAll('text')].slice(0, 2).map((t) => t.textContent.trim()),
    ]);
    assert.deepEqual(legend, [['#D55E00', '#0072B2'], ['Betaler mere end i dag (+)', 'Betaler mindre end i dag (\u2212)']]);

    // Typing Aarhus's calls: at each keystroke the headline follows at once, the tables and charts
    // below wait (marked busy) until typing pauses, then show the engine's figures.
    await page.click(`${at('keys-members-details')} summary`);
    const cell = at('keys-calls-751');
    await page.fill(cell, '');
    await page.locator(cell).pressSequentially('40200', { delay: 30 });
    assert.equal(await page.getAttribute(FIGURES, 'aria-busy'), 'true', 'the tables wait while typing');
    scenario.keys.calls = expected.members.map((m) => ({ code: m.code, calls: m.code === 751 ? 40200 : m.calls }));
    scenario.keys.calls_illustrative = false;
    const typed = evaluate(scenario).keys;
    assert.deepEqual([(await page.textContent(at('headline-rise'))).trim()], [expectedHeadline(typed.members, 2)[0]]);
    await page.waitForFunction((selector) => !document.querySelector(selector).hasAttribute('aria-busy'), FIGURES);
    const aarhus = (await tableRows(page)).find((row) => row[0] === 'Aarhus');
    assert.deepEqual(aarhus, expectedRow(typed.members.find((m) => m.code === 751)));
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
