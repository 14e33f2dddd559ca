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

// The helper above ignores its list of dependencies, so the list (the file names of every chunk's imports, in each
// chunk that imports one dynamically) is dropped from the written files. Vite adds it after every plugin's
// generateBundle, so this rewrites the files once written.
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
      if (!code.includes('__vite__mapDeps')) continue;
      const plain = code
        .replace(
          /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/,
          '',
        )
        .replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, '[]');
      if (plain.includes('__vite__mapDeps')) throw new Error(`no-dependency-lists: a list was left in ${fileName}`);
      writeFileSync(file, plain);
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
  integrations: [mdx(), preact()],
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
              // pages with long runs load it.
              codeSplitting: {
                // Vite's preload helper, which every page's script uses, is claimed first so that it stays small and apart.
                groups: [
                  { name: 'preload-helper', test: /preload-helper/, priority: 2 },
                  // Training (runs, the fast path, the shuffled order, the training panel) in one chunk, loaded by pages that train. Claimed
                  // after the page's chunk: a group takes the modules its own import too, unless another group has them.
                  {
                    name: 'training',
                    test: /src[\\/](lib[\\/](runs|long-runs)\.ts|engine[\\/](train|kernels|flat|order)\.ts|widgets[\\/](TrainingPanel|parts[\\/]ErrorPlot)\.tsx)/,
                    priority: 0,
                  },
                  {
                    name: 'page',
                    test: /node_modules[\\/]preact[\\/](dist|hooks)|src[\\/](lib[\\/](format|notation|quantities|views|url-state|live-protocol)\.ts|browser[\\/](page|live-dom)|page[\\/](store|signal|registry|links)|widgets[\\/](island|setup[\\/]SetupPanel|parts[\\/](Num|NumberField))|engine[\\/](network|activations|losses|batch|random))/,
                    priority: 1,
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
