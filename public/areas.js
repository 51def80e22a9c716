// Each area of the app is a WebAssembly module of its own (app/src/bin/), loaded the first time the
// area is shown, so that a first visit downloads one area and not all of them. This script picks the
// area from the address (#udbud, #indkob, #aabningstid, #fordeling, #scenarier), shows its root and hides the others; the
// modules do all else, the navigation included. A share link (#del=…) is the scenarios area's to open.
// Other fragments are anchors within an area and leave it as it is.
//
// A module that is hidden gets `ddh-hide` and hands its scenario and undo history over; the module
// shown gets `ddh-show` (or, the first time, starts) and takes them over: one scenario, one undo.
//
// Trunk inlines it in the page's head, before the stylesheet, so that the first area's download starts
// at once; the area starts when the page's body is there. The page's Content-Security-Policy allows it by
// its SHA-256: a change here needs the new hash in public/index.html (page.test.mjs prints it).
(() => {
  const AREAS = ['udbud', 'indkob', 'aabningstid', 'fordeling', 'scenarier', 'praesentation'];
  const downloads = new Map();
  const started = new Map();
  const rootOf = (slug) => document.querySelector(`[data-area-root=${slug}]`);

  /** The area the address names; the first where it has no fragment; null for an anchor within an area. */
  function named() {
    const slug = location.hash.slice(1);
    if (slug === '') return AREAS[0];
    if (slug.startsWith('del=')) return 'scenarier';
    return AREAS.includes(slug) ? slug : null;
  }

  /** The area's script, its code downloading alongside; both preloaded, which the browser fetches
   * sooner than an import() alone. */
  function download(slug) {
    if (!downloads.has(slug)) {
      document.head.append(
        Object.assign(document.createElement('link'), { rel: 'modulepreload', href: `./ddh-${slug}.js` }),
        Object.assign(document.createElement('link'), {
          rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: `./ddh-${slug}_bg.wasm`,
        }),
      );
      downloads.set(slug, import(`./ddh-${slug}.js`));
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
          textContent: 'Denne del af appen kunne ikke indlæses. Genindlæs siden for at prøve igen.',
        }));
        console.error(error);
      }));
    }
    // A click in the navigation moves the focus to the same link in the area now shown.
    if (focusMoves) started.get(slug)?.then(() => target.querySelector(`a[href="#${slug}"]`)?.focus());
  }

  /** Today in the page's language ("4. december 2026"), for the line under a printed page (style.css,
   * `.print-date`): set now and again as printing starts, so a page left open prints the right day. */
  function today() {
    const day = new Intl.DateTimeFormat(document.documentElement.lang || 'da', { dateStyle: 'long' }).format(new Date());
    document.documentElement.style.setProperty('--today', JSON.stringify(day));
  }
  today();
  addEventListener('beforeprint', today);

  /** Offline use (public/sw.js), set up once the first area is on screen. On a visit with network and
   * the worker already in place, it fetches every file again, so that the copies kept for offline use
   * are of the version just shown. */
  function keepForOffline() {
    if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
    const returning = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker.register('./sw.js').then(() => navigator.serviceWorker.ready).then((registration) => {
      if (returning && navigator.onLine) registration.active?.postMessage('refresh');
    }).catch((error) => console.warn('Offline use is not available:', error));
  }

  // A presentation starts from the list of scenarios (its button asks for full screen): opened or
  // reloaded at its address, the page shows the list, so the presentation's module, every area's
  // figures and charts in one, is never what a first visit downloads.
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
    // When the page is next idle, so that keeping files for offline use never competes with the figures.
    started.get(shown)?.then(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(keepForOffline, { timeout: 5000 });
      else setTimeout(keepForOffline, 1000);
    });
    addEventListener('hashchange', () => {
      const slug = named();
      if (slug) show(slug);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin);
  else begin();
})();
