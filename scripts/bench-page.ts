// npm run bench:page — how the built chapter pages behave in Chromium: input latency of the w1 field and the
// frame rate of the training animation. A report, not a test: it never asserts a timing and exits 0 unless a
// page cannot be loaded at all.
//
//   npm run build && npm run bench:page                      serves dist/ on 127.0.0.1 (a free port)
//   node scripts/bench-page.ts --dir /tmp/bench-dist         another build folder
//   node scripts/bench-page.ts --url http://127.0.0.1:4321   a server that is already running
//
// Options: --phone-cpu N (slow the phone's CPU N× through CDP; default 1, the viewport only), --only latency,keys,training
// (sections), --key-presses N and --key-gap MS (section 3: ArrowUp presses per chapter, default 40, 50 ms apart), --edits N (measured w1 edits per page and viewport, default 200), --seconds S (training recording
// per speed, default 3), --pages a,b (part-N/slug, or "builder" for the 6×8 builder; default Part I, Part II and the builder), --chromium PATH (default
// $CHROMIUM_PATH or /usr/bin/chromium), --query Q (the training page's query string, default ?lr=0.0001). Everything is measured inside the page with performance.now(),
// MutationObserver and requestAnimationFrame (page.evaluate only, no CDP tracing); section 3 reads the browser's own Event
// Timing entries (keydown → next paint, what INP measures) for real key presses on every chapter, on a 390-px phone with
// its CPU slowed 4× (DevTools' mid-tier phone).
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The builder at its largest: six weight layers of eight units (two inputs, one output). */
const BIG_BUILDER = '/part-2/build-a-network/?shape=2-8-8-8-8-8-1&act=tanh,tanh,tanh,tanh,tanh,sigmoid';
const CHAPTERS = [
  'part-1/the-network',
  'part-1/forward-pass',
  'part-1/error',
  'part-1/backpropagation',
  'part-1/training',
  'part-2/sigmoid-units-and-biases',
  'part-2/error-of-two-outputs',
  'part-2/output-weight-and-the-memo',
  'part-2/the-same-thing-as-matrices',
  'builder',
];
/**
 * The builder's training run: the same network on the circle (two inputs), measured with its data panel open and
 * scrolled to, so that the decision map and a map per hidden unit (40 of them) redraw while it trains.
 */
const BUILDER_TRAINING = `${BIG_BUILDER}&data=circle`;
const pathOf = (page: string) => (page === 'builder' ? BIG_BUILDER : `/${page}/`);
/** The field each page's edits go to: w1, or on the builder (whose weight grids open on request) the learning rate. */
const fieldOf = (page: string) => (page === 'builder' ? 'learning rate' : 'w1');
const TRAINING_PATH = '/part-1/training/';
// At lr 0.001 the run converges after ~2000 steps; at 0.0001 it would need ~20 000, past the page's 10 000-step cap.
const DEFAULT_TRAINING_QUERY = '?lr=0.0001';
const SPEEDS = ['1', '10', '100'];
const WARM_UP_EDITS = 20;
const LATENCY_TARGET_MS = 4;
/** The builder's target at six layers of eight units (issue 8). */
const BUILDER_TARGET_MS = 8;

const JITTER_MS = 1;

