// Printing an area (Udskriv, or Ctrl+P) to PDF as Chromium does: A4 pages holding the area's headline
// figures, the scenario's name, the day and the data source, and none of the controls. The PDF's text
// is read back with pdf.js; the figures looked for are the command line's where the test can compute
// them, else what the area shows on screen (which the area's own tests check against the command line).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { serveDist } from './server.mjs';
import { DIST, bigKroner, evaluate, example, kroner, openApp } from './helpers.mjs';

const READY = {
  udbud: '[data-testid=price-per-citizen]',
  indkob: '[data-testid=procurement-figures]',
  aabningstid: '[data-testid=hours-figures]',
  fordeling: '[data-testid=keys-sums]',
};
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
/** A4 in PDF points, as Chromium rounds it. */
const A4 = [595, 842];

/** Each page's size and text, spaces dropped (pdf.js cuts a line into pieces where it likes). */
async function pdfPages(bytes) {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const { items } = await page.getTextContent();
    const [, , width, height] = page.view;
    pages.push({ size: [Math.round(width), Math.round(height)], text: squeeze(items.map((item) => item.str).join('')) });
  }
  await document.destroy();
  return pages;
}
const squeeze = (text) => text.replace(/\s+/g, '');

/** How often the PDF's drawing sets each fill colour, as "r,g,b" → count. */
async function pdfFills(bytes) {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const fills = new Map();
  for (let n = 1; n <= document.numPages; n++) {
    const { fnArray, argsArray } = await (await document.getPage(n)).getOperatorList();
    fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFillRGBColor) return;
      const colour = Array.from(Object.values(argsArray[i])).join(',');
      fills.set(colour, (fills.get(colour) ?? 0) + 1);
    });
  }
  await document.destroy();
  return fills;
}
/** "rgb(31, 78, 121)" → "31,78,121" */
const rgb = (css) => css.replace(/[^\d,]/g, '');
const print = (page) => page.pdf({ preferCSSPageSize: true, printBackground: false });

let server;
before(async () => {
  server = await serveDist(DIST, '/');
});
after(async () => server.close());

