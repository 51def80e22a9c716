// Ready for the meeting room: each area answers its question on its first screen, at a projector's
// 1280×720, and the sticky bar and the window's title follow the area shown. Every figure comes from
// the `ddh` command line (DDH_BIN), i.e. from the engine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './server.mjs';
import { DIST, bigKroner, evaluate, example, kroner, openApp } from './helpers.mjs';

const PROJECTOR = { width: 1280, height: 720 };
/** "-993580.00" → "-993.580,00 kr." */
const signedKroner = (decimal) => (decimal.startsWith('-') ? `-${bigKroner(decimal.slice(1))}` : bigKroner(decimal));

/** Each area: its title, and its headline's large figure as the engine's report gives it. */
const AREAS = {
  udbud: { title: 'Udbudsøkonomi', main: (r) => kroner(r.tender.price_per_citizen) },
  indkob: { title: 'Indkøb og tærskelværdi', main: (r) => bigKroner(r.procurement.value.total) },
  aabningstid: { title: 'Åbningstid og bemanding', main: (r) => signedKroner(r.hours.change.staffed_cost) },
  fordeling: {
    title: 'Fordelingsnøgler',
    main: (r) => {
      const bounded = [...r.keys.members].sort((a, b) => Number(b.keys[2].cost_change) - Number(a.keys[2].cost_change))[0];
      return `${bounded.name}: +${signedKroner(bounded.keys[2].cost_change)}`;
    },
  },
  scenarier: { title: 'Scenarier', main: (_, scenario) => scenario.name },
};

let server;
before(async () => {
  server = await serveDist(DIST, '/');
});
after(async () => server.close());

