// Export (Eksportér): every table of the area on screen as CSV for Danish Excel or on the clipboard as
// tab-separated text, every chart as SVG or PNG. The figures in the files are the command line's; the
// export module is downloaded only when the button is first pressed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from './server.mjs';
import { DIST, PRICE, accessibilityViolations, bigKroner, evaluate, example, openApp } from './helpers.mjs';

const DIALOG = '[data-testid=export-dialog]';
let server;
before(async () => {
  server = await serveDist(DIST, '/');
});
after(async () => server.close());

/** Opens the export dialog of `area` and lists what it offers: [name, [button texts]] per item. */
async function openExport(page, area) {
  await page.click(`[data-area-root=${area}] [data-testid=export]`);
  await page.waitForSelector(DIALOG);
  return page.$$eval(`${DIALOG} li`, (items) => items.map((li) => [
    li.querySelector('.export-name').textContent, [...li.querySelectorAll('button')].map((b) => b.textContent),
  ]));
}

/** Saves what clicking `selector` downloads, and returns its name and bytes. */
async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = join(mkdtempSync(join(tmpdir(), 'ddh-export-')), download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

const button = (name, action) => `${DIALOG} button[aria-label="${action}: ${name}"]`;

test('the bills as CSV for Danish Excel and on the clipboard, with the command line\'s figures; the module loads on the first press', async () => {
  const app = await openApp(server.url);
  const { page } = app;
  try {
    const before = app.requests.filter((url) => url.includes('ddh-eksport'));
    assert.deepEqual(before, [], 'no export module in a first visit');
    const offered = await openExport(page, 'udbud');
    assert.ok(offered.some(([name, buttons]) => name === 'Regning pr. medlem' && buttons.join() === 'CSV (Excel),Kopiér'), JSON.stringify(offered));
    assert.ok(offered.some(([, buttons]) => buttons.join() === 'SVG,PNG'), 'the leaving chart is offered');
    assert.ok(app.requests.some((url) => url.endsWith('/ddh-eksport_bg.wasm')));

    const report = evaluate(example()).tender;
    const { name, bytes } = await downloaded(page, button('Regning pr. medlem', 'CSV (Excel)'));
    assert.equal(name, 'ddh-Regning-pr-medlem.csv');
    const text = bytes.toString('utf8');
    assert.ok(text.startsWith('\ufeff'), 'a byte-order mark, so Excel reads UTF-8');
    const rows = text.slice(1).split('\r\n').filter(Boolean).map((line) => line.split(';'));
    assert.deepEqual(rows[0], ['Kommune', 'Indbyggere', 'Andel', 'Regning']);
    const plain = (kroner) => bigKroner(kroner).replace(' kr.', '');
    for (const bill of report.bills) {
      const row = rows.find((r) => r[0] === bill.name);
      assert.ok(row, `a row for ${bill.name}`);
      assert.equal(row[3], plain(bill.bill), bill.name);
    }
    assert.equal(rows.length, report.bills.length + 2, 'heading, a row per member, the sum');
    assert.equal(rows.at(-1)[3], plain(report.total));

    // The clipboard gets the same table as tab-separated text.
    await page.evaluate(() => {
      window.copied = [];
      navigator.clipboard.writeText = async (text) => { window.copied.push(text); };
    });
    await page.click(button('Regning pr. medlem', 'Kopiér'));
    await page.waitForFunction(() => window.copied.length === 1);
    const tsv = (await page.evaluate(() => window.copied[0])).split('\r\n').filter(Boolean).map((line) => line.split('\t'));
    assert.deepEqual(tsv, rows);
    assert.match(await page.textContent(`${DIALOG} [data-testid=export-status]`), /er kopieret/);

    // The focus stays in the dialog: back from its first button to its last (Luk), and on round again.
    const focused = () => page.evaluate(() => document.activeElement?.dataset.testid);
    await page.focus(`${DIALOG} button`);
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), 'export-close');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'export-csv');
    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    await page.waitForSelector(DIALOG, { state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'export');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a chart as SVG and as PNG at twice its size; a layered chart in one drawing', async () => {
  const app = await openApp(`${server.url}#fordeling`, undefined, '[data-area-root=fordeling] [data-testid=keys-side-by-side]');
  const { page } = app;
  try {
    await page.click('[data-area-root=fordeling] [data-testid=keys-chart-details] summary');
    await page.waitForSelector('[data-area-root=fordeling] [data-testid=keys-chart] svg');
    const offered = await openExport(page, 'fordeling');
    const charts = offered.filter(([, buttons]) => buttons.join() === 'SVG,PNG').map(([name]) => name);
    assert.ok(charts.length >= 1, JSON.stringify(offered));
    const svg = await downloaded(page, button(charts[0], 'SVG'));
    assert.match(svg.name, /^ddh-.+\.svg$/);
    const drawing = svg.bytes.toString('utf8');
    assert.match(drawing, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // The names' layer and the bars' layer, in that order, in one drawing.
    assert.equal((drawing.match(/<svg/g) ?? []).length, 3);
    const [, width, height] = drawing.match(/width="(\d+)" height="(\d+)"/);

    const png = await downloaded(page, button(charts[0], 'PNG'));
    assert.match(png.name, /^ddh-.+\.png$/);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], [2 * Number(width), 2 * Number(height)]);
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('every area offers its tables and charts, each named', async () => {
  for (const [area, ready] of [['udbud', PRICE], ['indkob', '[data-testid=procurement-figures]'], ['aabningstid', '[data-testid=hours-figures]'], ['fordeling', '[data-testid=keys-side-by-side]']]) {
    const app = await openApp(`${server.url}#${area}`, undefined, `[data-area-root=${area}] ${ready}`);
    try {
      const offered = await openExport(app.page, area);
      assert.ok(offered.length >= 2, `${area}: ${JSON.stringify(offered)}`);
      for (const [name] of offered) assert.doesNotMatch(name, /^(Tabel|Diagram) \d+$/, `${area}: every item has a name of its own`);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  }
});

test('the members\' calls exported as CSV and imported again give the same scenario', async () => {
  const app = await openApp(`${server.url}#fordeling`, undefined, '[data-area-root=fordeling] [data-testid=keys-side-by-side]');
  const { page } = app;
  const at = (id) => `[data-area-root=fordeling] [data-testid=${id}]`;
  const storedCalls = () => page.evaluate(() => JSON.parse(localStorage.getItem('ddh.scenario')).keys);
  try {
    // The members' own calls, as a representative imports them.
    const calls = [['Aarhus', '40.200'], ['Odder', '2.900'], ['Frederikshavn', '6.100'], ['Herning', '9.800'], ['Skanderborg', '1.300'],
      ['Viborg', '11.200'], ['Egedal', '5.300'], ['Odsherred', '12.400'], ['Høje-Taastrup', '6.900'], ['Furesø', '4.000'],
      ['Horsens', '10.100'], ['Vesthimmerlands', '3.600'], ['Halsnæs', '3.700']];
    const file = `Kommune;Opkald\r\n${calls.map((row) => row.join(';')).join('\r\n')}\r\n`;
    await page.setInputFiles(at('keys-calls-import'), { name: 'opkald.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('indlæst'), at('keys-import-message'));
    const before = await storedCalls();
    assert.equal(before.calls_illustrative, false);

    // The members' table exported as CSV ...
    await page.click(`${at('keys-members-details')} summary`);
    await page.waitForSelector(at('keys-calls-751'));
    const offered = await openExport(page, 'fordeling');
    let exported = null;
    for (const [name, buttons] of offered) {
      if (!buttons.includes('CSV (Excel)')) continue;
      const { bytes } = await downloaded(page, button(name, 'CSV (Excel)'));
      if (bytes.toString('utf8').startsWith('\ufeffMedlem;Opkald;')) exported = bytes;
    }
    assert.ok(exported, `the members' table is offered: ${JSON.stringify(offered)}`);
    await page.keyboard.press('Escape');

    // ... a member's calls changed, then the file imported again: the calls are as they were.
    await page.fill(at('keys-calls-751'), '1');
    await page.press(at('keys-calls-751'), 'Tab');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('ddh.scenario')).keys.calls.some((c) => c.code === 751 && c.calls === 1));
    await page.setInputFiles(at('keys-calls-import'), { name: 'medlemmer.csv', mimeType: 'text/csv', buffer: exported });
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('ddh.scenario')).keys.calls.some((c) => c.code === 751 && c.calls === 40200));
    // The same calls for the same members; the list keeps the order of the file read last.
    const byCode = (keys) => ({ ...keys, calls: [...keys.calls].sort((a, b) => a.code - b.code) });
    assert.deepEqual(byCode(await storedCalls()), byCode(before));
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
