/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * A hash of the rules engine's source. A stored replay checkpoint is only used by the engine
 * that made it (src/db/replayCheckpoint.ts): a release that changes the rules replays afresh.
 */
function engineVersion(): string {
  const dir = fileURLToPath(new URL('./src/engine/', import.meta.url));
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (!file.endsWith('.ts')) continue;
    hash.update(file);
    hash.update(readFileSync(dir + file));
  }
  return hash.digest('hex').slice(0, 16);
}

// Unit and engine tests run in Node by default. Component tests opt into jsdom with a
// `// @vitest-environment jsdom` comment on the first line of the test file.
export default defineConfig({
  plugins: [react()],
  define: { __ENGINE_VERSION__: JSON.stringify(engineVersion()) },
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
