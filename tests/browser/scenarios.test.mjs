// The scenarios area (Scenarier) as a representative uses it: named scenarios kept across reloads,
// delete with undo, two compared against the command line's figures, a share link opened in a fresh
// browser, JSON export and import, and storage that is full or damaged. Every figure asserted is the
// `ddh` command line's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from './server.mjs';
import { DIST, PRICE, accessibilityViolations, bigKroner, evaluate, example, kroner, largestRise, openApp, waitForText } from './helpers.mjs';

const DDH = process.env.DDH_BIN ?? new URL('../../target/debug/ddh', import.meta.url).pathname;
const LIST = '[data-area-root=scenarier] [data-testid=scenario-list]';
const in_ = (selector) => `[data-area-root=scenarier] ${selector}`;

/** The list as the user sees it: each row's name, price, members, and whether it is the active one. */
const rows = (page) => page.$$eval(`${LIST} tbody tr`, (trs) => trs.map((tr) => ({
  name: tr.querySelector('input[type=text]')?.value ?? null,
  price: tr.children[2].textContent.trim(),
  members: tr.children[3].textContent.trim(),
  active: tr.getAttribute('aria-current') === 'true',
})));
const row = (n) => `${LIST} tbody tr:nth-child(${n})`;
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('ddh.scenario')));
/** Renames the scenario in row `n` as a user does: select all, type, leave with Tab. */
async function rename(page, n, name) {
  await page.fill(`${row(n)} input[type=text]`, name);
  await page.press(`${row(n)} input[type=text]`, 'Tab');
}

/** Runs `body` with the app open at #scenarier (in `viewport`, 1440×900 unless told) in a fresh browser
 * profile on a server of its own, then checks that the page logged no error and asked nothing of another site. */
async function withScenarios(viewport, body) {
  const server = await serveDist(DIST);
  const app = await openApp(`${server.url}#scenarier`, viewport, LIST);
  try {
    await body(app.page);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
    await server.close();
  }
}

test('named scenarios: create, rename, change, reload and still there; open one; a taken name is refused and kept', async () => {
  await withScenarios(undefined, async (page) => {
    const base = example();
    const figures = evaluate(base).tender;
    assert.deepEqual(await rows(page), [{ name: base.name, price: kroner(figures.price_per_citizen), members: '13', active: true }]);

    await page.click(in_('[data-testid=create-scenario]'));
    await page.waitForSelector(row(2));
    assert.deepEqual((await rows(page)).map((r) => [r.name, r.active]), [[base.name, false], [`${base.name} (kopi)`, true]]);
    await waitForText(page, in_('[data-testid=library-notice]'), `"${base.name} (kopi)" er gemt som nyt scenarie og er nu det aktive.`);

    await rename(page, 1, '  Basis ');
    await rename(page, 2, 'Alle kommuner');
    // The active scenario changed in another area: all 98 members.
    await page.click('[data-area-root=scenarier] [data-testid=nav-udbud]');
    await page.waitForSelector(PRICE);
    await page.click('[data-area-root=udbud] [data-testid=preset-all]');
    const all = { ...base, name: 'Alle kommuner', members: { ...base.members, codes: (await stored(page)).members.codes } };
    assert.equal(all.members.codes.length, 98);
    const allFigures = evaluate(all).tender;
    await waitForText(page, PRICE, kroner(allFigures.price_per_citizen));

    await page.reload();
    await page.click('[data-testid=nav-scenarier]');
    await page.waitForSelector(LIST);
    assert.deepEqual(await rows(page), [
      { name: 'Basis', price: kroner(figures.price_per_citizen), members: '13', active: false },
      { name: 'Alle kommuner', price: kroner(allFigures.price_per_citizen), members: '98', active: true },
    ]);

    // A name another scenario has: said at the field, the text kept, nothing renamed.
    await rename(page, 2, 'Basis');
    await waitForText(page, `${row(2)} .field-error`, 'Et andet scenarie har allerede det navn.');
    assert.equal(await page.inputValue(`${row(2)} input[type=text]`), 'Basis');
    assert.equal(await page.getAttribute(`${row(2)} input[type=text]`, 'aria-invalid'), 'true');
    assert.equal((await stored(page)).name, 'Alle kommuner');
    await rename(page, 2, 'Alle kommuner');
    assert.equal(await page.$(`${row(2)} .field-error`), null);

    // Opening the first makes it the app's scenario, in every area.
    await page.click(`${row(1)} button:has-text("Åbn")`);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-current') === 'true', row(1));
    assert.equal((await stored(page)).name, 'Basis');
    await page.click('[data-area-root=scenarier] [data-testid=nav-udbud]');
    await waitForText(page, PRICE, kroner(figures.price_per_citizen));
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('ddh.library')));
    assert.deepEqual(kept, { format: 1, active: 1, ids: [1, 2] });
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('ddh.library.2'))).members.codes.length, 98);
  });
});

