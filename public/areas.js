// The loader: each area is a module of its own, loaded when first shown (DESIGN.md, "One module per
// area", and "The loader, step by step"). It is inlined in the page, so it is in every first load:
// `cargo xtask dist` minifies it there and writes the minified script's SHA-256 into the page's
// policy. Written here for reading; public/index.html's policy carries this file's own hash (without
// its last newline) for `trunk serve`, and the build refuses a stale one, printing the right hash.
(() => {
  // Every area the address can name, the first one shown when it names none.
  const AREAS = ['udbud', 'indkob', 'aabningstid', 'fordeling', 'scenarier', 'praesentation'];
  // The languages, by the code each area's switch keeps (`ddh.language`): the page's `<html lang>`, the
  // suffix of that language's modules (each module is built once per language), and what to say when
  // a module cannot be loaded, which no module can say itself. A third language is one more entry.
  const LANGUAGES = {
    da: {
      lang: 'da',
      suffix: '',
      failed: 'Denne del af appen kunne ikke indlæses. Genindlæs siden for at prøve igen.',
    },
    en: {
      lang: 'en-GB',
      suffix: '-en',
      failed: 'This part of the app could not be loaded. Reload the page to try again.',
    },
  };
  // The language chosen, or Danish, the product's language; storage may be refused.
  let code = 'da';
  try {
    const chosen = localStorage.getItem('ddh.language');
    if (Object.hasOwn(LANGUAGES, chosen)) code = chosen;
  } catch {}
  const language = LANGUAGES[code];
  document.documentElement.lang = language.lang;
  const file = (slug) => `./ddh-${slug}${language.suffix}`;
  const downloads = new Map();
  const started = new Map();
  const rootOf = (slug) => document.querySelector(`[data-area-root=${slug}]`);

  // The area the address names; null for an anchor within an area. A share link's `#del=` is the
  // scenarios area's.
  function named() {
    const slug = location.hash.slice(1);
    if (slug === '') return AREAS[0];
    if (slug.startsWith('del=')) return 'scenarier';
    return AREAS.includes(slug) ? slug : null;
  }

  // The area's script and code preloaded together (`modulepreload` and a `fetch` preload): sooner
  // than an import() alone, which the browser fetches late.
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

  // Shows one area at a time. The area hidden hears `ddh-hide` (it hands its scenario and undo over);
  // an area already started hears `ddh-show` (it takes them over); one shown the first time is started.
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
        // Forgotten, so that the next visit to the area tries again.
        started.delete(slug);
        downloads.delete(slug);
        target.replaceChildren(Object.assign(document.createElement('p'), {
          className: 'notice',
          role: 'alert',
          textContent: language.failed,
        }));
        console.error(error);
      }));
    }
    // Focus follows a click in the navigation to the same link in the area shown.
    if (focusMoves) started.get(slug)?.then(() => target.querySelector(`a[href="#${slug}"]`)?.focus());
  }

  // Export is a module of its own, loaded at the first `ddh-export` (an area's Eksportér button), which
  // is then sent again for the module, now listening, to hear.
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

  // Today's date in the page's language, for printed pages (style.css writes it in the footer). Intl's
  // first use takes milliseconds, so it waits until the page is idle, and is set again as printing starts.
  function today() {
    const day = new Intl.DateTimeFormat(document.documentElement.lang || 'da', { dateStyle: 'long' }).format(new Date());
    document.documentElement.style.setProperty('--today', JSON.stringify(day));
  }
  addEventListener('beforeprint', today);

  // The offline worker (public/sw.js) keeps this language's modules. On a visit with network it is
  // asked to refresh its files, but only when it is this language's worker: another address installs
  // a new worker, which fetches everything anyway.
  function keepForOffline() {
    if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
    const returning = Boolean(navigator.serviceWorker.controller);
    const script = `./sw.js?lang=${code}`;
    navigator.serviceWorker.register(script).then(() => navigator.serviceWorker.ready).then((registration) => {
      const same = registration.active?.scriptURL === new URL(script, location.href).href;
      if (returning && navigator.onLine && same) registration.active.postMessage('refresh');
    }).catch((error) => console.warn('Offline use is not available:', error));
  }

  // A presentation starts from the list (for full screen), so its address alone lands on the list and
  // its module is never a first download.
  function initial() {
    if (named() !== 'praesentation') return named();
    history.replaceState(null, '', '#scenarier');
    return 'scenarier';
  }

  // The first area's download starts at once, before the page is parsed; it is shown when the page
  // is, and the date and the offline worker wait until it is on screen and the page is idle.
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
