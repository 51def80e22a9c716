// Printing an area (Udskriv, or Ctrl+P) to PDF as Chromium does: A4 pages holding the area's headline
// figures, the scenario's name, the day and the data source, and none of the controls. The PDF's text
// is read back with pdf.js; the figures looked for are the command line's where the test can compute
// them, else what the area shows on screen (which the area's own tests check against the command line).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
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
