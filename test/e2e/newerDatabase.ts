import type { Page } from '@playwright/test';

/**
 * Opens the app's database, from `page`, at a version above whatever it has, with a new store:
 * what a newer release's upgrade does to the tabs still running the old one.
 */
export async function openNewerDatabase(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const known = (await indexedDB.databases()).find((d) => d.name === 'connects-budget');
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('connects-budget', (known?.version ?? 0) + 10);
      request.onupgradeneeded = () => request.result.createObjectStore('newThing');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  });
}
