// For every built page: the JavaScript it ships, gzipped. Counts scripts in the HTML (inline and
// src=), island modules (component-url, renderer-url), modulepreloads, and every module they import
// statically, followed recursively. Dynamic import() is lazy (search, for instance) and not counted.
// The budget (20 KB gzip per chapter page) is on the JavaScript a page fetches; the scripts inlined in its HTML
// (Astro's island runtime, the theme guard) are shown beside it. Exits 1 when a chapter page goes over.
// --verbose lists every file per page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetBytes = 20 * 1024;
const dist = join(import.meta.dirname, '..', 'dist');
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

const verbose = process.argv.includes('--verbose');

/** gzipBytes: the modules the page fetches; inlineGzipBytes: scripts inside its HTML (Astro's island runtime). */
type PageSize = { page: string; isChapter: boolean; modules: number; rawBytes: number; gzipBytes: number; inlineGzipBytes: number };

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** The file in dist/ that serves a URL path (the site may be built under BASE). */
function fileForUrl(urlPath: string): string | undefined {
  const path = decodeURI(urlPath.split(/[?#]/)[0]);
  const withinSite = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  const file = join(dist, ...withinSite.split('/'));
  return existsSync(file) ? file : undefined;
}

/** URL paths of the modules a built .js file imports statically. */
function staticImports(code: string, fromUrl: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+)["']/g)].map((match) => match[1]);
  return specifiers
    .filter((specifier) => /^(\.{1,2})?\//.test(specifier))
    .map((specifier) => (specifier.startsWith('/') ? specifier : posix.join(posix.dirname(fromUrl), specifier)));
}

/** URL paths of the modules an HTML page loads, and the text of its inline scripts. */
function entryPoints(html: string, pageUrl: string): { urls: string[]; inline: string[] } {
  const resolve = (href: string) => new URL(decode(href), `http://site${pageUrl}`).pathname;
  const urls: string[] = [];
  const inline: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\btype=["']?(application\/(ld\+)?json|text\/template)/.test(attributes)) continue;
    const src = attributes.match(/\bsrc=["']?([^"'\s>]+)/)?.[1];
    if (src) urls.push(resolve(src));
    else if (body.trim()) inline.push(body);
  }
  for (const [, href] of html.matchAll(/\b(?:component-url|renderer-url)=["']([^"']+)["']/g)) urls.push(resolve(href));
  for (const [, href] of html.matchAll(/<link\b[^>]*rel=["']?modulepreload["']?[^>]*href=["']?([^"'\s>]+)/g)) urls.push(resolve(href));
  return { urls, inline };
}

function measurePage(htmlFile: string): PageSize {
  const parts = relative(dist, htmlFile).split(sep);
  const isIndex = parts.at(-1) === 'index.html';
  const dir = parts.slice(0, isIndex ? -1 : undefined).join('/');
  const pageUrl = `${base}${dir && isIndex ? `${dir}/` : dir}`;
  const { urls, inline } = entryPoints(readFileSync(htmlFile, 'utf8'), pageUrl);
  const seen = new Set<string>();
  let rawBytes = 0;
  let gzipBytes = 0;
  const queue = [...urls];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = fileForUrl(url);
    if (!file) throw new Error(`${pageUrl} loads ${url}, which is not in dist/`);
    const code = readFileSync(file);
    if (verbose) console.log(`  ${pageUrl}  ${url}  ${gzipSize(code)} B gzip`);
    rawBytes += code.length;
    gzipBytes += gzipSize(code);
    queue.push(...staticImports(code.toString('utf8'), url));
  }
  let inlineGzipBytes = 0;
  for (const script of inline) {
    if (verbose) console.log(`  ${pageUrl}  (inline)  ${gzipSize(script)} B gzip`);
    rawBytes += Buffer.byteLength(script);
    inlineGzipBytes += gzipSize(script);
  }
  const isChapter = isIndex && /^part-\d+\/[^/]+$/.test(dir);
  return { page: pageUrl, isChapter, modules: seen.size + inline.length, rawBytes, gzipBytes, inlineGzipBytes };
}

if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.split(sep).includes('pagefind'))
  .map((file) => measurePage(join(dist, file)))
  .sort((a, b) => a.page.localeCompare(b.page, 'en', { numeric: true }));

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows = pages.map((page) => [
  page.page,
  String(page.modules),
  kb(page.rawBytes),
  kb(page.gzipBytes),
  kb(page.inlineGzipBytes),
  kb(page.gzipBytes + page.inlineGzipBytes),
  page.isChapter ? (page.gzipBytes > budgetBytes ? 'OVER' : 'ok') : '',
]);
const header = ['page', 'scripts', 'KB raw', 'KB gzip fetched', '+ inline', '= total', `fetched ≤ ${kb(budgetBytes)} KB`];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
rows.forEach((row) => console.log(line(row)));

const over = pages.filter((page) => page.isChapter && page.gzipBytes > budgetBytes);
if (over.length > 0) {
  console.error(`\n${over.length} chapter page(s) fetch more than ${kb(budgetBytes)} KB of gzipped JavaScript.`);
  process.exit(1);
}