test('deleting the active scenario opens its neighbour; undo brings it back as it was', async () => {
  await withScenarios(undefined, async (page) => {
    await page.click(in_('[data-testid=create-scenario]'));
    await rename(page, 2, 'Anden');
    await page.click(in_('[data-testid=create-scenario]'));
    await rename(page, 3, 'Tredje');
    await page.click(`${row(2)} button:has-text("Åbn")`);
    await page.click(`${row(2)} button:has-text("Slet")`);
    await waitForText(page, in_('[data-testid=library-notice]'), '"Anden" er slettet.');
    assert.deepEqual((await rows(page)).map((r) => [r.name, r.active]), [[example().name, false], ['Tredje', true]]);
    assert.equal((await stored(page)).name, 'Tredje');
    await page.click(in_('[data-testid=undo-delete]'));
    await waitForText(page, in_('[data-testid=library-notice]'), '"Anden" er tilbage.');
    assert.deepEqual((await rows(page)).map((r) => [r.name, r.active]), [[example().name, false], ['Anden', true], ['Tredje', false]]);
    assert.equal((await stored(page)).name, 'Anden');
    await page.reload();
    await page.waitForSelector(LIST);
    assert.deepEqual((await rows(page)).map((r) => r.name), [example().name, 'Anden', 'Tredje']);
  });
});

test('undo of a deletion after a new scenario took the deleted one\'s place keeps both', async () => {
  await withScenarios(undefined, async (page) => {
    await page.click(in_('[data-testid=create-scenario]'));
    await rename(page, 2, 'Anden');
    await page.click(in_('[data-testid=create-scenario]'));
    await rename(page, 3, 'Tredje');
    // The newest is deleted, and the next new scenario is made before the deletion is undone.
    await page.click(`${row(3)} button:has-text("Slet")`);
    await waitForText(page, in_('[data-testid=library-notice]'), '"Tredje" er slettet.');
    await page.click(in_('[data-testid=create-scenario]'));
    await page.waitForSelector(row(3));
    await page.click(in_('[data-testid=undo-delete]'));
    await waitForText(page, in_('[data-testid=library-notice]'), '"Tredje" er tilbage.');
    const expected = [[example().name, false], ['Anden', false], ['Tredje', true], ['Anden (kopi)', false]];
    assert.deepEqual((await rows(page)).map((r) => [r.name, r.active]), expected);
    await page.reload();
    await page.waitForSelector(row(4));
    assert.deepEqual((await rows(page)).map((r) => [r.name, r.active]), expected);
    assert.equal((await stored(page)).name, 'Tredje');
  });
});

/** `a` less `b`'s hundredths as the page writes a signed difference with its percentage, computed
 * here in whole hundredths: "+1.234,56 kr. (+12,3 %)". */
function difference(from, to) {
  const hundredths = (decimal) => BigInt(decimal.replace('.', ''));
  const [a, b] = [hundredths(from), hundredths(to)];
  const by = b - a;
  const abs = (n) => (n < 0n ? -n : n);
  const sign = (n) => (n > 0n ? '+' : n < 0n ? '-' : '');
  const text = `${abs(by) / 100n}.${String(abs(by) % 100n).padStart(2, '0')}`;
  let result = `${sign(by)}${bigKroner(text)}`;
  if (a !== 0n) {
    // Per cent to one decimal, half away from zero: tenths = round(|by| × 1000 / a).
    const tenths = (abs(by) * 2000n + abs(a)) / (2n * abs(a));
    result += ` (${tenths === 0n ? '' : sign(by * a)}${tenths / 10n},${tenths % 10n} %)`;
  }
  return result;
}

