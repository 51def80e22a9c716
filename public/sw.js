// Offline: the app's files kept in the browser, so that after one visit the app opens with no network
// (a meeting room without Wi-Fi still shows it). Registered by the loader (areas.js) once the first
// area is on screen and the page is idle, so that it never competes with the first result.
//
// - On install it keeps the page and every file the page names (the stylesheet, the icon) and every
//   area's module, so that areas not yet visited open offline too.
// - Every request for one of the app's files goes to the network first, and what comes back is kept,
//   so that a new version is picked up on the next visit with network; only when the network fails
//   is the kept copy used.
// - Each visit with network asks it to fetch every file again (`refresh`), so that the copies kept
//   for offline use all come from the same, latest version.
// Nothing here goes to another origin: requests elsewhere are not touched (and the page's
// Content-Security-Policy allows none).
const CACHE = 'ddh-app';
// The modules, as public/areas.js names them (each area's, the presentation's and the export's):
// ddh-<name>.js and ddh-<name>_bg.wasm in Danish, ddh-<name>-<code>.* in another language (`-en`). Only
// the chosen language's are kept: the loader registers this worker as `sw.js?lang=<code>`, and a new
// address installs the worker again, which keeps that language's files and lets the other's go.
const AREAS = ['udbud', 'indkob', 'aabningstid', 'fordeling', 'scenarier', 'praesentation', 'eksport'];
const LANGUAGE = new URL(self.location.href).searchParams.get('lang') ?? 'da';
const SUFFIX = LANGUAGE !== 'da' && /^[a-z]{2}$/.test(LANGUAGE) ? `-${LANGUAGE}` : '';

/** The page and the files it links to (relative, as Trunk writes them), and every area's module. */
async function keepAll() {
  const cache = await caches.open(CACHE);
  const page = await fetch('./', { cache: 'no-cache' });
  if (!page.ok) return;
  const html = await page.clone().text();
  // Attributes quoted or not: the page is minified.
  const linked = [...html.matchAll(/(?:href|src)=["']?\.\/([^"'#?\s>]+)/g)].map((match) => `./${match[1]}`);
  const modules = AREAS.flatMap((area) => [`./ddh-${area}${SUFFIX}.js`, `./ddh-${area}${SUFFIX}_bg.wasm`]);
  const files = [...new Set([...linked, ...modules])];
  await cache.addAll(files);
  await cache.put('./', page);
  // Files of earlier versions (hashed names that are no longer linked) go.
  const kept = new Set(['./', ...files].map((file) => new URL(file, self.registration.scope).href));
  for (const request of await cache.keys()) {
    if (!kept.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepAll().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  if (event.data === 'refresh') event.waitUntil(keepAll().catch(() => {}));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then(async (response) => {
        if (response.ok && response.type === 'basic') {
          const cache = await caches.open(CACHE);
          await cache.put(request, response.clone());
        }
        return response;
      })
      .catch(async (error) => {
        const kept = await caches.match(request, { ignoreSearch: true });
        if (kept) return kept;
        // The page itself under any address (#fordeling, a sub-path's index.html).
        if (request.mode === 'navigate') {
          const page = await caches.match(new URL('./', self.registration.scope).href);
          if (page) return page;
        }
        throw error;
      }),
  );
});
