import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4322);
// The site may be built under a sub-path (BASE=/backprop/ npm run build); tests visit relative paths.
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const baseURL = `http://127.0.0.1:${port}${base}`;

/** Debian's chromium, or CHROMIUM_PATH, or Playwright's own browser, in that order. */
function chromiumExecutable(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found. Install one with `apt-get install chromium` (as root) or `npx playwright install chromium`, ' +
      'or point CHROMIUM_PATH at a Chromium binary.',
  );
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    // Recording a trace snapshots the DOM at every action (thousands of KaTeX nodes): it tripled the suite's time.
    // A failure is traced when it is retried (CI retries once); locally, pass --trace on.
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumExecutable() } },
    },
  ],
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