type Viewport = { name: string; options: BrowserContextOptions };
const VIEWPORTS: Viewport[] = [
  { name: 'desktop 1280×900', options: { viewport: { width: 1280, height: 900 } } },
  {
    name: 'phone 390×844',
    options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Arguments

type Options = {
  /** The phone's CPU slowed this many times by CDP (1: the viewport and touch only, as DevTools' phone emulation). */
  phoneCpu: number;
  /** ArrowUp presses per chapter for keydown → next paint, and the pause between two. */
  keyPresses: number;
  keyGapMs: number;
  /** Only these sections: latency, keys, training (default all). */
  only: string[];
  dir: string;
  url: string | null;
  edits: number;
  seconds: number;
  pages: string[];
  chromiumPath: string;
  query: string;
};

function parseArgs(argv: string[]): Options {
  const options: Options = {
    phoneCpu: 1,
    keyPresses: 40,
    keyGapMs: 50,
    only: ['latency', 'keys', 'training'],
    dir: 'dist',
    url: null,
    edits: 200,
    seconds: 3,
    pages: CHAPTERS,
    chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    query: DEFAULT_TRAINING_QUERY,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--dir') options.dir = value();
    else if (flag === '--url') options.url = value().replace(/\/+$/, '');
    else if (flag === '--phone-cpu') options.phoneCpu = Math.max(1, Number(value()) || 1);
    else if (flag === '--key-presses') options.keyPresses = Math.max(1, Number(value()) || options.keyPresses);
    else if (flag === '--key-gap') options.keyGapMs = Math.max(0, Number(value()) || 0);
    else if (flag === '--only')
      options.only = value()
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    else if (flag === '--edits') options.edits = Math.max(1, Number(value()) || options.edits);
    else if (flag === '--seconds') options.seconds = Math.max(0.5, Number(value()) || options.seconds);
    else if (flag === '--pages')
      options.pages = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (flag === '--chromium') options.chromiumPath = value();
    else if (flag === '--query') options.query = value().replace(/^(?!\?|$)/, '?');
    else if (flag === '--help' || flag === '-h') {
      console.log(
        'usage: node scripts/bench-page.ts [--dir dist | --url URL] [--edits 200] [--seconds 3] [--pages a,b] [--chromium PATH] [--query ?lr=0.0001]',
      );
      process.exit(0);
    } else console.warn(`Ignoring unknown argument ${argv[i]}`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------------
// A tiny static file server for the build folder

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (!existsSync(candidate)) return null;
  const stat = statSync(candidate);
  if (stat.isFile()) return candidate;
  if (stat.isDirectory() && existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  return null;
}

function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    let file = fileFor(root, path);
    let status = 200;
    if (file === null) {
      status = 404;
      file = fileFor(root, '/404.html');
      if (file === null) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
    }
    response.writeHead(status, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Statistics

const sortedCopy = (values: number[]) => [...values].sort((a, b) => a - b);
function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = sortedCopy(values);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const median = (values: number[]) => quantile(values, 0.5);
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);
const round = (value: number, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
const ms = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

// ---------------------------------------------------------------------------------------------------------
// Loading a page with every island hydrated

type Loaded = { page: Page; status: number } | { page: null; status: number; note: string };

async function openHydrated(
  browser: Browser,
  viewport: Viewport,
  url: string,
): Promise<Loaded & { close: () => Promise<void> }> {
  const context = await browser.newContext(viewport.options);
  const close = () => context.close();
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'load' });
  const status = response?.status() ?? 0;
  if (status >= 400) return { page: null, status, note: `HTTP ${status}`, close };
  await page.waitForLoadState('networkidle');
  // Scroll through the page so client:visible islands hydrate, then wait until no island is still server-rendered.
  await page.evaluate(async () => {
    const pause = (t: number) => new Promise((r) => setTimeout(r, t));
    const step = Math.max(200, Math.floor(innerHeight * 0.7));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      scrollTo(0, y);
      await pause(60);
    }
    scrollTo(0, document.documentElement.scrollHeight);
    await pause(100);
  });
  await page.waitForLoadState('networkidle');
  // The page script marks the page ready once every widget is mounted and the URL's setup applied.
  await page.waitForSelector('html[data-page="ready"]', { timeout: 15_000 }).catch(() => {});
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  return { page, status, close };
}

const unhydratedIslands = (page: Page) =>
  page.evaluate(() => (document.documentElement.dataset.page === 'ready' ? [] : ['the page script (not ready)']));

// ---------------------------------------------------------------------------------------------------------
// 1. Input latency of the w1 field

type EditSample = {
  /** dispatch of the input event → dispatchEvent returned (the synchronous handlers). */
  sync: number;
  /** dispatch → last mutation before the next animation frame (islands re-rendered in microtasks). */
  beforeFrame: number;
  /** dispatch → last mutation of all, waiting two frames (includes effects Preact runs after paint). */
  total: number;
  /** dispatch → start of the next frame's requestAnimationFrame callbacks. */
  frame: number;
  records: number;
  recordsAfterFrame: number;
  /** Mutations seen between the second and third frame: late updates the "total" figure misses. */
  late: number;
};

type LatencyResult = {
  samples: number;
  median: number;
  p95: number;
  max: number;
  beforeFrameMedian: number;
  beforeFrameP95: number;
  syncMedian: number;
  frameWaitMedian: number;
  workMedian: number;
  workP95: number;
  recordsMedian: number;
  recordsAfterFrameMedian: number;
  lateEdits: number;
  idleMutations: number;
};

async function measureLatency(page: Page, edits: number, fieldName = 'w1'): Promise<LatencyResult | string> {
  const field = page.getByRole('textbox', { name: fieldName, exact: true });
  if ((await field.count()) === 0) return `no ${fieldName} field`;
  await field.first().scrollIntoViewIfNeeded();
  const handle = await field.first().elementHandle();
  const raw = await page.evaluate(
    async ({ input, edits, warmUp }) => {
      const el = input as HTMLInputElement;
      const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
      const task = (delay: number) => new Promise<void>((r) => setTimeout(r, delay));
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      let marks: { at: number; records: number }[] = [];
      const observer = new MutationObserver((records) =>
        marks.push({ at: performance.now(), records: records.length }),
      );
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });

      // Noise check: mutations during three frames with no edit.
      await frame();
      marks = [];
      await frame();
      await frame();
      await frame();
      const idleMutations = marks.reduce((n, m) => n + m.records, 0);

      const samples = [];
      const original = el.value;
      for (let i = 0; i < warmUp + edits; i++) {
        await frame();
        // A keystroke lands anywhere between two frames: start each edit 0–12 ms after a frame's paint
        // (a fixed spread, the same for every run), so the wait for the next frame is not always a whole one.
        await task((i * 7) % 13);
        observer.takeRecords();
        marks = [];
        // 0.10, 0.11, … 0.49, 0.10, …: every edit changes the value (0.55 if the field already holds it).
        const next = (0.1 + (i % 40) * 0.01).toFixed(2);
        const value = next === el.value ? '0.55' : next;
        const t0 = performance.now();
        setValue.call(el, value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        const tSync = performance.now();
        const frameAt = await frame();
        const secondFrame = await frame();
        const before = marks.filter((m) => m.at <= secondFrame);
        const lateMarks = (await frame(), marks.filter((m) => m.at > secondFrame));
        const inFrame = before.filter((m) => m.at < frameAt);
        const last = before.length ? before[before.length - 1].at : tSync;
        const lastBeforeFrame = inFrame.length ? inFrame[inFrame.length - 1].at : tSync;
        if (i < warmUp) continue;
        samples.push({
          sync: tSync - t0,
          beforeFrame: lastBeforeFrame - t0,
          total: last - t0,
          frame: frameAt - t0,
          records: before.reduce((n, m) => n + m.records, 0),
          recordsAfterFrame: before.filter((m) => m.at >= frameAt).reduce((n, m) => n + m.records, 0),
          late: lateMarks.reduce((n, m) => n + m.records, 0),
        });
      }
      observer.disconnect();
      setValue.call(el, original);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      return { samples, idleMutations };
    },
    { input: handle, edits, warmUp: WARM_UP_EDITS },
  );
  const samples: EditSample[] = raw.samples;
  if (samples.every((s) => s.records === 0)) return 'editing w1 changed nothing on the page (not hydrated?)';
  const total = samples.map((s) => s.total);
  // Main-thread work: time before the frame spent rendering, plus the frame (style, layout, paint, effects)
  // up to the last mutation — i.e. the total minus the idle wait for the next frame.
  const work = samples.map((s) => (s.total > s.frame ? s.beforeFrame + (s.total - s.frame) : s.beforeFrame));
  return {
    samples: samples.length,
    median: median(total),
    p95: quantile(total, 0.95),
    max: Math.max(...total),
    beforeFrameMedian: median(samples.map((s) => s.beforeFrame)),
    beforeFrameP95: quantile(
      samples.map((s) => s.beforeFrame),
      0.95,
    ),
    syncMedian: median(samples.map((s) => s.sync)),
    frameWaitMedian: median(samples.map((s) => s.frame)),
    workMedian: median(work),
    workP95: quantile(work, 0.95),
    recordsMedian: median(samples.map((s) => s.records)),
    recordsAfterFrameMedian: median(samples.map((s) => s.recordsAfterFrame)),
    lateEdits: samples.filter((s) => s.late > 0).length,
    idleMutations: raw.idleMutations,
  };
}

// ---------------------------------------------------------------------------------------------------------
// 2. Frame rate of the training animation

type FrameResult = {
  speed: string;
  frames: number;
  seconds: number;
  fps: number;
  /** Mean frame time in the first and the last third of the recording: growth shows work that scales with steps. */
  firstThirdMs: number;
  lastThirdMs: number;
  over16: number;
  over33: number;
  longest: number;
  p95: number;
  stepsStart: number;
  stepsEnd: number;
  stepsPerSecond: number;
  stepsPerFrame: number;
  stoppedEarly: boolean;
};

async function recordFrames(page: Page, seconds: number, play: boolean) {
  return page.evaluate(
    async ({ seconds, play }) => {
      const buttonNamed = (name: string) =>
        [...document.querySelectorAll<HTMLButtonElement>('.training-panel button')].find(
          (b) => b.textContent?.trim() === name,
        );
      const steps = () =>
        Number(document.querySelector('.training-panel [data-quantity="steps"]')?.getAttribute('data-value') ?? NaN);
      const stepsStart = steps();
      const times: number[] = [];
      let stoppedEarly = false;
      await new Promise<void>((done) => {
        let startedAt = 0;
        const tick = (t: number) => {
          times.push(t);
          if (startedAt === 0) startedAt = t;
          const over = t - startedAt >= seconds * 1000;
          // The run ended by itself (converged, diverged or the step limit): the Play button is back.
          if (play && times.length > 5 && buttonNamed('Play')) stoppedEarly = true;
          if (over || stoppedEarly) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame((t) => {
          if (play) buttonNamed('Play')?.click();
          tick(t);
        });
      });
      const stepsEnd = steps();
      buttonNamed('Pause')?.click();
      return { times, stepsStart, stepsEnd, stoppedEarly };
    },
    { seconds, play },
  );
}

function frameStats(
  speed: string,
  raw: { times: number[]; stepsStart: number; stepsEnd: number; stoppedEarly: boolean },
): FrameResult {
  const deltas = raw.times.slice(1).map((t, i) => t - raw.times[i]);
  const elapsed = (raw.times[raw.times.length - 1] - raw.times[0]) / 1000;
  const steps = raw.stepsEnd - raw.stepsStart;
  return {
    speed,
    frames: deltas.length,
    seconds: elapsed,
    fps: deltas.length / elapsed,
    firstThirdMs: mean(deltas.slice(0, Math.max(1, Math.floor(deltas.length / 3)))),
    lastThirdMs: mean(deltas.slice(-Math.max(1, Math.floor(deltas.length / 3)))),
    // rAF timestamps jitter by a few tenths of a millisecond around 16.7: 1 ms of slack keeps on-time frames out.
    over16: deltas.filter((d) => d > 16.7 + JITTER_MS).length / deltas.length,
    over33: deltas.filter((d) => d > 33.3 + JITTER_MS).length / deltas.length,
    longest: Math.max(...deltas),
    p95: quantile(deltas, 0.95),
    stepsStart: raw.stepsStart,
    stepsEnd: raw.stepsEnd,
    stepsPerSecond: steps / elapsed,
    stepsPerFrame: steps / deltas.length,
    stoppedEarly: raw.stoppedEarly,
  };
}

/** Opens the builder's data panel and scrolls its maps into view (the decision map, then the unit maps below it). */
async function openMaps(page: Page): Promise<string | null> {
  const part = page.locator('details.builder-data-part');
  if ((await part.count()) === 0) return 'no data panel';
  await part.locator('summary').click();
  await part.locator('section.builder-data[data-mounted] .unit-map canvas').first().waitFor({ timeout: 15_000 });
  await part.locator('.builder-map').evaluate((map) => map.scrollIntoView({ block: 'start' }));
  return null;
}

async function measureTraining(page: Page, seconds: number): Promise<FrameResult[] | string> {
  if ((await page.locator('.training-panel').count()) === 0) return 'no training panel';
  const results: FrameResult[] = [];
  results.push(frameStats('idle', await recordFrames(page, Math.min(seconds, 1.5), false)));
  const speedSelect = page.getByLabel('steps per frame');
  for (const speed of SPEEDS) {
    await page.getByRole('button', { name: 'Reset training' }).click();
    if ((await speedSelect.count()) > 0) await speedSelect.selectOption(speed);
    else if (speed !== '1') continue;
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    results.push(frameStats(speed, await recordFrames(page, seconds, true)));
  }
  await page.getByRole('button', { name: 'Reset training' }).click();
  return results;
}

// ---------------------------------------------------------------------------------------------------------
// 3. Keydown → next paint (Event Timing) on a throttled phone

/** DevTools' mid-tier phone: 390 px wide, CPU slowed 4×. */
const THROTTLED_PHONE: Viewport = { name: 'phone 390×844, CPU 4×', options: VIEWPORTS[1].options };
const THROTTLE = 4;
/** Event Timing reports nothing shorter than its threshold (16 ms at the least): those presses count as "<16". */
const EVENT_THRESHOLD_MS = 16;
const KEY_TARGET_MS = 50;

type KeyResult = { presses: number; reported: number; median: number; p95: number; max: number; field: string };

/** Presses ArrowUp on the page's first editable number field and reads every keydown's Event Timing duration. */
async function measureKeyPaint(page: Page, presses: number, gapMs: number): Promise<KeyResult | string> {
  const field = page.locator('input[data-controls]:not([readonly])').first();
  if ((await field.count()) === 0) return 'no editable number field';
  const name = (
    await field.evaluate(
      (input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? input.getAttribute('aria-label') ?? '',
    )
  ).trim();
  // On a phone the setup sits closed in the text (a <details>): open it as a reader does, or the keys reach no field.
  const closed = page.locator('details:not([open])', { has: field }).first();
  if ((await closed.count()) > 0) await closed.locator('summary').first().click();
  await field.scrollIntoViewIfNeeded();
  await field.focus();
  if (!(await field.evaluate((input) => input === document.activeElement))) return 'the field could not be focused';
  const before = await field.inputValue();
  await page.evaluate((threshold) => {
    const durations: number[] = [];
    (window as unknown as { keyDurations: number[] }).keyDurations = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') durations.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: threshold } as PerformanceObserverInit);
  }, EVENT_THRESHOLD_MS);
  for (let k = 0; k < presses; k++) {
    await page.keyboard.press('ArrowUp');
    if (gapMs > 0) await page.waitForTimeout(gapMs);
  }
  // Let the last presses paint and their entries arrive.
  await page.evaluate(
    () => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 500)),
  );
  const reported = await page.evaluate(() => (window as unknown as { keyDurations: number[] }).keyDurations.slice());
  if ((await field.inputValue()) === before) return 'the presses did not change the field';
  const all = [...reported, ...Array.from({ length: Math.max(0, presses - reported.length) }, () => 0)];
  return {
    presses,
    reported: reported.length,
    median: median(all),
    p95: quantile(all, 0.95),
    max: Math.max(...all),
    field: name,
  };
}

const below = (value: number) => (value < EVENT_THRESHOLD_MS ? `<${EVENT_THRESHOLD_MS}` : value.toFixed(0));

/** Every chapter of the built site (part-N/slug), in order. */
function allChapters(root: string): string[] {
  const chapters: string[] = [];
  for (const part of ['part-1', 'part-2', 'part-3', 'part-4', 'part-5']) {
    const dir = join(root, part);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir).sort())
      if (existsSync(join(dir, slug, 'index.html'))) chapters.push(`${part}/${slug}`);
  }
  return chapters;
}

