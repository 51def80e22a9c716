// The opening-hours area (Åbningstid) in headless Chromium. Every figure the page must show comes from
// the `ddh` command line (DDH_BIN), i.e. from the engine, for the scenario as the user has changed it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './server.mjs';
import { DIST, accessibilityViolations, bigKroner, evaluate, example, openApp, waitForText } from './helpers.mjs';

const AREA = '[data-area-root=aabningstid]';
const FIGURES = `${AREA} [data-testid=hours-figures]`;
const at = (testid) => `${AREA} [data-testid="${testid}"]`;
/** "0.8973" → "89,73 %", as the page writes a share the engine gives to 4 decimals. */
const share = (decimal) => `${String(Math.round(Number(decimal) * 10000) / 100).replace('.', ',')} %`;
/** Minutes → "48 t" or "73 t 15 min", as the page writes hours. */
const hours = (minutes) => {
  const whole = `${Math.trunc(minutes / 60)}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return minutes % 60 ? `${whole} t ${minutes % 60} min` : `${whole} t`;
};

/** The default scenario with Monday of the proposed schedule closing at `close`. */
function mondayClosing(close) {
  const scenario = example();
  scenario.hours.proposed[0][0].close = close;
  return scenario;
}

/** A call profile as Danish Excel writes it: headings, then 24 lines of hour and seven weights. */
function profileCsv(weightOf) {
  const lines = ['time;man;tir;ons;tor;fre;lør;søn'];
  for (let hour = 0; hour < 24; hour += 1) {
    lines.push([`${String(hour).padStart(2, '0')}:00`, ...[0, 1, 2, 3, 4, 5, 6].map((day) => weightOf(day, hour))].join(';'));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

let server;
before(async () => {
  server = await serveDist(DIST, '/');
});
after(async () => server.close());

test('#aabningstid opens the area directly with 60 and 48 hours a week and the engine\'s cost and service level', async () => {
  const expected = evaluate(example()).hours;
  const app = await openApp(`${server.url}#aabningstid`, undefined, FIGURES);
  try {
    await waitForText(app.page, at('weekly-today'), hours(expected.today.weekly_minutes));
    assert.equal(hours(expected.today.weekly_minutes), '60 t');
    assert.equal((await app.page.textContent(at('weekly-proposed'))).trim(), '48 t');
    assert.equal((await app.page.textContent(at('staffed-cost-today'))).trim(), bigKroner(expected.today.staffed.cost));
    assert.equal((await app.page.textContent(at('service-level-today'))).trim(), share(expected.today.staffed.service_level));
    assert.equal((await app.page.textContent(at('service-level-proposed'))).trim(), share(expected.proposed.staffed.service_level));
    assert.equal(await app.page.locator(`${at('closed-days')} tbody tr`).count(), expected.closed_days.length);
    assert.ok(await app.page.locator(`${at('heat-chart')} svg rect`).count() > 7 * 12, 'heat map drawn');
    assert.ok(await app.page.locator(`${at('before-after-chart')} svg rect`).count() >= 8, 'bars drawn');
    const modules = app.requests.filter((url) => url.endsWith('.wasm')).map((url) => new URL(url).pathname);
    assert.deepEqual(modules, ['/ddh-aabningstid_bg.wasm'], 'only the hours module is downloaded');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('closing Monday at 16:00 in the proposal changes weekly hours, cost and service level to the engine\'s; 16:10 is refused by name and changes nothing', async () => {
  const changed = evaluate(mondayClosing('16:00')).hours;
  const app = await openApp(`${server.url}#aabningstid`, undefined, FIGURES);
  try {
    const close = at('hours.proposed[0][0].close');
    await app.page.fill(close, '16:00');
    await waitForText(app.page, at('weekly-proposed'), hours(changed.proposed.weekly_minutes));
    assert.equal(hours(changed.proposed.weekly_minutes), '46 t');
    await waitForText(app.page, at('staffed-cost-proposed'), bigKroner(changed.proposed.staffed.cost));
    assert.equal((await app.page.textContent(at('service-level-proposed'))).trim(), share(changed.proposed.staffed.service_level));
    assert.equal((await app.page.textContent(at('weekly-change'))).trim(), `${hours(changed.change.weekly_minutes)} (${changed.change.weekly_percent.replace('.', ',')} %)`);

    // Off the quarter hour: the engine names the field, the figures stay those of 16:00, marked.
    await app.page.fill(close, '16:10');
    await app.page.waitForSelector(at('hours-error'));
    assert.match(await app.page.textContent(at('hours-error')), /16:10 er ikke et kvarter/);
    assert.equal(await app.page.getAttribute(close, 'aria-invalid'), 'true');
    assert.equal((await app.page.textContent(at('staffed-cost-proposed'))).trim(), bigKroner(changed.proposed.staffed.cost));
    // Half typed: not a time yet, so the scenario keeps 16:10 and the field says how to write one.
    await app.page.fill(close, '16');
    assert.match(await app.page.textContent(`${AREA} .time-field.invalid`), /08:00/);
    await app.page.fill(close, '18:00');
    await waitForText(app.page, at('weekly-proposed'), '48 t');
    assert.equal(await app.page.locator(at('hours-error')).count(), 0);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a call profile imported from a CSV file changes the service level to the engine\'s; a broken file names its line and column and changes nothing', async () => {
  // Evenly spread over today's open hours, none elsewhere.
  const open = (day, hour) => (day <= 3 ? hour >= 8 && hour < 20 : day === 4 ? hour >= 8 && hour < 16 : day === 6 ? hour >= 16 && hour < 20 : false);
  const csv = profileCsv((day, hour) => (open(day, hour) ? '1,5' : '0'));
  const scenario = example();
  scenario.hours.calls.profile = [0, 1, 2, 3, 4, 5, 6].map((day) => [...Array(24).keys()].map((hour) => (open(day, hour) ? '1.5' : '0')));
  scenario.hours.calls.profile_is_illustrative = false;
  const expected = evaluate(scenario).hours;
  const before = evaluate(example()).hours;
  assert.notEqual(expected.proposed.staffed.service_level, before.proposed.staffed.service_level);

  const app = await openApp(`${server.url}#aabningstid`, undefined, FIGURES);
  try {
    const broken = csv.replace('08:00;1,5;1,5', '08:00;1,5;x');
    await app.page.setInputFiles(at('profile-import'), { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await app.page.waitForSelector(at('profile-import-message'));
    assert.match(await app.page.textContent(at('profile-import-message')), /Række 10, kolonne 3: "x" er ikke et tal\. Intet er ændret\./);
    assert.equal((await app.page.textContent(at('service-level-proposed'))).trim(), share(before.proposed.staffed.service_level));
    assert.match(await app.page.textContent(at('profile-kind')), /Illustrativ/);

    await app.page.setInputFiles(at('profile-import'), { name: 'profil.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await waitForText(app.page, at('service-level-proposed'), share(expected.proposed.staffed.service_level));
    assert.equal((await app.page.textContent(at('service-level-today'))).trim(), share(expected.today.staffed.service_level));
    assert.match(await app.page.textContent(at('profile-kind')), /egen/);
    // One undo takes the whole import back.
    await app.page.click(`${AREA} [data-testid=undo]`);
    await waitForText(app.page, at('service-level-proposed'), share(before.proposed.staffed.service_level));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

for (const [name, viewport] of [['desktop 1440 px', { width: 1440, height: 900 }], ['phone 390 px', { width: 390, height: 844 }]]) {
  test(`axe-core finds no WCAG 2.1 AA violation in Åbningstid at ${name}, with the intervals open and a refused field`, async () => {
    const app = await openApp(`${server.url}#aabningstid`, viewport, FIGURES);
    try {
      await app.page.click(`${at('intervals-details')} summary`);
      await app.page.waitForSelector(`${at('intervals')} tbody tr`);
      await app.page.fill(at('aht_seconds'), '0');
      await app.page.waitForSelector(at('hours-error'));
      assert.deepEqual(await accessibilityViolations(app.page), []);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}
