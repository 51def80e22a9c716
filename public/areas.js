// The loader (DESIGN.md, "One module per area", explains it). Inlined, so in every first load: no
// comments here. A change needs its new SHA-256 in index.html's policy (page.test.mjs prints it).
(() => {
  const AREAS = ['udbud', 'indkob', 'aabningstid', 'fordeling', 'scenarier', 'praesentation'];
  let english = false;
  try { english = localStorage.getItem('ddh.language') === 'en'; } catch {}
  document.documentElement.lang = english ? 'en-GB' : 'da';
  const file = (slug) => `./ddh-${slug}${english ? '-en' : ''}`;
  const downloads = new Map();
  const started = new Map();
  const rootOf = (slug) => document.querySelector(`[data-area-root=${slug}]`);
  function named() {
    const slug = location.hash.slice(1);
    if (slug === '') return AREAS[0];
    if (slug.startsWith('del=')) return 'scenarier';
    return AREAS.includes(slug) ? slug : null;
  }
  function download(slug) {
    if (!downloads.has(slug)) {
      document.head.append(
        Object.assign(document.createElement('link'), { rel: 'modulepreload', href: `${file(slug)}.js` }),
        Object.assign(document.createElement('link'), {
          rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: `${file(slug)}_bg.wasm`,
        }),
      );
      downloads.set(slug, import(`${file(slug)}.js`));
    }
    return downloads.get(slug);
  }
  function show(slug) {
    const target = rootOf(slug);
    if (!target.hidden && started.has(slug)) return;
    const focusMoves = Boolean(document.activeElement?.closest('[data-area-root]'));
    for (const root of document.querySelectorAll('[data-area-root]:not([hidden])')) {
      root.hidden = true;
      root.dispatchEvent(new Event('ddh-hide'));
    }
    target.hidden = false;
    if (started.has(slug)) {
      target.dispatchEvent(new Event('ddh-show'));
    } else {
      started.set(slug, download(slug).then((module) => module.default()).catch((error) => {
        started.delete(slug);
        downloads.delete(slug);
        target.replaceChildren(Object.assign(document.createElement('p'), {
          className: 'notice',
          role: 'alert',
          textContent: english
            ? 'This part of the app could not be loaded. Reload the page to try again.'
            : 'Denne del af appen kunne ikke indlæses. Genindlæs siden for at prøve igen.',
        }));
        console.error(error);
      }));
    }
    if (focusMoves) started.get(slug)?.then(() => target.querySelector(`a[href="#${slug}"]`)?.focus());
  }
  let exporter = null;
  document.addEventListener('ddh-export', (event) => {
    if (exporter) return;
    exporter = import(`${file('eksport')}.js`).then((module) => module.default()).then(
      () => event.target.dispatchEvent(new Event('ddh-export', { bubbles: true })),
      (error) => {
        exporter = null;
        console.error(error);
      },
    );
  });
  function today() {
    const day = new Intl.DateTimeFormat(document.documentElement.lang || 'da', { dateStyle: 'long' }).format(new Date());
    document.documentElement.style.setProperty('--today', JSON.stringify(day));
  }
  addEventListener('beforeprint', today);
  function keepForOffline() {
    if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
    const returning = Boolean(navigator.serviceWorker.controller);
    const script = `./sw.js?lang=${english ? 'en' : 'da'}`;
    navigator.serviceWorker.register(script).then(() => navigator.serviceWorker.ready).then((registration) => {
      const same = registration.active?.scriptURL === new URL(script, location.href).href;
      if (returning && navigator.onLine && same) registration.active.postMessage('refresh');
    }).catch((error) => console.warn('Offline use is not available:', error));
  }
  function initial() {
    if (named() !== 'praesentation') return named();
    history.replaceState(null, '', '#scenarier');
    return 'scenarier';
  }
  const first = initial() ?? AREAS[0];
  download(first);
  const begin = () => {
    const shown = initial() ?? first;
    show(shown);
    started.get(shown)?.then(() => {
      const idle = () => { today(); keepForOffline(); };
      if ('requestIdleCallback' in window) requestIdleCallback(idle, { timeout: 5000 });
      else setTimeout(idle, 1000);
    });
    addEventListener('hashchange', () => {
      const slug = named();
      if (slug) show(slug);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin);
  else begin();
})();
