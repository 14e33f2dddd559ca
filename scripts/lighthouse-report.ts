// npm run report:lighthouse — Lighthouse (mobile preset, simulated throttling) on every built page: the four
// category scores and Total Blocking Time. A report, not a test: scores vary from run to run with the machine's
// load, so it never fails on a score; it exits 1 only when a page cannot be audited.
//
//   npm run build && npm run report:lighthouse              every page, one run each
//   npm run report:lighthouse -- --runs 3                   the median of three runs per page
//   npm run report:lighthouse -- --pages part-1/error/      some pages only (paths relative to the base)
//   npm run report:lighthouse -- --verbose                  also lists every audit that did not pass
//
// It starts `astro preview` on a free port and stops it when done; Chromium is $CHROMIUM_PATH or /usr/bin/chromium,
// headless, launched afresh (a new, empty profile) for every run, so that each run is a first visit with a cold cache,
// as a reader's is. The machine's load average is printed with the table: scores fall when other work shares the CPU.
// BASE (as for the build) is honoured.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtPages } from '../e2e/support/pages.ts';

const root = join(import.meta.dirname, '..');
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type Options = { runs: number; pages: string[] | null; verbose: boolean };

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 1, pages: null, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--runs') options.runs = Math.max(1, Number(value()) || 1);
    else if (flag === '--pages')
      options.pages = value()
        .split(',')
        .map((page) => page.trim().replace(/^\//, ''));
    else if (flag === '--verbose') options.verbose = true;
    else console.warn(`Ignoring unknown argument ${argv[i]}`);
  }
  return options;
}

/** A TCP port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `astro preview` and resolves once it answers. */
async function startPreview(port: number): Promise<ChildProcess> {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const preview = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    stdio: process.env.LH_DEBUG ? 'inherit' : 'ignore',
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (preview.exitCode !== null) throw new Error(`astro preview exited with code ${preview.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}${base}`)).ok) return preview;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  preview.kill();
  throw new Error('astro preview did not answer within 30 s');
}

type Result = { scores: number[]; tbtMs: number; mainThreadMs: number; domElements: number; failing: string[] };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One Lighthouse run in a browser of its own: launched for this run with a new profile, killed after it. */
async function audit(url: string): Promise<Result> {
  // Lighthouse's own launcher: Playwright's launch flags change what Lighthouse measures (TBT reads as 0).
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox'] });
  try {
    return await auditIn(url, chrome.port);
  } finally {
    chrome.kill();
  }
}

async function auditIn(url: string, port: number): Promise<Result> {
  const runner = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = runner;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const failing = Object.values(lhr.audits)
    .filter((entry) => entry.score !== null && entry.score < 1 && entry.scoreDisplayMode !== 'informative')
    .map((entry) => `${entry.id} (${entry.score})${entry.displayValue ? `: ${entry.displayValue}` : ''}`);
  return {
    scores: categories.map((category) => lhr.categories[category]?.score ?? Number.NaN),
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    mainThreadMs: lhr.audits['mainthread-work-breakdown']?.numericValue ?? Number.NaN,
    domElements: lhr.audits['dom-size']?.numericValue ?? Number.NaN,
    failing,
  };
}

const options = parseArgs(process.argv.slice(2));
const paths = options.pages ?? builtPages().map((page) => page.path);
const port = await freePort();
const preview = await startPreview(port);
const loadBefore = loadavg();
let failed = false;
try {
  const header = [
    'page',
    'performance',
    'accessibility',
    'best practices',
    'SEO',
    'TBT ms',
    'main thread ms',
    'DOM elements',
  ];
  const rows: string[][] = [];
  for (const path of paths) {
    const url = `http://127.0.0.1:${port}${base}${path}`;
    try {
      const results: Result[] = [];
      for (let run = 0; run < options.runs; run++) results.push(await audit(url));
      const scores = categories.map((_, index) => median(results.map((result) => result.scores[index])));
      rows.push([
        `${base}${path}`,
        ...scores.map((score) => score.toFixed(2)),
        ...[
          median(results.map((r) => r.tbtMs)),
          median(results.map((r) => r.mainThreadMs)),
          results[0].domElements,
        ].map((n) => n.toFixed(0)),
      ]);
      if (options.verbose) for (const line of results.at(-1)!.failing) console.log(`  ${base}${path}  ${line}`);
    } catch (error) {
      failed = true;
      console.error(error instanceof Error ? error.message : error);
    }
  }
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  console.log(
    `\nLighthouse, mobile preset, ${options.runs === 1 ? 'one run' : `median of ${options.runs} runs`} per page, a fresh browser per run`,
  );
  console.log(`load average (1, 5, 15 min): ${load(loadBefore)} at the start, ${load(loadavg())} at the end`);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((row) => console.log(line(row)));
} finally {
  preview.kill();
}
process.exit(failed ? 1 : 0);