for (const [area, { title, main }] of Object.entries(AREAS)) {
  test(`#${area} at 1280×720: the headline is on the first screen, and the bar and the title name the area`, async () => {
    const scenario = example();
    const report = evaluate(scenario);
    const root = `[data-area-root=${area}]`;
    const app = await openApp(`${server.url}#${area}`, PROJECTOR, `${root} [data-testid=headline]`);
    try {
      const headline = app.page.locator(`${root} [data-testid=headline]`);
      const big = headline.locator('.figure.emphasis .figure-value');
      assert.equal((await big.textContent()).trim(), main(report, scenario));
      // The whole headline, its qualifiers too, inside the viewport without scrolling.
      const box = await headline.boundingBox();
      assert.ok(box.y >= 0 && box.y + box.height <= PROJECTOR.height, `headline at ${box.y}–${box.y + box.height} px`);
      assert.ok(box.x >= 0 && box.x + box.width <= PROJECTOR.width);
      const size = await big.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      assert.ok(size >= 28, `the answer in large type (${size} px)`);
      // The sticky bar gives the same answer; the heading and the window's title name the area.
      assert.ok((await app.page.textContent(`${root} [data-testid=summary]`)).includes(main(report, scenario)));
      assert.equal((await app.page.textContent(`${root} h1`)).trim(), `Den Digitale Hotline: ${title}`);
      assert.equal(await app.page.title(), `${title} · Den Digitale Hotline`);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}

test('moving between areas in the page, the title and the bar follow the area shown', async () => {
  const report = evaluate(example());
  const app = await openApp(`${server.url}#udbud`, PROJECTOR);
  try {
    assert.equal(await app.page.title(), 'Udbudsøkonomi · Den Digitale Hotline');
    await app.page.click('[data-area-root=udbud] [data-testid=nav-indkob]');
    await app.page.waitForSelector('[data-area-root=indkob] [data-testid=headline]');
    await app.page.waitForFunction(() => document.title === 'Indkøb og tærskelværdi · Den Digitale Hotline');
    const bar = await app.page.locator('[data-area-root=indkob] [data-testid=summary]');
    assert.ok(await bar.isVisible());
    assert.ok((await bar.textContent()).startsWith(`Kontraktværdi ${bigKroner(report.procurement.value.total)} · `));
    await app.page.goBack();
    await app.page.waitForFunction(() => document.title === 'Udbudsøkonomi · Den Digitale Hotline');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the small print: a new purchase line\'s amount starts empty and takes what is typed, no amount ends in a doubled full stop, hours are written with one unit, shares side by side with the same decimals', async () => {
  const app = await openApp(`${server.url}#indkob`, PROJECTOR, '[data-area-root=indkob] [data-testid=headline]');
  try {
    const root = '[data-area-root=indkob]';
    await app.page.click(`${root} [data-testid=add-line]`);
    const amount = app.page.locator(`${root} input[data-testid^=line-][data-testid$=-amount]`).last();
    assert.equal(await amount.inputValue(), '', 'a new line\'s amount is empty');
    await amount.click();
    await amount.pressSequentially('400.000');
    await amount.press('Tab');
    await app.page.waitForFunction((element) => element.value === '400.000,00', await amount.elementHandle());
    assert.ok(!(await app.page.textContent(root)).includes('kr..'), 'no "kr.." in Indkøb');

    await app.page.click(`${root} [data-testid=nav-aabningstid]`);
    const hours = '[data-area-root=aabningstid]';
    await app.page.waitForSelector(`${hours} [data-testid=headline]`);
    const text = await app.page.textContent(hours);
    assert.match(text, /I dag: 60 t om ugen/);
    assert.ok(!/ t timer/.test(text), 'one unit for hours');
    const shares = (await app.page.textContent(`${hours} [data-testid=headline-service-level]`)).match(/\d+,\d+ %/g);
    assert.deepEqual(shares.map((share) => share.split(',')[1].length), [4, 4], `two decimals each: ${shares}`);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

for (const [area, language] of Object.keys(AREAS).flatMap((area) => [[area, 'da'], [area, 'en']])) {
  test(`#${area} on a 390 px phone (${language}): no page wider than the screen and no field's text cut, with every part closed or open`, async () => {
    const root = `[data-area-root=${area}]`;
    const app = await openApp(`${server.url}#${area}`, { width: 390, height: 844 }, `${root} [data-testid=headline]`, { language });
    try {
      const widest = () => app.page.evaluate(() => document.documentElement.scrollWidth);
      assert.equal(await widest(), 390, 'as it opens');
      for (const summary of await app.page.$$(`${root} details:not([open]) > summary`)) {
        await summary.click();
      }
      // What opening draws (tables of 98 rows, charts) is drawn in the frames after.
      await app.page.waitForTimeout(500);
      const wider = await app.page.evaluate((root) => [...document.querySelectorAll(`${root} *`)]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 3).map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.dataset.testid ?? ''}`), root);
      assert.equal(await widest(), 390, `everything open: ${wider.join(', ')}`);
      // Each number field shows the whole of what it holds ("112.5", not "112.").
      const cut = await app.page.evaluate((root) => [...document.querySelectorAll(`${root} input[inputmode]`)]
        .filter((input) => input.getClientRects().length > 0 && input.scrollWidth > input.clientWidth + 1)
        .map((input) => `${input.dataset.testid ?? input.name}: "${input.value}"`), root);
      assert.deepEqual(cut, [], 'fields whose text is cut');
      // The scenarios' row actions stay on screen.
      for (const button of await app.page.$$(`${root} .row-actions button`)) {
        const box = await button.boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= 390, `a row action at ${box.x}–${box.x + box.width}`);
      }
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}

/** Each slide of the presentation at a projector's 1280×720: every text in or under its chart at
 * least 18 px on the screen (an SVG's text at its font size times the scale the slide draws it at). */
const slideTexts = (page) => page.$$eval('[data-testid=presentation] .slide-chart', (charts) => charts.flatMap((chart) => {
  const svgText = [...chart.querySelectorAll('svg')].flatMap((svg) => {
    const scale = svg.getBoundingClientRect().height / svg.height.baseVal.value;
    return [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent.trim(), size: parseFloat(getComputedStyle(text).fontSize) * scale, box: text.getBoundingClientRect().toJSON() }));
  });
  const htmlText = [...chart.querySelectorAll('figcaption, .legend li')].map((node) => ({ text: node.textContent, size: parseFloat(getComputedStyle(node).fontSize) }));
  return [...svgText, ...htmlText];
}));

test('present at 1280×720: no chart text under 18 px; the keys\' slide names the largest rises and savings under the chosen key; the axis titles clear their tick labels', async () => {
  const scenario = example();
  const report = evaluate(scenario);
  const app = await openApp(`${server.url}#scenarier`, PROJECTOR, '[data-area-root=scenarier] [data-testid=scenario-list]');
  const { page } = app;
  try {
    await page.click('[data-area-root=scenarier] [data-testid=present]');
    const show = '[data-area-root=praesentation] [data-testid=presentation]';
    for (const area of ['Udbud', 'Indkøb', 'Åbningstid', 'Fordeling']) {
      await page.waitForFunction(([show, area]) => document.querySelector(`${show} [data-testid=slide-area]`)?.textContent.trim() === area
        && document.querySelector(`${show} .slide-chart svg`), [show, area]);
      const texts = await slideTexts(page);
      assert.ok(texts.length >= 6, `${area}: ${texts.length} texts`);
      const small = texts.filter((t) => t.size < 18).map((t) => `"${t.text}" ${t.size.toFixed(1)} px`);
      assert.deepEqual(small, [], `${area}: text under 18 px`);
      // The slide, chart and all, on the screen.
      const box = await page.$eval(`${show} .slide-chart`, (chart) => chart.getBoundingClientRect().toJSON());
      assert.ok(box.bottom <= 720 && box.right <= 1280, `${area}: the chart within the screen (${box.right}×${box.bottom})`);
      if (area === 'Indkøb') {
        // The y-axis title (turned, at the left) and the x-axis title (at the foot) touch no tick label.
        const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const titles = texts.filter((t) => t.text === 'Kontraktværdi, kr.' || t.text === 'Måneder');
        assert.equal(titles.length, 2);
        const ticks = texts.filter((t) => t.box && /^[\d.,]+( mio\.)?$/.test(t.text.trim()));
        assert.ok(ticks.length >= 4, `${ticks.length} tick labels`);
        for (const title of titles) for (const tick of ticks) assert.ok(!overlaps(title.box, tick.box), `"${title.text}" clear of "${tick.text}"`);
      }
      if (area === 'Fordeling') {
        // Under the chosen key (the bounded one), the five largest rises and savings, named, largest
        // rise first, and the largest rise as the slide's figure.
        const column = 2;
        const changes = report.keys.members.map((m) => ({ name: m.name, change: Number(m.keys[column].cost_change) }));
        const rises = changes.filter((m) => m.change > 0).sort((a, b) => b.change - a.change).slice(0, 5);
        const savings = changes.filter((m) => m.change < 0).sort((a, b) => a.change - b.change).slice(0, 5).reverse();
        const named = texts.filter((t) => t.box && changes.some((m) => m.name === t.text)).map((t) => t.text);
        assert.deepEqual(named, [...rises, ...savings].map((m) => m.name));
        const value = (await page.textContent(`${show} [data-testid=slide-value]`)).trim();
        assert.ok(value.startsWith(`${rises[0].name}: +`), value);
        // Each bar's amount with its sign, for those who cannot tell the colours apart.
        const signs = texts.filter((t) => t.box && /^[+\u2212]/.test(t.text)).map((t) => t.text[0]);
        assert.deepEqual(signs, [...rises.map(() => '+'), ...savings.map(() => '\u2212')]);
      }
      await page.keyboard.press('ArrowRight');
    }
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

// Wide tables scrolled sideways keep each row's name in view; a box of figures keeps each figure beside
// its label, at every width.
test('Indkøb and Fordeling: a table scrolled sideways keeps its rows\' names in view; the threshold\'s and price cap\'s figures stand beside their labels at 390, 800 and 1280 px', async () => {
  const app = await openApp(`${server.url}#indkob`, { width: 800, height: 900 }, '[data-area-root=indkob] [data-testid=headline]');
  const { page } = app;
  try {
    const stays = async (table, name) => {
      const scroller = page.locator(table).locator('xpath=ancestor::div[contains(@class, "table-scroll")][1]');
      const wide = await scroller.evaluate((s) => { s.scrollLeft = s.scrollWidth; return s.scrollWidth > s.clientWidth; });
      assert.ok(wide, `${table} is wider than its box`);
      const [box, cell] = [await scroller.boundingBox(), await page.locator(name).first().boundingBox()];
      assert.ok(cell.x >= box.x - 0.5 && cell.x + cell.width <= box.x + box.width + 0.5, `${name} at ${cell.x}, box from ${box.x}`);
    };
    // The vendor offers' table is wider than a page of 800 px; the purchase lines' at 1024 px, beside
    // the route's inputs.
    await stays('[data-area-root=indkob] .offers-table', '[data-area-root=indkob] .offers-table tbody tr:first-child td:first-child input');
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.click('[data-area-root=indkob] [data-testid=add-line]');
    await stays('[data-area-root=indkob] .lines-table', '[data-area-root=indkob] .lines-table tbody tr:first-child td:first-child input');
    for (const width of [390, 800, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const pairs = await page.$$eval('[data-area-root=indkob] dl.figures', (lists) => lists.flatMap((list) => [...list.querySelectorAll('dt')].map((dt) => {
        const dd = dt.nextElementSibling.getBoundingClientRect();
        const label = dt.getBoundingClientRect();
        return { label: dt.textContent, beside: dd.left >= label.right && Math.abs(dd.top - label.top) < 8, inside: dd.right <= window.innerWidth };
      })));
      assert.ok(pairs.length >= 6, `${pairs.length} figures`);
      for (const pair of pairs) assert.deepEqual([pair.beside, pair.inside], [true, true], `${width} px: "${pair.label}"`);
    }
    await page.setViewportSize({ width: 800, height: 900 });
    await page.click('[data-area-root=indkob] [data-testid=nav-fordeling]');
    await page.waitForSelector('[data-area-root=fordeling] [data-testid=keys-side-by-side]');
    await stays('[data-area-root=fordeling] [data-testid=keys-side-by-side]', '[data-area-root=fordeling] [data-testid=keys-side-by-side] tbody tr:first-child th');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
