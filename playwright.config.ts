import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './test/chromium';
import { E2E_OUT_DIR as outDir, E2E_PORT as port } from './test/e2e/server';

// Uses Debian's Chromium (test/e2e/ensure-chromium.sh installs it). Never `playwright install`.
// E2E_PORT runs a second suite beside the first, with its own build folder (test/e2e/server.ts).

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx tsc --noEmit -p tsconfig.app.json && npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
