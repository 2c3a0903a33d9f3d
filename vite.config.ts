/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const CODE_FOLDERS = ['src/engine/', 'src/db/'];
const VERSION_ID = 'virtual:ledger-code-version';

/** A hash of the code that turns stored entries into replay events and states. */
function hashCode(): string {
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) {
    const dir = fileURLToPath(new URL(`./${folder}`, import.meta.url));
    for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (!file.endsWith('.ts')) continue;
      hash.update(folder + file);
      hash.update(readFileSync(dir + file));
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
 * index.html is left to be checked each time: it names the files of the current release.
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

// Unit and engine tests run in Node by default. Component tests opt into jsdom with a
// `// @vitest-environment jsdom` comment on the first line of the test file.
export default defineConfig({
  plugins: [react(), ledgerCodeVersion(), immutableAssets()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
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
