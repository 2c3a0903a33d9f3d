/**
 * Where the e2e suite serves the build: E2E_PORT runs a second suite beside the first, with
 * its own build folder (playwright.config.ts builds there; the update spec builds a new release
 * over it).
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_OUT_DIR = E2E_PORT === 4173 ? 'dist' : `.e2e-dist-${E2E_PORT}`;
