// The app in English: the switch in the header, remembered across reloads, handing the scenario and
// its undo over; every area in English with English numbers and dates, typed numbers read the English
// way, the engine's refusals in English, the CSV for English Excel that imports again, and axe-core on
// every area. Every figure asserted is the `ddh` command line's, written the English way here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './server.mjs';
import { DIST, PRICE, accessibilityViolations, evaluate, example, largestRise, openApp, waitForText } from './helpers.mjs';

let server;
before(async () => {
  server = await serveDist(DIST, '/');
});
after(async () => server.close());

/** "1550000.00" → "DKK 1,550,000.00", as the English build writes an amount. */
const dkk = (decimal) => {
  const [whole, fraction] = decimal.split('.');
  return `DKK ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
};
const english = { language: 'en' };
const AREAS = [
  ['udbud', PRICE],
  ['indkob', '[data-area-root=indkob] [data-testid=procurement-figures]'],
  ['aabningstid', '[data-area-root=aabningstid] [data-testid=hours-figures]'],
  ['fordeling', '[data-area-root=fordeling] [data-testid=keys-figures]'],
  ['scenarier', '[data-area-root=scenarier] [data-testid=scenario-list]'],
];
// Words only Danish prose has; an English area that shows one has a text left untranslated.
const DANISH = /\b(og|ikke|eller|skal|mellem|kommuner|medlemmer|borgere|udbud(?!\.dk)|nulstil|fortryd|gentag)\b|\b(pr|kr|kl)\.(?=\s|$)/i;

/** Clicks the language switch in `area` and waits for the page to be loaded again in `lang`: the
 * element's attribute, not the `load` event, which a run on a busy machine once missed although the
 * page had been loaded again. A mark left on the old page shows that it really was. */
async function switchLanguage(page, area, lang) {
  await page.evaluate(() => { window.ddhBeforeSwitch = true; });
  await page.click(`[data-area-root=${area}] [data-testid=language]`);
  await page.waitForSelector(`html[lang=${lang}]`, { state: 'attached' });
  assert.equal(await page.evaluate(() => window.ddhBeforeSwitch), undefined, 'the page was loaded again');
}

test('the switch: Danish first, English when chosen and after a reload, with the scenario and its undo; back to Danish', async () => {
  const base = example();
  const changed = structuredClone(base);
  changed.tender.cost_items[3].amount = '450000.00';
  const app = await openApp(server.url);
  const { page } = app;
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'da');
    assert.equal(await page.textContent('[data-area-root=udbud] [data-testid=language]'), 'English');
    assert.equal(await page.getAttribute('[data-area-root=udbud] [data-testid=language]', 'lang'), 'en');
    await page.fill('[data-testid=item-4-amount]', '450.000');
    await page.press('[data-testid=item-4-amount]', 'Tab');
    await waitForText(page, PRICE, `${evaluate(changed).tender.price_per_citizen.replace('.', ',')} kr.`);

    await switchLanguage(page, 'udbud', 'en-GB');
    await page.waitForSelector(PRICE);
    assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
    assert.equal(await page.title(), 'Tender economics · Den Digitale Hotline');
    assert.equal((await page.textContent('[data-area-root=udbud] [data-testid=nav-udbud]')).trim(), 'Tender');
    // The default scenario's names, not changed by the user, came along in English.
    assert.equal(await page.inputValue('[data-testid=item-1-name]'), 'Consultant');
    // The changed scenario came along, in English figures, and undo still takes the change back.
    await waitForText(page, PRICE, dkk(evaluate(changed).tender.price_per_citizen));
    assert.equal(await page.inputValue('[data-testid=item-4-amount]'), '450,000.00');
    assert.equal(await page.isEnabled('[data-area-root=udbud] [data-testid=undo]'), true);
    await page.click('[data-area-root=udbud] [data-testid=undo]');
    await waitForText(page, PRICE, dkk(evaluate(base).tender.price_per_citizen));
    assert.equal((await page.textContent('[data-testid=budget-total]')).trim(), dkk(evaluate(base).tender.total));

    // Remembered: a reload, and another area, are English too.
    await page.reload();
    await page.waitForSelector(PRICE);
    assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
    await page.click('[data-area-root=udbud] [data-testid=nav-indkob]');
    await page.waitForSelector(AREAS[1][1]);
    assert.equal((await page.textContent('[data-area-root=indkob] [data-testid=language]')).trim(), 'Dansk');
    const modules = app.requests.filter((url) => url.endsWith('.wasm')).map((url) => new URL(url).pathname);
    assert.ok(modules.includes('/ddh-indkob-en_bg.wasm'), modules.join(', '));

    // And back.
    await switchLanguage(page, 'indkob', 'da');
    await page.waitForSelector(AREAS[1][1]);
    assert.equal(await page.getAttribute('html', 'lang'), 'da');
    await page.reload();
    await page.waitForSelector(AREAS[1][1]);
    assert.equal(await page.getAttribute('html', 'lang'), 'da');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('in English: figures and dates the English way, numbers typed the English way, the engine\'s refusal in English', async () => {
  const base = example();
  const figures = evaluate(base);
  const app = await openApp(server.url, undefined, PRICE, english);
  const { page } = app;
  try {
    await waitForText(page, PRICE, dkk(figures.tender.price_per_citizen));
    assert.equal((await page.textContent('[data-testid=budget-total]')).trim(), dkk(figures.tender.total));

    // A number as an English speaker types it.
    const changed = structuredClone(base);
    changed.tender.cost_items[3].amount = '1234567.50';
    await page.fill('[data-testid=item-4-amount]', '1,234,567.50');
    await page.press('[data-testid=item-4-amount]', 'Tab');
    await waitForText(page, PRICE, dkk(evaluate(changed).tender.price_per_citizen));
    assert.equal((await page.textContent('[data-testid=budget-total]')).trim(), dkk(evaluate(changed).tender.total));

    // The engine's refusal, in English, naming the field.
    await page.fill('[data-testid=item-4-amount]', '-5');
    await page.waitForSelector('[data-testid=report-error]');
    const refusal = await page.textContent('[data-testid=report-error]');
    assert.match(refusal, /must not be negative \(is -5(\.00)?\)/);
    assert.doesNotMatch(refusal, DANISH);
    await page.fill('[data-testid=item-4-amount]', '600,000');
    await page.waitForSelector('[data-testid=report-error]', { state: 'detached' });

    // The printed day, written by the browser in the page's language as printing starts.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const today = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--today'));
    assert.equal(today, JSON.stringify(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date())));
    assert.match(today, /^"\d{1,2} [A-Z][a-z]+ 20\d\d"$/);

    // A date: the EU threshold's period, as 1 January 2026.
    await page.click('[data-area-root=udbud] [data-testid=nav-indkob]');
    await page.waitForSelector(AREAS[1][1]);
    const procurement = await page.textContent('[data-area-root=indkob] main');
    assert.match(procurement, /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d\b/);
    assert.ok(procurement.includes(dkk(figures.procurement.threshold.threshold)), 'the threshold in DKK');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('in English, the members\' calls export as CSV for English Excel (commas, no thousands separators) and import again', async () => {
  const app = await openApp(`${server.url}#fordeling`, undefined, AREAS[3][1], english);
  const { page } = app;
  const at = (id) => `[data-area-root=fordeling] [data-testid=${id}]`;
  const storedKeys = () => page.evaluate(() => JSON.parse(localStorage.getItem('ddh.scenario')).keys);
  try {
    await page.click(`${at('keys-members-details')} summary`);
    await page.waitForSelector(at('keys-calls-751'));
    await page.fill(at('keys-calls-751'), '41,200');
    await page.press(at('keys-calls-751'), 'Tab');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('ddh.scenario')).keys.calls.some((c) => c.code === 751 && c.calls === 41200));
    const before = await storedKeys();

    await page.click('[data-area-root=fordeling] [data-testid=export]');
    await page.waitForSelector('[data-testid=export-dialog]');
    const buttons = await page.$$('[data-testid=export-dialog] [data-testid=export-csv]');
    let exported = null;
    for (const button of buttons) {
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const chunks = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.startsWith('\ufeffMember,Calls')) exported = text;
    }
    assert.ok(exported, 'the members\' table is offered as CSV');
    assert.match(exported, /\r\nAarhus,41200,/);
    await page.keyboard.press('Escape');

    await page.fill(at('keys-calls-751'), '1');
    await page.press(at('keys-calls-751'), 'Tab');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('ddh.scenario')).keys.calls.some((c) => c.code === 751 && c.calls === 1));
    await page.setInputFiles(at('keys-calls-import'), { name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(exported, 'utf8') });
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('ddh.scenario')).keys.calls.some((c) => c.code === 751 && c.calls === 41200));
    const byCode = (keys) => ({ ...keys, calls: [...keys.calls].sort((a, b) => a.code - b.code) });
    assert.deepEqual(byCode(await storedKeys()), byCode(before));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

