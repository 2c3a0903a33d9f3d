/**
 * Draws the app's PNG icons from its SVG ones with Debian's Chromium: run by hand
 * (`npx tsx scripts/make-icons.ts`) after changing public/icons/*.svg, and commit the PNGs.
 * Chromium rather than an image library: the app gains no dependency for a one-off job.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../test/chromium';

const ICONS = fileURLToPath(new URL('../public/icons/', import.meta.url));

/** Each PNG: the SVG it is drawn from and its size in pixels. */
const PNGS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-192.png', size: 192 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  for (const { svg, png, size } of PNGS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = readFileSync(ICONS + svg, 'base64');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="data:image/svg+xml;base64,${source}" width="${size}" height="${size}" alt="">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(ICONS + png, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/icons/${png}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
