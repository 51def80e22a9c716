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

for (const area of Object.keys(AREAS)) {
  test(`#${area} on a 390 px phone: no page wider than the screen, with every part closed or open`, async () => {
    const root = `[data-area-root=${area}]`;
    const app = await openApp(`${server.url}#${area}`, { width: 390, height: 844 }, `${root} [data-testid=headline]`);
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
