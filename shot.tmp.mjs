import { chromium } from '@playwright/test';
const [,, url, out, width = '1280'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(800);
if (process.env.EDIT) {
  const [label, value] = process.env.EDIT.split('=');
  await page.getByLabel(label, { exact: true }).fill(value);
  await page.waitForTimeout(300);
}
const q = await page.$$eval('[data-quantity="o1"]', (els) => els.map((e) => `${e.tagName}:${e.getAttribute('data-value')}:${e.textContent}`));
console.log('o1 everywhere:', q.join(' | '));
console.log('url:', page.url());
await page.screenshot({ path: out, fullPage: !!process.env.FULL });
await browser.close();