test('two scenarios compared: each headline figure and each member\'s bill with its difference, as the command line computes them', async () => {
  await withScenarios(undefined, async (page) => {
    await page.click(in_('[data-testid=create-scenario]'));
    await rename(page, 2, 'Alle kommuner');
    await page.click('[data-area-root=scenarier] [data-testid=nav-udbud]');
    await page.click('[data-area-root=udbud] [data-testid=preset-all]');
    const all = await stored(page);
    await page.click('[data-area-root=udbud] [data-testid=nav-scenarier]');
    await page.check(`${row(1)} input[type=checkbox]`);
    await page.check(`${row(2)} input[type=checkbox]`);
    await page.waitForSelector(in_('[data-testid=compare-headlines]'));
    const base = evaluate(example()).tender;
    const wide = evaluate(all).tender;
    const cells = (selector) => page.$eval(selector, (tr) => [...tr.children].map((cell) => cell.textContent.trim()));
    assert.deepEqual(await cells(in_('[data-testid=compare-headlines] tbody tr:nth-child(1)')), [
      'Udbud: pris pr. borger', kroner(base.price_per_citizen), kroner(wide.price_per_citizen),
      difference(base.price_per_citizen, wide.price_per_citizen).replace(/(\d),(\d\d) kr/, '$1,$2 kr'),
    ]);
    assert.deepEqual(await cells(in_('[data-testid=compare-headlines] tbody tr:nth-child(3)')), [
      'Udbud: medlemmer', '13', '98', '+85 (+653,8 %)',
    ]);
    const bill = (tender, code) => tender.bills.find((b) => b.code === code).bill;
    assert.deepEqual(await cells(in_('[data-testid=compare-member-751]')), [
      'Aarhus', bigKroner(bill(base, 751)), bigKroner(bill(wide, 751)), difference(bill(base, 751), bill(wide, 751)),
    ]);
    // A member of the second scenario only: no bill in the first, so no difference.
    assert.deepEqual(await cells(in_('[data-testid=compare-member-101]')), [
      'København', 'ikke medlem', bigKroner(bill(wide, 101)), '–',
    ]);
    assert.equal(await page.$$eval(in_('[data-testid=compare-members] tbody tr'), (trs) => trs.length), 98);
    // A third is the most: the other boxes are off until one is unticked.
    await page.click(in_('[data-testid=create-scenario]'));
    await page.check(`${row(3)} input[type=checkbox]`);
    await page.click(in_('[data-testid=create-scenario]'));
    assert.equal(await page.isDisabled(`${row(4)} input[type=checkbox]`), true);
  });
});

test('a share link carries the scenario to a fresh browser, which shows it beside its own and keeps it only when asked', async () => {
  const server = await serveDist(DIST);
  const sender = await openApp(`${server.url}#scenarier`, undefined, LIST);
  let receiver;
  try {
    await sender.page.click(in_('[data-testid=make-link]'));
    const plain = await sender.page.inputValue(in_('[data-testid=share-link]'));
    const fragment = execFileSync(DDH, ['link', '-'], { input: JSON.stringify(example()), encoding: 'utf8' }).trim();
    assert.equal(plain, `${server.url}#${fragment}`, 'the command line makes the same link');
    assert.ok(plain.length <= 2000, `the default scenario's link is ${plain.length} characters`);

    await rename(sender.page, 1, 'Til mødet');
    await sender.page.click('[data-area-root=scenarier] [data-testid=nav-udbud]');
    await sender.page.click('[data-area-root=udbud] [data-testid=preset-region_nordjylland]');
    await sender.page.click('[data-area-root=udbud] [data-testid=nav-scenarier]');
    await sender.page.click(in_('[data-testid=make-link]'));
    const link = await sender.page.inputValue(in_('[data-testid=share-link]'));
    const sent = await stored(sender.page);

    receiver = await openApp(link, undefined, in_('[data-testid=shared]'));
    const { page } = receiver;
    assert.match(await page.textContent(in_('#shared-heading')), /Til mødet$/);
    const theirs = evaluate(sent).tender;
    assert.match(await page.textContent(in_('[data-testid=shared] [data-testid=compare-headlines]')), new RegExp(kroner(theirs.price_per_citizen)));
    // Nothing of the receiver's own has changed.
    assert.deepEqual((await rows(page)).map((r) => r.name), [example().name]);
    assert.equal((await stored(page)).name, example().name);
    await page.click(in_('[data-testid=keep-and-open]'));
    await page.waitForSelector(row(2));
    assert.deepEqual((await rows(page)).map((r) => [r.name, r.active]), [[example().name, false], ['Til mødet', true]]);
    assert.deepEqual(await stored(page), sent);
    assert.equal(new URL(page.url()).hash, '#scenarier');
    assert.equal(await page.$(in_('[data-testid=shared]')), null);
    await page.click('[data-area-root=scenarier] [data-testid=nav-udbud]');
    await waitForText(page, PRICE, kroner(theirs.price_per_citizen));
    assert.deepEqual([...sender.problems, ...receiver.problems], []);
  } finally {
    await sender.close();
    await receiver?.close();
    await server.close();
  }
});

