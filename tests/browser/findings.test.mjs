// What a new-user trial found, each as a test: half-typed numbers, refused numbers keeping the last
// figures, undo for every edit, focus never under the sticky bar, the bar's size on a projector, and
// WCAG 2.1 AA (axe-core) at desktop and phone widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './server.mjs';
import {
  DIST, PRICE, accessibilityViolations, bigKroner, example, evaluate, kroner, openApp, waitForText,
} from './helpers.mjs';

let server;
before(async () => {
  server = await serveDist(DIST, '/');
});
after(async () => server.close());

const TOTAL = '[data-testid=budget-total]';
const defaultTotal = () => bigKroner(evaluate(example()).budget.total);

test('typing "12a" into an amount keeps the total from before the edit, names the field by its row, and is not saved', async () => {
  const app = await openApp(server.url);
  try {
    const amount = '[data-testid=item-1-amount]'; // Konsulent, 400.000
    await app.page.click(amount);
    await app.page.keyboard.press('Control+A');
    await app.page.keyboard.type('12a');
    await app.page.keyboard.press('Tab');
    assert.equal(await app.page.inputValue(amount), '12a', 'what was typed stays');
    assert.equal((await app.page.textContent(TOTAL)).trim(), defaultTotal());
    assert.equal((await app.page.textContent('[data-testid=total]')).trim(), defaultTotal());
    assert.match(await app.page.textContent('[data-testid=unreadable-fields]'), /Beløb, Konsulent/);
    await app.page.reload();
    await app.page.waitForSelector(PRICE);
    assert.equal(await app.page.inputValue(amount), '400.000,00', 'the scenario kept the value from before');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a refused amount (-5) keeps the last figures on screen, marked as not current, in every area that depends on it', async () => {
  const expected = evaluate(example());
  const app = await openApp(server.url);
  try {
    await app.page.fill('[data-testid=item-3-amount]', '-5');
    await app.page.waitForSelector('[data-testid=report-error]');
    // The figures are still there, as they were, and marked.
    assert.equal((await app.page.textContent(PRICE)).trim(), kroner(expected.tender.price_per_citizen));
    assert.equal(await app.page.locator('[data-testid=bills-table] tbody tr').count(), expected.tender.bills.length);
    assert.ok(await app.page.locator('[data-testid=tender-figures].stale').count(), 'tender marked not current');
    assert.match(await app.page.textContent('[data-testid=report-error]'), /ikke aktuelle/);
    // The leaving area depends on the total too: it says so, and keeps its chart.
    assert.match(await app.page.textContent('[data-testid=leaving-error]'), /Beløb, IT \(DBA\/GDPR\): må ikke være negativ/);
    assert.ok(await app.page.locator('[data-testid=leaving-figures].stale [data-testid=leaving-chart] svg').count());
    // The message at the field too.
    assert.match(await app.page.textContent('[data-testid=item-3] .field-error'), /må ikke være negativ/);
    // A target of 0 blocks only the leaving area.
    await app.page.fill('[data-testid=item-3-amount]', '150.000');
    await app.page.waitForSelector('[data-testid=report-error]', { state: 'detached' });
    await app.page.fill('[data-testid=target]', '0');
    await app.page.waitForSelector('[data-testid=leaving-error]');
    assert.equal(await app.page.locator('[data-testid=report-error]').count(), 0, 'the bills do not depend on the target');
    assert.equal(await app.page.locator('[data-testid=tender-figures].stale').count(), 0);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('undo takes back unticking a member, a preset, and an edited cost item, by button and by Ctrl+Z; redo does them again', async () => {
  const scenario = example();
  const defaultPrice = kroner(evaluate(scenario).tender.price_per_citizen);
  const app = await openApp(server.url);
  try {
    // A hand-made set: untick Aarhus.
    await app.page.uncheck('[data-testid=member-751]');
    const withoutAarhus = kroner(evaluate({ ...scenario, members: { ...scenario.members, codes: scenario.members.codes.filter((c) => c !== 751) } }).tender.price_per_citizen);
    await waitForText(app.page, PRICE, withoutAarhus);
    // A preset overwrites it ...
    await app.page.click('[data-testid=preset-all]');
    await app.page.waitForFunction(() => document.querySelector('[data-testid=selected-count]')?.textContent.startsWith('98'));
    assert.match(await app.page.textContent('[data-testid=status]'), /Alle 98/);
    // ... and undo brings the hand-made set back.
    await app.page.click('[data-testid=undo]');
    await waitForText(app.page, PRICE, withoutAarhus);
    assert.equal(await app.page.isChecked('[data-testid=member-751]'), false);
    // Ctrl+Z (focus on a button, not in a text box) takes back the untick.
    await app.page.focus('[data-testid=undo]');
    await app.page.keyboard.press('Control+Z');
    await waitForText(app.page, PRICE, defaultPrice);
    assert.equal(await app.page.isChecked('[data-testid=member-751]'), true);
    // Redo does the untick again.
    await app.page.keyboard.press('Control+Shift+Z');
    await waitForText(app.page, PRICE, withoutAarhus);
    await app.page.keyboard.press('Control+Z');
    await waitForText(app.page, PRICE, defaultPrice);

    // An amount typed keystroke by keystroke is one step.
    const amount = '[data-testid=item-1-amount]';
    await app.page.click(amount);
    await app.page.keyboard.press('Control+A');
    await app.page.keyboard.type('500.000');
    await app.page.keyboard.press('Tab');
    const edited = example();
    edited.tender.cost_items[0].amount = '500000';
    await waitForText(app.page, TOTAL, bigKroner(evaluate(edited).budget.total));
    await app.page.click('[data-testid=undo]');
    await waitForText(app.page, TOTAL, defaultTotal());
    assert.equal(await app.page.inputValue(amount), '400.000,00');
    // A removed item comes back with its name and amount.
    await app.page.click('[data-testid=item-2-remove]');
    assert.match(await app.page.textContent('[data-testid=status]'), /Jura/);
    await app.page.click('[data-testid=undo]');
    await waitForText(app.page, TOTAL, defaultTotal());
    assert.equal(await app.page.inputValue('[data-testid=item-2-name]'), 'Jura');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

/** The focused element's box and the sticky bar's, in viewport coordinates. */
const focusAndBar = (page) => page.evaluate(() => {
  const element = document.activeElement;
  const box = element.getBoundingClientRect();
  const bar = document.querySelector('.key-bar').getBoundingClientRect();
  const sticky = getComputedStyle(document.querySelector('.key-bar')).position === 'sticky';
  return { name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName, top: box.top, barBottom: bar.bottom, sticky };
});

test('keyboard focus never ends up under the sticky bar, going backwards or forwards', async () => {
  const app = await openApp(server.url, { width: 1280, height: 720 });
  try {
    const hidden = [];
    await app.page.focus('[data-testid=leaving-order]');
    for (const key of [...Array(40).fill('Shift+Tab'), ...Array(40).fill('Tab')]) {
      await app.page.keyboard.press(key);
      const { name, top, barBottom, sticky } = await focusAndBar(app.page);
      if (sticky && top < barBottom - 1) hidden.push(`${key}: ${name} at ${top.toFixed(0)} under ${barBottom.toFixed(0)}`);
    }
    assert.deepEqual(hidden, []);
  } finally {
    await app.close();
  }
});

test('the sticky bar stays small on a projector and stops being sticky when zoomed', async () => {
  // 1280×720 at 100 %; at 150 % and 200 % the page sees 853×480 and 640×360 CSS pixels.
  for (const [width, height, sticky] of [[1280, 720, true], [853, 480, false], [640, 360, false]]) {
    const app = await openApp(server.url, { width, height });
    try {
      const bar = await app.page.evaluate(() => {
        const element = document.querySelector('.key-bar');
        return { height: element.getBoundingClientRect().height, position: getComputedStyle(element).position };
      });
      assert.equal(bar.position === 'sticky', sticky, `${width}×${height}: ${bar.position}`);
      if (sticky) assert.ok(bar.height / height <= 0.08, `${width}×${height}: the bar takes ${(100 * bar.height / height).toFixed(1)} %`);
    } finally {
      await app.close();
    }
  }
});

test('at phone width (390 px) every table fits without sideways scrolling and the chart text is readable', async () => {
  const app = await openApp(server.url, { width: 390, height: 844 });
  try {
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
    // Every bill shows its amount, with the column's name beside it.
    const bill = await app.page.$eval('[data-testid=bills-table] tbody tr td:last-child', (td) => {
      const box = td.getBoundingClientRect();
      return { right: box.right, label: getComputedStyle(td, '::before').content };
    });
    assert.ok(bill.right <= 390, `bill cell ends at ${bill.right}`);
    assert.equal(bill.label, '"Regning"');
    // Budget names are not cut to a few letters.
    const nameWidth = await app.page.$eval('[data-testid=item-4-name]', (input) => input.getBoundingClientRect().width);
    assert.ok(nameWidth >= 200, `name field only ${nameWidth} px wide`);
    // The chart is drawn at the width shown, so 14 px text stays 14 px.
    const chart = await app.page.$eval('[data-testid=leaving-chart] svg', (svg) => {
      const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(t.getAttribute('font-size')));
      return { scale: svg.getBoundingClientRect().width / parseFloat(svg.getAttribute('width')), smallest: Math.min(...sizes) };
    });
    assert.ok(chart.scale > 0.99, `the chart is scaled by ${chart.scale}`);
    assert.ok(chart.smallest * chart.scale >= 14, `chart text ${chart.smallest * chart.scale} px`);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

for (const [label, viewport] of [['desktop 1440 px', { width: 1440, height: 900 }], ['phone 390 px', { width: 390, height: 844 }]]) {
  test(`axe-core finds no WCAG 2.1 AA violation (nor a target under 24 px) at ${label}, with the custom order and an error shown`, async () => {
    const app = await openApp(server.url, viewport);
    try {
      assert.deepEqual(await accessibilityViolations(app.page), [], 'default page');
      await app.page.selectOption('[data-testid=leaving-order]', 'custom');
      await app.page.fill('[data-testid=item-3-amount]', '-5');
      await app.page.waitForSelector('[data-testid=report-error]');
      await app.page.click('[data-testid=steps] summary');
      await app.page.waitForSelector('[data-testid=steps-table]');
      assert.deepEqual(await accessibilityViolations(app.page), [], 'custom order, a refused amount, steps open');
    } finally {
      await app.close();
    }
  });
}

test('reset drops text half typed over the old scenario; the next keystroke does not bring an old value back', async () => {
  const app = await openApp(server.url);
  try {
    const amount = '[data-testid=item-1-amount]';
    await app.page.fill(amount, '300.000');
    await app.page.fill(amount, '300.000x');
    await app.page.click('[data-testid=reset]');
    await waitForText(app.page, TOTAL, defaultTotal());
    assert.equal(await app.page.inputValue(amount), '400.000,00', 'the field shows the reset value');
    assert.equal(await app.page.locator('[data-testid=unreadable-fields]').count(), 0);
    // A keystroke in another field must not put back anything from before the reset.
    await app.page.fill('[data-testid=item-2-amount]', '200.000');
    assert.equal((await app.page.textContent(TOTAL)).trim(), defaultTotal());
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('an empty target means no target: the answer goes, and a refused leaving area keeps the custom order on screen', async () => {
  const app = await openApp(server.url);
  try {
    await app.page.fill('[data-testid=target]', '');
    await app.page.locator('[data-testid=target]').blur();
    await app.page.waitForSelector('[data-testid=fewest-members]', { state: 'detached' });
    assert.equal(await app.page.locator('[data-testid=target][aria-invalid=true]').count(), 0, 'no error for an empty target');
    await app.page.selectOption('[data-testid=leaving-order]', 'custom');
    await app.page.fill('[data-testid=item-3-amount]', '-5');
    await app.page.waitForSelector('[data-testid=leaving-error]');
    assert.equal(await app.page.locator('[data-testid=custom-order] li').count(), 13, 'the custom order stays while refused');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

/** The area's figures as text (a field's own message left out): what a letter typed must not change. */
const figuresOf = (page, root) =>
  page.$$eval(`${root} .area-figures, ${root} [data-testid=summary], ${root} [data-testid=budget-total]`,
    (elements) => elements.map((element) => {
      const copy = element.cloneNode(true);
      copy.querySelectorAll('.field-error').forEach((message) => message.remove());
      return copy.textContent;
    }).join(' | '));

for (const [area, ready] of [
  ['udbud', '[data-testid=tender-figures]'],
  ['indkob', '[data-testid=procurement-figures]'],
  ['aabningstid', '[data-testid=hours-figures]'],
  ['fordeling', '[data-testid=keys-figures]'],
]) {
  test(`#${area}: a number typed into any number field and then a letter ("7a") leaves the figures as before the edit, stays in the field and marks it`, async () => {
    const root = `[data-area-root=${area}]`;
    const app = await openApp(`${server.url}#${area}`, undefined, `${root} ${ready}`);
    try {
      // Every field, those folded away included (the members' calls, the call profile hour by hour).
      await app.page.$$eval(`${root} details`, (all) => all.forEach((details) => { details.open = true; }));
      const selector = `${root} input[inputmode=decimal]`;
      const fields = app.page.locator(selector);
      // The i-th field marked (or not) as holding what cannot be used, looked up afresh each time.
      const marked = (i, invalid, name) => app.page
        .waitForFunction(([selector, i, invalid]) => document.querySelectorAll(selector)[i]?.getAttribute('aria-invalid') === invalid,
          [selector, i, invalid], { timeout: 5000 })
        .catch(() => assert.fail(`${name}: aria-invalid never became ${invalid}`));
      const count = await fields.count();
      assert.ok(count >= 3, `${count} number fields`);
      const before = await figuresOf(app.page, root);
      for (let i = 0; i < count; i += 1) {
        const field = fields.nth(i);
        if (!(await field.isVisible())) continue;
        const name = (await field.getAttribute('data-testid')) ?? `field ${i}`;
        const shown = await field.inputValue();
        // Key by key: "7" reaches the scenario (the field may be drawn again), "7a" must not, and must
        // put back the value from before the edit began, not the 7.
        await field.click();
        await app.page.keyboard.press('Control+A');
        await app.page.keyboard.type('7a');
        await app.page.keyboard.press('Tab');
        await marked(i, 'true', name);
        assert.equal(await field.inputValue(), '7a', `${name}: what was typed stays`);
        assert.equal(await figuresOf(app.page, root), before, `${name}: the figures are those from before the edit`);
        // Typed back as it was: the field is valid again, and the figures are unchanged.
        await field.click();
        await app.page.keyboard.press('Control+A');
        if (shown === '') await app.page.keyboard.press('Backspace');
        else await app.page.keyboard.type(shown);
        await app.page.keyboard.press('Tab');
        await marked(i, 'false', name);
        assert.equal(await figuresOf(app.page, root), before, `${name}: the figures are as before`);
      }
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
}
