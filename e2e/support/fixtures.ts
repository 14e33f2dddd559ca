import { test as base, expect, type Locator } from '@playwright/test';

export { expect };

type Guard = {
  /** Console errors so far (CSP violations and uncaught exceptions show up here). */
  consoleErrors: string[];
  /** Requests to any origin other than the site's own. */
  offOriginRequests: string[];
};

/**
 * `test` with an automatic guard: a test fails if the page logs a console error, throws, or
 * requests anything outside the site's origin (fonts, analytics, CDNs).
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const guard: Guard = { consoleErrors: [], offOriginRequests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') guard.consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => guard.consoleErrors.push(`${page.url()}: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) {
          guard.offOriginRequests.push(request.url());
        }
      });
      await use(guard);
      expect(guard.consoleErrors, 'console errors').toEqual([]);
      expect(guard.offOriginRequests, 'requests that left the site').toEqual([]);
    },
    { auto: true },
  ],
});

/** Reads a displayed number: its exact value (data-value) and the text the reader sees. */
export async function readNumber(locator: Locator): Promise<{ value: number; text: string }> {
  // getAttribute() on a missing element waits out the whole test timeout: fail fast instead.
  await expect(locator).toHaveCount(1);
  await expect(locator).toHaveAttribute('data-value', /.+/);
  const raw = await locator.getAttribute('data-value');
  return { value: Number(raw), text: ((await locator.textContent()) ?? '').trim() };
}
