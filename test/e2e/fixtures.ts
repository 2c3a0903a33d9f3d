import { test as base, expect } from '@playwright/test';

export type GuardOptions = {
  /** Console errors matching one of these are tolerated (for specs that provoke an error on purpose). */
  allowedConsoleErrors: RegExp[];
};

/**
 * Every spec importing `test` from here fails if the page logs a console error, throws an
 * uncaught error, or makes a request to another origin (the app must stay browser-only).
 */
export const test = base.extend<GuardOptions & { pageGuards: void }>({
  allowedConsoleErrors: [[], { option: true }],

  pageGuards: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const problems: string[] = [];

      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (allowedConsoleErrors.some((re) => re.test(text))) return;
        const { url, lineNumber } = msg.location();
        problems.push(`console error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => {
        problems.push(`uncaught error: ${error.stack ?? error.message}`);
      });
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:')) return;
        if (new URL(url).origin !== origin)
          problems.push(`off-origin request: ${request.method()} ${url}`);
      });

      await use();

      expect(problems, 'console errors, page errors and off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
