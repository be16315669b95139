// Builds the main process (an ES module: electron-store 11 is ESM-only) and the sandboxed
// preload (one CommonJS file: a sandboxed preload can require nothing but 'electron').
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'electron');

await build({
  // chart-worker.js beside main.js: the report's charts are drawn in it (chart-painter.ts).
  entryPoints: {
    main: join(root, 'electron', 'main.ts'),
    'chart-worker': join(root, 'electron', 'services', 'charts', 'chart-worker.ts'),
  },
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // Dependencies stay in node_modules (electron-builder ships them); our own code is bundled.
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

await build({
  entryPoints: [join(root, 'electron', 'preload.ts')],
  outfile: join(out, 'preload.cjs'),
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'chrome140',
  external: ['electron'],
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});

console.log(`built ${out}`);
