/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * A hash of the code that turns stored entries into replay events and states (src/engine,
 * src/db): the ledger's stored caches are used only by the build that wrote them
 * (src/db/codeVersion.ts), so a release that changes that code reads and replays afresh.
 */
function ledgerCodeVersion(): string {
  const hash = createHash('sha256');
  for (const folder of ['src/engine/', 'src/db/']) {
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
  plugins: [react(), immutableAssets()],
  define: { __LEDGER_CODE_VERSION__: JSON.stringify(ledgerCodeVersion()) },
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