for (const [area, ready] of Object.entries(READY)) {
  test(`#${area} printed: A4 pages with the area's headline figures, the scenario, the day and the source, and no controls`, async () => {
    const app = await openApp(`${server.url}#${area}`, undefined, `[data-area-root=${area}] ${ready}`);
    const { page } = app;
    try {
      const root = `[data-area-root=${area}]`;
      // What the area shows as its headline figures, and the command line's where this test can compute them.
      const shown = await page.$$eval(`${root} .figure-value, ${root} [data-testid=keys-sums]`, (nodes) => nodes.map((n) => n.textContent.trim()));
      const report = evaluate(example());
      const expected = {
        udbud: [kroner(report.tender.price_per_citizen), bigKroner(report.tender.total)],
        indkob: [bigKroner(report.procurement.value.total), bigKroner(report.procurement.threshold.threshold)],
        aabningstid: [bigKroner(report.hours.today.staffed.cost), bigKroner(report.hours.proposed.staffed.cost)],
        fordeling: [],
      }[area];
      assert.ok(expected.length + shown.length > 0, 'the area has headline figures');
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
      const pages = await pdfPages(pdf);
      const text = pages.map((p) => p.text).join('');
      assert.ok(pages.length >= 1 && pages.length <= 6, `${pages.length} pages`);
      for (const { size } of pages) assert.deepEqual(size, A4);
      for (const figure of [...expected, ...shown]) assert.ok(text.includes(squeeze(figure)), `the PDF holds ${figure}`);
      const now = new Date();
      const today = `${now.getDate()}. ${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
      assert.ok(text.includes(squeeze(`Scenarie: ${example().name}. Udskrevet fra Den Digitale Hotlines beregner ${today}.`)), 'the scenario and the day');
      assert.ok(text.includes(squeeze('Danmarks Statistik, FOLK1A, 1. januar 2025')), 'the data source');
      // The page's controls are not printed: the bar's buttons, the navigation.
      for (const control of ['Fortryd', 'Nulstil', 'Udskriv', 'Scenarier']) {
        assert.ok(!text.includes(control), `no "${control}" on paper`);
      }
      // On screen the footer is not shown.
      assert.equal(await page.isVisible(`${root} [data-testid=print-footer]`), false);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}

test('Udskriv opens the browser\'s print dialogue', async () => {
  const app = await openApp(`${server.url}#udbud`);
  try {
    await app.page.evaluate(() => {
      window.printed = 0;
      window.print = () => { window.printed += 1; };
    });
    await app.page.click('[data-area-root=udbud] [data-testid=print]');
    assert.equal(await app.page.evaluate(() => window.printed), 1);
  } finally {
    await app.close();
  }
});

// A legend's swatches on paper: each swatch's colour is drawn more often with the swatches than with
// them hidden (the charts use the same colours, so the two printings are compared).
for (const [area, ready, open] of [
  ['udbud', '[data-testid=leaving-chart] svg', null],
  ['indkob', '[data-testid=offers-chart] svg', null],
]) {
  test(`#${area} printed: the charts' legends keep their colour swatches`, async () => {
    const root = `[data-area-root=${area}]`;
    const app = await openApp(`${server.url}#${area}`, undefined, `${root} main`);
    const { page } = app;
    try {
      if (open) await page.click(`${root} ${open}`);
      await page.waitForSelector(`${root} ${ready}`);
      const swatches = await page.$$eval(`${root} .legend .swatch:not(.dashed)`, (nodes) => nodes.map((n) => getComputedStyle(n).borderTopColor));
      assert.ok(swatches.length >= 2, `${swatches.length} swatches`);
      const withSwatches = await pdfFills(await print(page));
      await page.addStyleTag({ content: '.swatch { visibility: hidden !important; }' });
      const without = await pdfFills(await print(page));
      for (const colour of swatches.map(rgb)) {
        assert.ok((withSwatches.get(colour) ?? 0) > (without.get(colour) ?? 0), `the swatch ${colour} is on paper`);
      }
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}

// Values, not controls, on paper: nothing shown as a field, a dropdown, a checkbox or a disclosure
// triangle; a checkbox's state written as a word before its label.
test('#indkob printed: no form controls, checkbox marks, dropdown arrows or disclosure triangles; Ja/Nej before an option', async () => {
  const root = '[data-area-root=indkob]';
  const app = await openApp(`${server.url}#indkob`, undefined, `${root} [data-testid=procurement-figures]`);
  const { page } = app;
  try {
    const pdf = await pdfPages(await print(page));
    const text = pdf.map((p) => p.text).join('');
    // Chromium draws a ticked checkbox in its accent blue; nothing on paper is drawn in it.
    assert.equal((await pdfFills(await print(page))).get('0,117,255') ?? 0, 0, 'no checkbox on paper');
    const counted = await page.isChecked(`${root} [data-testid=include-tender-items]`);
    assert.ok(text.includes(squeeze(`${counted ? 'Ja:' : 'Nej:'}Tæl udbudsbudgettets leverandørposter`)), 'the option and its state');
    assert.ok(text.includes(squeeze('Kontraktværdien medregner 800.000,00 kr. i udbudsbudgettets leverandørposter.')));
    // The width of an A4 page inside its margins (186 mm at 96 px an inch), as the browser prints it.
    await page.setViewportSize({ width: 703, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.$$eval(`${root} input, ${root} select, ${root} button, ${root} summary`, (nodes) => {
      // How wide a text is in a font, as the page draws it.
      const context = document.createElement('canvas').getContext('2d');
      const textWidth = (text, font) => { context.font = font; return context.measureText(text).width; };
      return nodes
        .filter((n) => n.getClientRects().length > 0 && getComputedStyle(n).visibility !== 'hidden')
        .map((n) => {
          const style = getComputedStyle(n);
          const cut = n.tagName === 'SELECT'
            ? textWidth(n.selectedOptions[0]?.textContent ?? '', style.font) > n.clientWidth + 1
            : n.scrollWidth > n.clientWidth + 1;
          return { tag: n.tagName, type: n.type, appearance: style.appearance, border: style.borderTopWidth, marker: style.listStyleType, cut };
        });
    });
    assert.ok(shown.some((n) => n.tag === 'INPUT'), 'the fields\' values are printed');
    for (const n of shown) {
      assert.notEqual(n.tag, 'BUTTON');
      assert.notEqual(n.type, 'checkbox');
      if (n.tag === 'SUMMARY') assert.equal(n.marker, 'none', 'no disclosure triangle');
      else assert.deepEqual([n.appearance, n.border, n.cut], ['none', '0px', false], `${n.tag} ${n.type} printed as its whole value`);
    }
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

// A sum under the whole list: with all 98 members the bills run over pages, and their sum is printed
// once, after the last bill, not at the foot of every page.
test('#udbud printed with 98 members: the bills\' sum once, under the last bill', async () => {
  const root = '[data-area-root=udbud]';
  const app = await openApp(`${server.url}#udbud`);
  const { page } = app;
  try {
    await page.click(`${root} [data-testid=preset-all]`);
    await page.waitForFunction(() => document.querySelector('[data-testid=selected-count]')?.textContent.startsWith('98'));
    const rows = await page.$$eval(`${root} [data-testid=bills-table] tbody tr`, (trs) => trs.map((tr) => tr.textContent.trim()));
    const sum = await page.$eval(`${root} [data-testid=bills-table] tfoot`, (f) => f.textContent);
    const text = (await pdfPages(await print(page))).map((p) => p.text).join('');
    const label = 'Sumafregninger';
    assert.ok(squeeze(sum).startsWith(label));
    assert.equal(text.split(label).length - 1, 1, 'the sum printed once');
    assert.ok(text.indexOf(label) > text.indexOf(squeeze(rows.at(-1))), 'after the last bill');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