test('a damaged link or one from a newer app is refused with a message, and the user\'s own scenarios stay', async () => {
  const server = await serveDist(DIST);
  const fragment = execFileSync(DDH, ['link', '-'], { input: JSON.stringify(example()), encoding: 'utf8' }).trim();
  const cases = [
    [`del=2.${fragment.slice(6)}`, 'Linket kan ikke åbnes: Linket er lavet af en nyere version af appen. Genindlæs siden for at hente den nyeste version, og prøv igen.'],
    [fragment.slice(0, fragment.length / 2), 'Linket kan ikke åbnes: Linket er beskadiget eller ufuldstændigt. Bed afsenderen om et nyt, og kopiér det hele.'],
  ];
  for (const [hash, message] of cases) {
    const app = await openApp(`${server.url}#${hash}`, undefined, in_('[data-testid=link-refused]'));
    try {
      assert.equal((await app.page.textContent(in_('[data-testid=link-refused] p'))).trim(), message);
      assert.deepEqual((await rows(app.page)).map((r) => r.name), [example().name]);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  }
  await server.close();
});

test('JSON export and import: the file is the command line\'s format, and imported it gives the same scenario', async () => {
  await withScenarios(undefined, async (page) => {
    const folder = mkdtempSync(join(tmpdir(), 'ddh-export-'));
    await page.click('[data-area-root=scenarier] [data-testid=nav-udbud]');
    await page.click('[data-area-root=udbud] [data-testid=preset-members_2018]');
    await page.click('[data-area-root=udbud] [data-testid=nav-scenarier]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(in_('[data-testid=export-json]'))]);
    assert.equal(download.suggestedFilename(), 'ddh-Lille_udbud__medlemmerne_nævnt_2024_25.json');
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(exported, await stored(page));
    assert.equal(exported.members.codes.length, 36);
    // The command line reads it as it reads its own.
    assert.equal(evaluate(exported).tender.member_count, 36);

    // Imported under a new name: a row of its own, not active; opened, it is the same scenario.
    writeFileSync(file, JSON.stringify({ ...exported, name: 'Fra fil' }, null, 2));
    await page.setInputFiles(in_('[data-testid=import-json]'), file);
    await waitForText(page, in_('[data-testid=library-notice]'), '"Fra fil" er importeret og lagt i listen.');
    await page.click(`${row(2)} button:has-text("Åbn")`);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-current') === 'true', row(2));
    assert.deepEqual(await stored(page), { ...exported, name: 'Fra fil' });

    // A file the engine refuses: its field and why, and nothing added.
    const broken = structuredClone(exported);
    broken.tender.cost_items[1].amount = 'mange';
    writeFileSync(file, JSON.stringify(broken));
    await page.setInputFiles(in_('[data-testid=import-json]'), file);
    await page.waitForSelector(in_('[data-testid=import-problem]'));
    assert.match(await page.textContent(in_('[data-testid=import-problem]')), /^Filen kunne ikke importeres: tender\.cost_items\[1\]\.amount: /);
    assert.equal((await rows(page)).length, 2);
  });
});

test('full storage refuses a new scenario with a message and changes nothing; a damaged list is rebuilt and an unreadable scenario kept', async () => {
  await withScenarios(undefined, async (page) => {
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key.startsWith('ddh.library')) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.click(in_('[data-testid=create-scenario]'));
    await waitForText(page, in_('[data-testid=library-alert]'), 'Browserens lager er fuldt, så det blev ikke gemt, og intet er ændret. Slet et scenarie for at frigøre plads.');
    assert.deepEqual((await rows(page)).map((r) => r.name), [example().name]);
    assert.equal(await page.evaluate(() => localStorage.getItem('ddh.library')), null);

    // A list naming a scenario that is not there, one scenario kept beside it, one that is not JSON.
    await page.reload();
    await page.waitForSelector(LIST);
    const damaged = '{"format":1,"active":9,"ids":[1]}';
    await page.evaluate(([damaged, saved]) => {
      localStorage.setItem('ddh.library', damaged);
      localStorage.setItem('ddh.library.2', saved);
      localStorage.setItem('ddh.library.5', 'ikke json');
    }, [damaged, JSON.stringify({ ...example(), name: 'Gemt' })]);
    await page.reload();
    await page.waitForSelector(in_('[data-testid=library-problem]'));
    assert.match(await page.textContent(in_('[data-testid=library-problem]')), /den hænger ikke sammen/);
    assert.equal(await page.evaluate(() => localStorage.getItem('ddh.library.unreadable')), damaged);
    const listed = await rows(page);
    assert.deepEqual(listed.map((r) => [r.name, r.active]), [[example().name, true], ['Gemt', false], [null, false]]);
    assert.match(await page.textContent(`${row(3)} .field-error`), /^Dette scenarie kan ikke læses; det ligger urørt i browserens lager, til du sletter det\. Årsag:/);
    assert.equal(await page.evaluate(() => localStorage.getItem('ddh.library.5')), 'ikke json');
    await page.click(`${row(3)} button:has-text("Slet")`);
    assert.equal(await page.evaluate(() => localStorage.getItem('ddh.library.5')), null);
  });
});

for (const [name, viewport] of [['1440×900', { width: 1440, height: 900 }], ['390×844', { width: 390, height: 844 }]]) {
  test(`axe-core finds no WCAG 2.1 AA violation in Scenarier at ${name}, with a comparison, a link and a refused name`, async () => {
    await withScenarios(viewport, async (page) => {
      await page.click(in_('[data-testid=create-scenario]'));
      await page.check(`${row(1)} input[type=checkbox]`);
      await page.check(`${row(2)} input[type=checkbox]`);
      await page.click(in_('[data-testid=make-link]'));
      // The link takes the focus a frame later: renamed before that, the name's field could lose it
      // between the typing and the Tab.
      await page.waitForFunction(() => document.activeElement?.id === 'share-link');
      await rename(page, 2, '');
      await page.waitForSelector(`${row(2)} .field-error`);
      // Focusing the link scrolled the list under the sticky bar, which axe counts as covering the buttons
      // scrolled beneath it: checked from the top of the page, as the user comes to it.
      await page.evaluate(() => window.scrollTo(0, 0));
      assert.deepEqual(await accessibilityViolations(page), []);
    });
  });
}

/** Minutes as the page writes hours: "2.449 t", "73 t 15 min". */
const hours = (minutes) => {
  const whole = `${Math.trunc(minutes / 60)}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return minutes % 60 ? `${whole} t ${minutes % 60} min` : `${whole} t`;
};

test('present at 1280×720: one figure and its chart per area, no edit controls, the arrow keys move between areas and scenarios, Escape ends', async () => {
  await withScenarios({ width: 1280, height: 720 }, async (page) => {
    const SHOW = '[data-area-root=praesentation] [data-testid=presentation]';
    await page.click(in_('[data-testid=create-scenario]'));
    await rename(page, 2, 'Alle kommuner');
    await page.click('[data-area-root=scenarier] [data-testid=nav-udbud]');
    await page.click('[data-area-root=udbud] [data-testid=preset-all]');
    const all = await stored(page);
    await page.click('[data-area-root=udbud] [data-testid=nav-scenarier]');
    await page.waitForSelector(LIST);
    const [base, wide] = [evaluate(example()), evaluate(all)];
    // The keys' slide: the member whose cost rises most under the chosen key, and by how much.
    const keysSlide = (report) => {
      const rise = largestRise(report.keys);
      return `${rise.name}: +${bigKroner(rise.change)}`;
    };

    const slide = () => page.$eval(SHOW, (show) => ({
      scenario: show.querySelector('[data-testid=slide-scenario]').textContent.trim(),
      area: show.querySelector('[data-testid=slide-area]').textContent.trim(),
      value: show.querySelector('[data-testid=slide-value]').textContent.trim(),
    }));
    const press = async (key, expected) => {
      await page.keyboard.press(key);
      await page.waitForFunction(([sel, area, scenario]) => {
        const show = document.querySelector(sel);
        return show.querySelector('[data-testid=slide-area]')?.textContent.trim() === area
          && show.querySelector('[data-testid=slide-scenario]')?.textContent.trim() === scenario;
      }, [SHOW, expected.area, expected.scenario]);
      assert.deepEqual(await slide(), expected, `after ${key}`);
    };

    await page.click(in_('[data-testid=present]'));
    await page.waitForSelector(`${SHOW}:not([hidden]) [data-testid=slide-value]`);
    // It starts at the active scenario's first area.
    assert.deepEqual(await slide(), { scenario: 'Alle kommuner', area: 'Udbud', value: kroner(wide.tender.price_per_citizen) });
    // Nothing to edit; the figure in large type; the slide, its chart included, within the projector's 1280 × 720.
    assert.equal(await page.$$eval(`${SHOW} input, ${SHOW} select, ${SHOW} textarea`, (fields) => fields.length), 0);
    assert.ok(await page.$eval(`${SHOW} [data-testid=slide-value]`, (v) => parseFloat(getComputedStyle(v).fontSize)) >= 48);
    const inside = () => page.$$eval(`${SHOW} svg, ${SHOW} [data-testid=slide-value], ${SHOW} button`, (nodes) => nodes.every((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= 1280 && box.bottom <= 720;
    }));
    assert.ok(await inside(), 'everything on the slide is on the screen');

    await press('ArrowRight', { scenario: 'Alle kommuner', area: 'Indkøb', value: bigKroner(wide.procurement.value.total) });
    await press('ArrowRight', { scenario: 'Alle kommuner', area: 'Åbningstid', value: hours(wide.hours.proposed.yearly_minutes) });
    await press('ArrowUp', { scenario: example().name, area: 'Åbningstid', value: hours(base.hours.proposed.yearly_minutes) });
    await press('ArrowLeft', { scenario: example().name, area: 'Indkøb', value: bigKroner(base.procurement.value.total) });
    await press('End', { scenario: 'Alle kommuner', area: 'Fordeling', value: keysSlide(wide) });
    assert.ok(await inside(), 'the keys\' chart of 98 members is on the screen');
    // Past the last slide it stays; back from the first area goes to the scenario before.
    await press('ArrowRight', { scenario: 'Alle kommuner', area: 'Fordeling', value: keysSlide(wide) });
    await press('ArrowDown', { scenario: 'Alle kommuner', area: 'Fordeling', value: keysSlide(wide) });
    await press('Home', { scenario: example().name, area: 'Udbud', value: kroner(base.tender.price_per_citizen) });
    await press('ArrowLeft', { scenario: example().name, area: 'Udbud', value: kroner(base.tender.price_per_citizen) });
    await press('ArrowDown', { scenario: 'Alle kommuner', area: 'Udbud', value: kroner(wide.tender.price_per_citizen) });
    assert.deepEqual(await accessibilityViolations(page), []);

    await page.keyboard.press('Escape');
    await page.waitForSelector(SHOW, { state: 'hidden' });
    await page.waitForSelector(LIST);
    assert.equal(new URL(page.url()).hash, '#scenarier');
    // The user's scenarios are as they were.
    assert.deepEqual((await rows(page)).map((r) => [r.name, r.active]), [[example().name, false], ['Alle kommuner', true]]);
  });
});

test('the presentation\'s address opened directly shows the list of scenarios, and downloads no presentation', async () => {
  const server = await serveDist(DIST);
  const app = await openApp(`${server.url}#praesentation`, undefined, LIST);
  try {
    assert.equal(new URL(app.page.url()).hash, '#scenarier');
    assert.equal(await app.page.isHidden('[data-area-root=praesentation]'), true);
    const modules = app.requests.filter((url) => url.endsWith('.wasm')).map((url) => new URL(url).pathname);
    assert.deepEqual(modules, ['/ddh-scenarier_bg.wasm']);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
    await server.close();
  }
});
