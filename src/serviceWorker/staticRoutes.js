/* global __SHELL_CACHE__ -- this release's cache for `/`, put in by vite.config.ts */
/**
 * Runs in the service worker: the one Workbox generates imports it (vite.config.ts, which names
 * the cache below for the release). It lets Chromium answer `/` (where the app opens) and the
 * files under /assets straight from the worker's caches, without starting the worker: Chromium
 * stops an idle worker after 30 s, and starting it again held a returning visit's first screen
 * up by 20–40 ms here. Other addresses go to the worker as before. Static routing
 * (InstallEvent's addRoutes) is Chromium's; where it is missing nothing changes.
 *
 * `/` is kept in a cache of its own, named for the release: a new release's worker, installed
 * and waiting for the user's "Reload to update", must not change what the running one serves.
 */
const SHELL = __SHELL_CACHE__;
const SHELL_PREFIX = 'app-shell-';

/**
 * Whether the files under /assets can be looked up in the caches by the page's own requests. A
 * file missing there goes to the network, not to the worker, so it must be found: a response
 * that varies on a request header the page sets otherwise than the worker did (`Vary: Origin`,
 * as `vite preview` sent with CORS on) is not found for the page's request, which left the app
 * broken offline. `Vary: Accept-Encoding`, as static hosts send, was checked to match.
 */
async function assetsFoundInCache(indexHtml) {
  const entry = /<script type="module"[^>]* src="(\/assets\/[^"]+)"/.exec(indexHtml)?.[1];
  if (!entry) return false;
  const response = await fetch(entry, { method: 'HEAD' });
  const vary = (response.headers.get('Vary') ?? '').split(',').map((h) => h.trim().toLowerCase());
  return response.ok && vary.every((h) => h === '' || h === 'accept-encoding');
}

self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function') return;
  event.waitUntil(
    (async () => {
      // Anything unexpected leaves every request to the worker, as without this file.
      const response = await fetch('/', { cache: 'reload' }).catch(() => null);
      if (!response?.ok || response.redirected) return;
      const html = await response.clone().text();
      await (await caches.open(SHELL)).put('/', response);
      const routes = [
        {
          condition: {
            urlPattern: new URLPattern({ pathname: '/', search: '' }),
            requestMode: 'navigate',
          },
          source: { cacheName: SHELL },
        },
      ];
      if (await assetsFoundInCache(html).catch(() => false)) {
        routes.push({
          condition: { urlPattern: new URLPattern({ pathname: '/assets/*' }) },
          source: 'cache',
        });
      }
      await event.addRoutes(routes);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(SHELL_PREFIX) && name !== SHELL)
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});