// ---------------------------------------------------------------------------------------------------------
// Report

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  let server: Server | null = null;
  let base = options.url;
  if (base === null) {
    const root = resolve(options.dir);
    if (!existsSync(join(root, 'index.html'))) {
      console.error(`No built site in ${root}: run \`npm run build\` first, or pass --dir or --url.`);
      return 1;
    }
    ({ server, base } = await serve(root));
  }

  const browser = await chromium.launch({ executablePath: options.chromiumPath });
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    loadAverage: loadavg().map((l) => round(l, 2)),
  };
  console.log(`Backprop, step by step — page performance (${new Date().toISOString()})`);
  console.log(
    `machine: ${machine.cpu} × ${machine.cores}, ${machine.memoryGiB} GiB, ${machine.os}, node ${machine.node}`,
  );
  if (loadavg()[0] > machine.cores) {
    console.log(
      `load:    ${machine.loadAverage.join(' ')} on ${machine.cores} cores — the machine is busy, expect noisy timings`,
    );
  }
  console.log(`browser: Chromium ${machine.chromium} (${options.chromiumPath}), headless`);
  console.log(`site:    ${base}${server ? ` (serving ${resolve(options.dir)})` : ''}\n`);

  const notes: string[] = [];
  const latency: Record<string, unknown>[] = [];
  const latencyRows: (string | number)[][] = [];
  const training: Record<string, unknown>[] = [];
  let loadFailed = false;

  const keys: Record<string, unknown>[] = [];
  const keyRows: (string | number)[][] = [];
  try {
    for (const viewport of options.only.includes('latency') ? VIEWPORTS : []) {
      for (const slug of options.pages) {
        const path = pathOf(slug);
        let loaded;
        try {
          loaded = await openHydrated(browser, viewport, `${base}${path}`);
        } catch (error) {
          notes.push(`${path} (${viewport.name}): could not be loaded: ${(error as Error).message.split('\n')[0]}`);
          loadFailed = true;
          continue;
        }
        try {
          if (loaded.page === null) {
            if (viewport === VIEWPORTS[0]) notes.push(`${path}: skipped, ${loaded.note} (not built yet?)`);
            continue;
          }
          const pending = await unhydratedIslands(loaded.page);
          if (pending.length) notes.push(`${path} (${viewport.name}): islands not hydrated: ${pending.join(', ')}`);
          const phone = viewport !== VIEWPORTS[0] && options.phoneCpu > 1;
          const cdp = phone ? await loaded.page.context().newCDPSession(loaded.page) : null;
          await cdp?.send('Emulation.setCPUThrottlingRate', { rate: options.phoneCpu });
          const result = await measureLatency(loaded.page, options.edits, fieldOf(slug));
          await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
          if (typeof result === 'string') {
            notes.push(`${path} (${viewport.name}): latency not measured: ${result}`);
            continue;
          }
          if (result.idleMutations > 0)
            notes.push(
              `${path} (${viewport.name}): ${result.idleMutations} mutations in 3 idle frames (noise in the figures)`,
            );
          if (result.lateEdits > 0)
            notes.push(`${path} (${viewport.name}): ${result.lateEdits} edits still mutated the DOM after two frames`);
          latencyRows.push([
            path,
            viewport.name.split(' ')[0],
            result.samples,
            ms(result.median),
            ms(result.p95),
            ms(result.max),
            ms(result.beforeFrameMedian),
            ms(result.beforeFrameP95),
            ms(result.workMedian),
            ms(result.workP95),
            `${result.recordsMedian}/${result.recordsAfterFrameMedian}`,
            result.p95 <= (slug === 'builder' ? BUILDER_TARGET_MS : LATENCY_TARGET_MS) ? 'yes' : 'no',
          ]);
          latency.push({
            page: path,
            viewport: viewport.name,
            ...Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === 'number' ? round(v, 3) : v])),
          });
        } finally {
          await loaded.close();
        }
      }
    }

    const chapterList =
      options.pages === CHAPTERS && server
        ? allChapters(resolve(options.dir))
        : options.pages.filter((p) => p !== 'builder');
    for (const slug of options.only.includes('keys') ? chapterList : []) {
      const path = pathOf(slug);
      const loaded = await openHydrated(browser, THROTTLED_PHONE, `${base}${path}`).catch((error: Error) => {
        notes.push(`${path} (keys): could not be loaded: ${error.message.split('\n')[0]}`);
        loadFailed = true;
        return null;
      });
      if (!loaded?.page) {
        await loaded?.close();
        continue;
      }
      try {
        const cdp = await loaded.page.context().newCDPSession(loaded.page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
        const result = await measureKeyPaint(loaded.page, options.keyPresses, options.keyGapMs);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        if (typeof result === 'string') notes.push(`${path} (keys): not measured: ${result}`);
        else {
          keyRows.push([
            path,
            result.field,
            result.presses,
            result.reported,
            below(result.median),
            below(result.p95),
            below(result.max),
            result.p95 <= KEY_TARGET_MS ? 'yes' : 'no',
          ]);
          keys.push({ page: path, ...result });
        }
      } finally {
        await loaded.close();
      }
    }

    // Part I on a desktop; the builder with its maps on screen, on a desktop and on the throttled phone.
    const runs: { url: string; viewport: Viewport; throttle: number; maps: boolean }[] = options.only.includes(
      'training',
    )
      ? [
          ...(options.pages.includes('part-1/training')
            ? [{ url: `${TRAINING_PATH}${options.query}`, viewport: VIEWPORTS[0], throttle: 1, maps: false }]
            : []),
          ...(options.pages.includes('builder')
            ? [
                { url: BUILDER_TRAINING, viewport: VIEWPORTS[0], throttle: 1, maps: true },
                { url: BUILDER_TRAINING, viewport: THROTTLED_PHONE, throttle: THROTTLE, maps: true },
              ]
            : []),
        ]
      : [];
    for (const { url, viewport, throttle, maps } of runs) {
      const where = `${url} (${viewport.name})`;
      const loaded = await openHydrated(browser, viewport, `${base}${url}`).catch((error: Error) => {
        notes.push(`${where}: could not be loaded: ${error.message.split('\n')[0]}`);
        loadFailed = true;
        return null;
      });
      if (loaded?.page) {
        const unmapped = maps ? await openMaps(loaded.page) : null;
        const cdp = throttle > 1 ? await loaded.page.context().newCDPSession(loaded.page) : null;
        await cdp?.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        const result = unmapped ?? (await measureTraining(loaded.page, options.seconds));
        await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        if (typeof result === 'string') notes.push(`${where}: training not measured: ${result}`);
        else
          training.push(
            ...result.map((r) => ({
              page: where,
              ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? round(v, 3) : v])),
            })),
          );
      } else if (loaded) notes.push(`${where}: training skipped, ${loaded.note}`);
      await loaded?.close();
    }
  } finally {
    await browser.close();
    server?.close();
  }

  console.log(
    `1. Input latency: ${options.edits} edits of w1 per page (the learning rate on the builder), after ${WARM_UP_EDITS} warm-up, an input event`,
  );
  console.log(
    `   dispatched in the page; phone = 390×844 touch viewport${options.phoneCpu > 1 ? `, CPU slowed ${options.phoneCpu}× (CDP)` : ''}. Target p95: ${LATENCY_TARGET_MS} ms, builder ${BUILDER_TARGET_MS} ms.`,
  );
  console.log(
    '   total = input event → last DOM mutation within two frames; before frame = → last mutation before the next',
  );
  console.log(
    '   animation frame; work = total minus the idle wait for that frame. records: mutation records in all / after the frame.',
  );
  console.log('   Each edit starts 0–12 ms after a frame was painted.');
  console.log(
    latencyRows.length
      ? table(
          [
            'page',
            'viewport',
            'n',
            'total med',
            'total p95',
            'max',
            'bf. frame med',
            'bf. frame p95',
            'work med',
            'work p95',
            'records',
            `p95≤${LATENCY_TARGET_MS}ms`,
          ],
          latencyRows,
        )
      : '(nothing measured)',
  );
  console.log(
    `\n2. Training animation on ${TRAINING_PATH}${options.query} (desktop) and the 6×8 builder on the circle with its data panel open`,
  );
  console.log(
    `   and its maps on screen (desktop, and a 390-px phone with its CPU slowed ${THROTTLE}×), ${options.seconds} s per speed after Play.`,
  );
  console.log(
    `   frame = delta of requestAnimationFrame timestamps; >16.7ms and >33ms allow ${JITTER_MS} ms of timestamp jitter.`,
  );
  console.log('   steps per frame = steps the counter advanced / frames drawn (the select asks for 1, 10 or 100).');
  console.log(
    training.length
      ? table(
          [
            'page',
            'steps/frame',
            'frames',
            'mean fps',
            '>16.7ms',
            '>33ms',
            'longest ms',
            'p95 ms',
            'ms 1st⅓→last⅓',
            'steps',
            'steps/s',
            'steps per frame',
            'ended',
          ],
          training.map((t: any) => [
            t.page.replace(/\?\S*/, ''),
            t.speed,
            t.frames,
            t.fps?.toFixed(1) ?? '–',
            `${((t.over16 ?? 0) * 100).toFixed(1)}%`,
            `${((t.over33 ?? 0) * 100).toFixed(1)}%`,
            ms(t.longest ?? NaN, 1),
            ms(t.p95 ?? NaN, 1),
            `${ms(t.firstThirdMs ?? NaN, 1)}→${ms(t.lastThirdMs ?? NaN, 1)}`,
            `${t.stepsStart}→${t.stepsEnd}`,
            ms(t.stepsPerSecond ?? NaN, 0),
            ms(t.stepsPerFrame ?? NaN, 2),
            t.stoppedEarly ? 'stopped by itself' : '',
          ]),
        )
      : '(nothing measured)',
  );
  console.log(
    `\n3. Keydown → next paint (Event Timing 'event' entries, durationThreshold ${EVENT_THRESHOLD_MS} ms: what INP measures) on ${THROTTLED_PHONE.name}:`,
  );
  console.log(
    `   ${options.keyPresses} ArrowUp presses ${options.keyGapMs} ms apart on the first editable number field of every chapter. Target p95: ${KEY_TARGET_MS} ms.`,
  );
  console.log(
    keyRows.length
      ? table(
          ['page', 'field', 'presses', 'reported ≥16', 'median ms', 'p95 ms', 'max ms', `p95≤${KEY_TARGET_MS}ms`],
          keyRows,
        )
      : '(nothing measured)',
  );
  if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  console.log(
    `\n${JSON.stringify({ benchmark: 'bench-page', machine, latencyTargetMs: LATENCY_TARGET_MS, latency, keyPaint: { throttle: THROTTLE, targetMs: KEY_TARGET_MS, results: keys }, training, notes })}`,
  );
  return loadFailed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
