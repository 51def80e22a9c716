import { serveDist } from './server.mjs';
import { launch } from './browser.mjs';
const server = await serveDist(process.argv[2], '/');
for (let i = 0; i < 4; i++) {
  const browser = await launch();
  const page = await browser.context.newPage();
  await page.addInitScript((selector) => {
    new MutationObserver((_, observer) => {
      const element = document.querySelector(selector);
      if (element && element.textContent.trim()) { window.__first = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, process.argv[3]);
  await page.goto(server.url);
  await page.waitForFunction(() => window.__first !== undefined);
  const r = await page.evaluate(() => ({ first: window.__first, dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    res: performance.getEntriesByType('resource').map(e => `${e.name.split('/').pop().slice(0, 18)} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`) }));
  console.log(r.first.toFixed(0), r.dcl.toFixed(0), r.res.join(' | '));
  await browser.close();
}
await server.close();
