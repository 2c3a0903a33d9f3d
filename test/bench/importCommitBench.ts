/**
 * Import commit time in Chromium against the production build: a generated 100,000-row CSV is
 * chosen on /import, and the time from clicking Import to the outcome on the page is read with
 * the page's own clock (so Playwright's round trips do not count). This is the app's whole
 * commit path: the key lookup, the batch and the entries written in one transaction.
 *
 * Run alone: `npx tsx test/bench/importCommitBench.ts`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './builtApp';
import { CHROMIUM_ARGS } from './dashboardBench';
import { hundredThousandRowCsv } from './importBench';
import { median } from './timing';

const RUNS = Number(process.env.RUNS ?? 3);
const VITE = `${ROOT}node_modules/.bin/vite`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Builds into a temporary folder: dist/ may be in use by another suite's preview. */
async function servedBuild(): Promise<{ url: string; stop: () => void }> {
  const outDir = mkdtempSync(join(tmpdir(), 'import-bench-'));
  const build = spawnSync(
    VITE,
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed (status ${build.status})`);
  const port = await freePort();
  // Detached, so stopping it ends vite's whole process group.
  const child = spawn(
    VITE,
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, detached: true, stdio: 'ignore' },
  );
  const stop = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(outDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite preview did not start on ${url}`);
}

/** One run in a fresh context (a fresh IndexedDB): choose the file, wait for the preview, time the commit. */
async function timeOnce(browser: Browser, url: string, csv: Buffer): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx (esbuild keepNames) wraps functions in `__name(...)`: give the page a no-op one.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  try {
    const page = await context.newPage();
    if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('page:', m.text()));
    await page.goto(`${url}/import`);
    await page
      .getByLabel('History file')
      .setInputFiles({ name: 'history-100k.csv', mimeType: 'text/csv', buffer: csv });
    const confirm = page.getByRole('button', { name: /^Import [\d,]+ entries$/ });
    await confirm.waitFor({ timeout: 120_000 });
    if (!(await confirm.isEnabled())) throw new Error('the preview does not allow the import');
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const button = [...document.querySelectorAll('button')].find((b) =>
            /^Import [\d,]+ entries$/.test(b.textContent ?? ''),
          );
          if (!button) return reject(new Error('no Import button'));
          const done = (): boolean =>
            document.querySelector('.import-outcome, .import-error') !== null;
          const t0 = performance.now();
          new MutationObserver((_, observer) => {
            if (!done()) return;
            observer.disconnect();
            const error = document.querySelector('.import-error');
            if (error) reject(new Error(error.textContent ?? 'the import failed'));
            else resolve(performance.now() - t0);
          }).observe(document.body, { childList: true, subtree: true });
          button.click();
        }),
    );
    const outcome = (await page.locator('.import-outcome').textContent()) ?? '';
    if (!/Added \d/.test(outcome)) throw new Error(`unexpected outcome: ${outcome}`);
    return ms;
  } finally {
    await context.close();
  }
}

export async function benchImportCommit(): Promise<string[]> {
  const csv = Buffer.from(hundredThousandRowCsv(), 'utf8');
  const served = await servedBuild();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) times.push(await timeOnce(browser, served.url, csv));
    return [`import-100k-commit: ${median(times).toFixed(0)} ms`];
  } finally {
    await browser.close();
    served.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchImportCommit()) console.log(line);
}
