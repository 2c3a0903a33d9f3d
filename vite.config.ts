/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const CODE_FOLDERS = ['src/engine/', 'src/db/'];
const VERSION_ID = 'virtual:ledger-code-version';

/** A hash of the code that turns stored entries into replay events and states. */
function hashCode(): string {
  return hashFiles(CODE_FOLDERS, (file) => file.endsWith('.ts'));
}

/**
 * The release's name, shown in the footer: a hash of everything that goes into the build, so
 * building the same sources again makes the same release (and no update is offered for it).
 * APP_BUILD names it instead (the e2e test of updates builds a "next release" that way).
 */
function appBuild(): string {
  return (
    process.env.APP_BUILD ??
    hashFiles(
      ['src/', 'public/', 'index.html', 'package-lock.json', 'vite.config.ts'],
      () => true,
    ).slice(0, 10)
  );
}

/** A hash of the files under the given folders (or of the given files), names and contents. */
function hashFiles(paths: string[], keep: (file: string) => boolean): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const full = fileURLToPath(new URL(`./${path}`, import.meta.url));
    const files = path.endsWith('/')
      ? readdirSync(full, { recursive: true }).map(String).sort()
      : [''];
    for (const file of files) {
      if (!keep(file) || (path.endsWith('/') && !statSync(full + file).isFile())) continue;
      hash.update(path + file);
      hash.update(readFileSync(full + file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * `virtual:ledger-code-version`: the hash of src/engine and src/db. The read caches are used
 * only by the build that wrote them (src/db/ledgerCache/codeVersion.ts), so a release that
 * changes that code reads and replays afresh. On the dev server an edit of those folders makes
 * a new hash and reloads the page, so development runs the caches as a release does.
 */
function ledgerCodeVersion(): Plugin {
  const resolved = `\0${VERSION_ID}`;
  return {
    name: 'ledger-code-version',
    resolveId: (id) => (id === VERSION_ID ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(hashCode())};` : undefined),
    handleHotUpdate({ file, server }) {
      const relative = file.slice(server.config.root.length + 1).replaceAll('\\', '/');
      if (!CODE_FOLDERS.some((folder) => relative.startsWith(folder))) return;
      const module = server.moduleGraph.getModuleById(resolved);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

/**
 * The build's files under /assets have their content's hash in their names, so a browser may
 * keep them for good, as a static host is set to serve them; `vite preview` (what the e2e tests
 * and benches serve) says so too instead of having every file asked for again on each visit.
 * index.html is left to be checked each time: it names the files of the current release; so is
 * the service worker (/sw.js, outside /assets): a kept one would never see a new release.
 */
function immutableAssets(): Plugin {
  return {
    name: 'immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/')) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
        next();
      });
    },
  };
}

/**
 * Headers every response carries, as public/_headers gives them to a static host.
 * frame-ancestors is here because a CSP in a <meta> cannot say it.
 */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "frame-ancestors 'none'",
};

/**
 * The page's Content-Security-Policy. Scripts, styles, images, the import's Web Worker
 * (a file under /assets) and the service worker come from the app's own origin only; no
 * inline or eval'd script. Downloads are blob: links, but a download is a navigation, which
 * a CSP does not govern: blob: is needed nowhere, so it is allowed nowhere.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the CSP in the built index.html, first thing after its charset. Build only: the dev
 * server injects an inline script (React Fast Refresh's preamble) and inline <style> elements
 * (CSS with hot reload) and talks to its own WebSocket, all of which this policy refuses.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html lost its ${charset}`);
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * The service worker (Workbox, made at build time; none on the dev server): it keeps every
 * file of the build, so the app opens with no network, and serves index.html for any address
 * (the app's routes). A new release waits until the user chooses to reload (src/app/UpdatePrompt).
 */
function serviceWorker(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    // src/app/UpdatePrompt registers it, once the opening page is drawn.
    injectRegister: false,
    // The icons are among globPatterns' files already: listed twice, they were fetched twice.
    includeManifestIcons: false,
    manifest: {
      name: 'Connects Budget',
      short_name: 'Connects',
      description: 'Your Upwork Connects ledger, in your browser.',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      // The header's white (--card) and the page's background (--bg) in src/styles/app.css.
      theme_color: '#ffffff',
      background_color: '#f8fafc',
      lang: 'en',
      icons: [
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: '/icons/icon-maskable.svg',
          sizes: 'any',
          type: 'image/svg+xml',
          purpose: 'maskable',
        },
        {
          src: '/icons/icon-maskable-192.png',
          sizes: '192x192',
          type: 'image/png',
          purpose: 'maskable',
        },
        {
          src: '/icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // Every file of the build: chunks, CSS, the sample history's chunk, the import's worker,
      // icons (the manifest is added by the plugin).
      globPatterns: ['**/*.{html,js,css,svg,png}'],
      navigateFallback: 'index.html',
      // Addresses of files (a last segment with a dot) are not pages: left to the network.
      navigateFallbackDenylist: [/\/[^/?]+\.[^/?]+$/],
      // The first visit's page is kept by the worker at once, so it works offline as it is.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Made by serviceWorkerStaticRoutes below.
      importScripts: ['/sw-routes.js'],
    },
  });
}

/**
 * src/serviceWorker/staticRoutes.js, with the release's name in, as /sw-routes.js: the
 * generated service worker imports it (workbox.importScripts above).
 */
function serviceWorkerStaticRoutes(build: string): Plugin {
  return {
    name: 'service-worker-static-routes',
    apply: 'build',
    generateBundle() {
      const path = fileURLToPath(new URL('./src/serviceWorker/staticRoutes.js', import.meta.url));
      const placeholder = 'const SHELL = __SHELL_CACHE__;';
      const source = readFileSync(path, 'utf8');
      if (!source.includes(placeholder)) throw new Error(`${path} lost its ${placeholder}`);
      this.emitFile({
        type: 'asset',
        fileName: 'sw-routes.js',
        source: source.replace(
          placeholder,
          `const SHELL = ${JSON.stringify(`app-shell-${build}`)};`,
        ),
      });
    },
  };
}

const BUILD = appBuild();

// Unit and engine tests run in Node by default. Component tests opt into jsdom with a
// `// @vitest-environment jsdom` comment on the first line of the test file.
export default defineConfig({
  plugins: [
    react(),
    ledgerCodeVersion(),
    immutableAssets(),
    contentSecurityPolicy(),
    serviceWorker(),
    serviceWorkerStaticRoutes(BUILD),
  ],
  define: { __APP_BUILD__: JSON.stringify(BUILD) },
  server: { port: 5173 },
  // No CORS, as a static host: its `Vary: Origin` kept the service worker's static route for
  // /assets from finding them in the caches (src/serviceWorker/staticRoutes.js).
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS, cors: false },
  test: {
    environment: 'node',
    include: [
      'src/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.{ts,tsx}',
      'test/engine/**/*.test.ts',
      'test/import/**/*.test.ts',
      'test/component/**/*.test.{ts,tsx}',
    ],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    setupFiles: ['test/setup.ts'],
  },
});
