/**
 * Import commit time in Chromium against the production build: a generated 100,000-row CSV is
 * chosen on /import, and the time from clicking Import to the outcome on the page is read with
 * the page's own clock (so Playwright's round trips do not count). This is the app's whole
 * commit path: the key lookup, the batch and the entries written in one transaction.
 *
 * Run alone: `npx tsx test/bench/importCommitBench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startPreview } from './builtApp';
import { CHROMIUM_LAUNCH } from '../chromium';
import { hundredThousandRowCsv } from './importBench';
import { median } from './timing';

const RUNS = Number(process.env.RUNS ?? 3);
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
  const served = await startPreview();
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH,
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