for (const [name, viewport] of [['desktop 1440 px', { width: 1440, height: 900 }], ['phone 390 px', { width: 390, height: 844 }]]) {
  test(`in English at ${name}: every area is in English and axe-core finds no WCAG 2.1 AA violation`, async () => {
    for (const [area, ready] of AREAS) {
      const app = await openApp(`${server.url}#${area}`, viewport, ready, english);
      try {
        // Everything folded open, so that every text is on the page.
        for (const summary of await app.page.$$(`[data-area-root=${area}] details:not([open]) > summary`)) {
          await summary.click();
        }
        await app.page.waitForTimeout(100);
        const text = await app.page.$eval(`[data-area-root=${area}]`, (root) => root.innerText);
        const danish = text.split('\n').filter((line) => DANISH.test(line));
        assert.deepEqual(danish, [], `#${area}: lines with Danish words`);
        assert.deepEqual(await accessibilityViolations(app.page), [], `#${area}`);
        assert.deepEqual(app.problems, [], `#${area}`);
      } finally {
        await app.close();
      }
    }
  });
}

test('in English: the export dialog and the presentation are in English, and axe-core finds nothing in either', async () => {
  const base = evaluate(example());
  const app = await openApp(`${server.url}#scenarier`, { width: 1280, height: 720 }, AREAS[4][1], english);
  const { page } = app;
  const SHOW = '[data-area-root=praesentation]';
  try {
    await page.click('[data-area-root=scenarier] [data-testid=export]');
    await page.waitForSelector('[data-testid=export-dialog]');
    const dialog = await page.$eval('[data-testid=export-dialog]', (d) => d.innerText);
    assert.deepEqual(dialog.split('\n').filter((line) => DANISH.test(line)), [], 'export dialog');
    assert.deepEqual(await accessibilityViolations(page), [], 'export dialog');
    await page.keyboard.press('Escape');

    await page.click('[data-area-root=scenarier] [data-testid=present]');
    await page.waitForSelector(`${SHOW}:not([hidden]) [data-testid=slide-value]`);
    assert.equal((await page.textContent(`${SHOW} [data-testid=slide-area]`)).trim(), 'Tender');
    assert.equal((await page.textContent(`${SHOW} [data-testid=slide-value]`)).trim(), dkk(base.tender.price_per_citizen));
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(100);
      const slide = await page.$eval(SHOW, (show) => show.innerText);
      assert.deepEqual(slide.split('\n').filter((line) => DANISH.test(line)), [], `slide after ${key}`);
    }
    // The keys' slide: who pays most more under the scenario's chosen key.
    const rise = largestRise(base.keys);
    assert.equal((await page.textContent(`${SHOW} [data-testid=slide-value]`)).trim(), `${rise.name}: +${dkk(rise.change)}`);
    assert.deepEqual(await accessibilityViolations(page), [], 'presentation');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
