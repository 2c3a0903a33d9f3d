/**
 * Installable: the manifest is linked and valid, its icons are there at the sizes it says
 * (the maskable ones with the mark inside the safe zone), and Chromium finds nothing stopping
 * an install. The headers the preview sends are those public/_headers gives a static host.
 */
import type { APIResponse } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

const hexToRgb = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

test('the manifest is linked, valid, and its icons are there at their sizes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await page.request.get(href!);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'Connects Budget',
    short_name: 'Connects',
    start_url: '/',
    scope: '/',
    display: 'standalone',
  });
  expect(manifest.description).toBeTruthy();

  // Its colours are the page's: the header's (the window's title bar) and the background.
  const colours = await page.evaluate(() => ({
    header: getComputedStyle(document.querySelector('.app-header')!).backgroundColor,
    background: getComputedStyle(document.documentElement).backgroundColor,
    meta: document.querySelector('meta[name="theme-color"]')?.getAttribute('content'),
  }));
  expect(hexToRgb(manifest.theme_color)).toBe(colours.header);
  expect(hexToRgb(manifest.background_color)).toBe(colours.background);
  expect(colours.meta).toBe(manifest.theme_color);

  const icons = manifest.icons as Icon[];
  for (const purpose of ['any', 'maskable']) {
    const sizes = icons.filter((i) => i.purpose === purpose).map((i) => `${i.type} ${i.sizes}`);
    expect(sizes.sort(), `${purpose} icons`).toEqual([
      'image/png 192x192',
      'image/png 512x512',
      'image/svg+xml any',
    ]);
  }
  for (const icon of icons) {
    const file = await page.request.get(icon.src);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()['content-type'], icon.src).toBe(icon.type);
    const body = await file.body();
    if (icon.type === 'image/png') expect(pngSize(body), icon.src).toBe(icon.sizes);
    else expect(body.toString('utf8'), icon.src).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
  }

  // Chromium's own verdict: the manifest parses cleanly and nothing stops an install.
  const cdp = await page.context().newCDPSession(page);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are off the record, where Chromium installs nothing: that
  // one says nothing of the app.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

test('the maskable icons fill their square and keep the mark inside the safe zone', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const src of ['/icons/icon-maskable-192.png', '/icons/icon-maskable-512.png']) {
    const found = await page.evaluate(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const size = image.naturalWidth;
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, size, size);
      const at = (x: number, y: number) => data.slice((y * size + x) * 4, (y * size + x) * 4 + 4);
      const [r, g, b] = at(0, 0);
      let transparent = 0;
      let markOutside = 0;
      let mark = 0;
      for (let y = 0; y < size; y += 1) {
        for (let x = 0; x < size; x += 1) {
          const [pr, pg, pb, pa] = at(x, y);
          if (pa! < 255) transparent += 1;
          if (Math.abs(pr! - r!) + Math.abs(pg! - g!) + Math.abs(pb! - b!) < 30) continue;
          mark += 1;
          // The safe zone: a circle of 40% of the size around the centre.
          if (Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) > size * 0.4) markOutside += 1;
        }
      }
      return { size, transparent, mark, markOutside };
    }, src);
    expect(found.transparent, `${src}: every pixel opaque`).toBe(0);
    expect(found.mark, `${src}: a mark is drawn`).toBeGreaterThan(found.size * 2);
    expect(found.markOutside, `${src}: mark outside the safe zone`).toBe(0);
  }
});

/** The headers public/_headers gives every path (its `/*` rule). */
function headersForEveryPath(): Record<string, string> {
  const lines = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8').split('\n');
  const start = lines.indexOf('/*');
  expect(start).toBeGreaterThanOrEqual(0);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!header) break;
    headers[header[1]!.toLowerCase()] = header[2]!;
  }
  return headers;
}

test('the preview sends the headers public/_headers gives a static host', async ({ page }) => {
  const everyPath = headersForEveryPath();
  expect(everyPath).toEqual({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "frame-ancestors 'none'",
  });
  await page.goto('/');
  const entry = await page.locator('script[type="module"]').getAttribute('src');
  const responses: [string, APIResponse][] = [];
  for (const path of ['/', '/ledger', entry!, '/sw.js', '/manifest.webmanifest', '/favicon.svg']) {
    responses.push([path, await page.request.get(path)]);
  }
  for (const [path, response] of responses) {
    expect(response.ok(), path).toBe(true);
    for (const [name, value] of Object.entries(everyPath)) {
      expect(response.headers()[name], `${name} of ${path}`).toBe(value);
    }
    const cacheControl = response.headers()['cache-control'] ?? '';
    // Only the files named for their content are kept for good: never the service worker.
    if (path.startsWith('/assets/')) expect(cacheControl).toContain('immutable');
    else expect(cacheControl, path).not.toContain('immutable');
  }
});
