// @ts-check
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkLiveNumbers } from './src/lib/remark-live-numbers.ts';
import { rehypeLiveMathml } from './src/lib/rehype-live-mathml.ts';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.ts';
import { katexOptions } from './src/lib/katex-options.ts';
import { katexFontPreloads } from './src/lib/katex-font-preloads.ts';

// Vite wraps every import() in a preload helper (0.9 KB gzip) that preloads the chunk's CSS and imports. Our
// dynamically loaded chunks import no CSS and load their imports themselves, so the helper just calls the import.
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const plainDynamicImports = {
  name: 'plain-dynamic-imports',
  enforce: 'pre',
  apply: 'build',
  resolveId: (/** @type {string} */ id) => (id === PRELOAD_HELPER ? id : undefined),
  load: (/** @type {string} */ id) =>
    id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined,
};

/**
 * `code` with every call `helper(() => load, deps)` of the preload helper (imported as `helper`) replaced by `(load)`:
 * the helper above only calls its function. Only calls whose function imports (or resolves a module) are unwrapped.
 * @param {string} code
 * @param {string} helper
 */
function unwrapPreloads(code, helper) {
  const call = new RegExp(
    `(?<![\\w$.])${helper.replace('$', '\\$')}\\(\\(\\)=>(?=import\\(|Promise\\.resolve\\(\\))`,
    'g',
  );
  let out = '';
  let from = 0;
  for (let match = call.exec(code); match; match = call.exec(code)) {
    // The body runs to the top-level comma before the call's closing parenthesis (no string in it holds a bracket).
    const start = match.index + match[0].length;
    let depth = 0;
    let k = start;
    for (; k < code.length; k++) {
      const c = code[k];
      if (c === '`' || c === '"' || c === "'") {
        k = code.indexOf(c, k + 1);
        if (k < 0) throw new Error('no-dependency-lists: an unclosed string in a preload call');
      } else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
      else if (c === ',' && depth === 0) break;
    }
    let end = k;
    for (depth = 0; end < code.length; end++) {
      const c = code[end];
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c) && depth-- === 0) break;
    }
    out += `${code.slice(from, match.index)}(${code.slice(start, k)})`;
    from = end + 1;
    call.lastIndex = from;
  }
  const rest = out + code.slice(from);
  call.lastIndex = 0;
  if (call.test(rest)) throw new Error('no-dependency-lists: a preload call was left');
  return rest;
}

// The helper above ignores its list of dependencies, so the list (the file names of every chunk's imports, in each
// chunk that imports one dynamically) is dropped from the written files, and so is the call itself: a chunk's
// import() stands alone, and no page fetches the helper's file. Vite adds both after every plugin's generateBundle, so this rewrites the files once written.
const noDependencyLists = {
  name: 'no-dependency-lists',
  apply: 'build',
  writeBundle(
    /** @type {{ dir?: string }} */ options,
    /** @type {Record<string, { type: string, code?: string }>} */ bundle,
  ) {
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk' || !options.dir) continue;
      const file = join(options.dir, fileName);
      const code = readFileSync(file, 'utf8');
      const helper = /import\{t(?: as ([\w$]+))?\}from"\.\/preload-helper\.[\w-]+\.js";/.exec(code);
      if (!code.includes('__vite__mapDeps') && !helper) continue;
      const plain = code
        .replace(
          /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/,
          '',
        )
        .replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, '[]');
      if (plain.includes('__vite__mapDeps')) throw new Error(`no-dependency-lists: a list was left in ${fileName}`);
      // The helper's import becomes a definition of its own, so that no page fetches its file (any call left still works).
      const name = helper?.[1] ?? 't';
      const own = helper ? unwrapPreloads(plain.replace(helper[0], `const ${name}=f=>f();`), name) : plain;
      writeFileSync(file, own);
    }
  },
};

// BASE lets the same build live under a sub-path of a static host: BASE=/backprop/ npm run build
const base = process.env.BASE ?? '/';

export default defineConfig({
  site: process.env.SITE ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), preact(), katexFontPreloads()],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkLiveNumbers],
      // rehypeHeadingAnchors must come last: it gives headings their ids and a link to themselves.
      rehypePlugins: [[rehypeKatex, katexOptions], rehypeLiveMathml, rehypeHeadingAnchors],
    }),
  },
  security: {
    csp: {
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    plugins: [plainDynamicImports, noDependencyLists],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // What every chapter with an example runs (Preact, the engine's core, the page model, the page script, the
              // setup panel every such chapter shows) in one chunk: one file compresses better than ten (the setup panel
              // apart cost Part I's pages 0.6 KB gzip more). The fast training path (engine/train.ts) stays out: only
              // pages with long runs load it; so does the writer of a state's query (url-state.ts, page/links.ts), which
              // a page loads with its first change: the server's HTML and links are right for the defaults.
              codeSplitting: {
                // Vite's preload helper, which every page's script uses, is claimed first so that it stays small and apart.
                groups: [
                  { name: 'preload-helper', test: /preload-helper/, priority: 3 },
                  // Training (runs, the fast path, the shuffled order, the training panel) in one chunk, loaded by pages that train. Claimed
                  // after the page's chunk: a group takes the modules its own import too, unless another group has them.
                  {
                    name: 'training',
                    test: /src[\\/](lib[\\/](runs|long-runs)\.ts|engine[\\/](train|kernels|flat|order)\.ts|widgets[\\/](TrainingPanel|parts[\\/]ErrorPlot)\.tsx)/,
                    priority: 0,
                  },
                  // The decision map and the online/batch charts: every page that shows one shows both (Part III's and Part
                  // IV's training chapters), and one file compresses better than two. The input plane they draw on stays
                  // apart (Part III's first chapter loads it for its input square), claimed before them.
                  { name: 'InputPlane', test: /src[\\/]widgets[\\/]parts[\\/]InputPlane\.tsx/, priority: 0 },
                  { name: 'charts', test: /src[\\/]widgets[\\/](DecisionMap|OnlineVsBatch)\.tsx/, priority: 0 },
                  // The writer of a state's query and the page's words about its setup, loaded together with the first change.
                  {
                    name: 'setup-words',
                    test: /src[\\/](browser[\\/]setup-words|lib[\\/](url-state|url-assignment)|page[\\/]links)\.ts/,
                    priority: 0,
                  },
                  { name: 'url-values', test: /src[\\/]lib[\\/]url-values\.ts/, priority: 1 },
                  {
                    name: 'page',
                    test: /node_modules[\\/]preact[\\/](dist|hooks)|src[\\/](lib[\\/](format|notation|quantities|views|live-protocol)\.ts|browser[\\/](page|live-dom)|page[\\/](store|signal|registry)|widgets[\\/](island|setup[\\/]SetupPanel|parts[\\/](Num|NumberField))|engine[\\/](network|activations|losses|batch|random))/,
                    priority: 2,
                  },
                ],
              },
            },
          },
        },
      },
    },
    build: {
      // Fonts and images stay files; the stylesheet named in build.inlineStylesheets' comment is inlined, and the home
      // page's own (src/styles/home.css, which Astro hashes into the page's CSP like the layout's).
      assetsInlineLimit: (file) =>
        file.endsWith('.css') ? /(^|\/)(BaseLayout|index)\.[\w-]+\.css$/.test(file) : false,
    },
  },
  // The layout's CSS (KaTeX's and global.css, ~9 KB gzip) goes into each page, so first paint waits for no request.
  // Only that sheet: Astro's CSP leaves stylesheets that chapters pull in (the widgets' CSS) unhashed when inlined.
  build: { inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
