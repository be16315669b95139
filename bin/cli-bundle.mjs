// The CLI as a prebuilt, code-split bundle (plain JS, so the `kaoping` command runs it without
// tsx): dist/cli/main.js starts with only what every command needs, and each command's code is
// its own chunk, loaded when that command runs. A stamp lists every source file that went in
// with its modification time; the bundle is stale when any of them changed or disappeared.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the bundle goes. Two folders below the root, as electron/services/seed.ts expects of its code. */
export const DEFAULT_OUT = join(ROOT, 'dist', 'cli');
const STAMP = 'inputs.json';

/** True when the bundle in `outDir` is missing or any source it was built from changed. */
export function isStale(outDir = DEFAULT_OUT) {
  const stampPath = join(outDir, STAMP);
  if (!existsSync(join(outDir, 'main.js')) || !existsSync(stampPath)) return true;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
  } catch {
    return true;
  }
  // Run on every start: plain concatenation (the stamp's paths are relative and normalized
  // already) and no exceptions, since path.join and a throw per file showed in `help`'s time.
  const root = ROOT + sep;
  for (const [file, mtimeMs] of Object.entries(stamp.inputs ?? {})) {
    if (statSync(root + file, { throwIfNoEntry: false })?.mtimeMs !== mtimeMs) return true;
  }
  return Object.keys(stamp.inputs ?? {}).length === 0;
}

const BUNDLED = new Set(['exceljs', 'zod']);
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const EXTERNAL = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

/**
 * electron/services/xlsx loads exceljs part by part through createRequire (see exceljs-parts.ts),
 * which a bundler cannot follow. For the bundle those files use the plain `require` esbuild
 * understands, so the parts are bundled and still run only when first asked for.
 */
const requireExceljsParts = {
  name: 'require-exceljs-parts',
  setup(build) {
    build.onLoad({ filter: /electron[\\/]services[\\/]xlsx[\\/](exceljs-parts|stream-drawings)\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const line = 'const require = createRequire(import.meta.url);';
      if (!source.includes(line)) throw new Error(`${args.path}: expected "${line}"`);
      return { contents: source.replace(line, ''), loader: 'ts' };
    });
  },
};

/**
 * archiver-utils (under exceljs's writer) still calls the deprecated `new Buffer(…)`. Node warns
 * about that only for code outside node_modules, which bundled code is: its calls become the
 * Buffer.alloc / Buffer.from they stand for, and the build fails if any other such call appears.
 */
const modernBuffers = {
  name: 'modern-buffers',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]archiver-utils[\\/]index\.js$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8');
      for (const [from, to] of [
        ['new Buffer(size)', 'Buffer.alloc(size)'],
        ['new Buffer(0)', 'Buffer.alloc(0)'],
        ['new Buffer(source)', 'Buffer.from(source)'],
      ]) {
        source = source.replace(from, to);
      }
      if (source.includes('new Buffer(')) throw new Error(`${args.path}: another "new Buffer(" to replace`);
      return { contents: source, loader: 'js' };
    });
  },
};

/** Bundles electron/cli/main.ts into `outDir` (esbuild, ESM, split per command) and writes the stamp. */
export async function buildCli(outDir = DEFAULT_OUT) {
  const { build } = await import('esbuild');
  // Chunk names carry hashes: without this, every rebuild would leave the old ones behind.
  if (existsSync(outDir)) for (const name of readdirSync(outDir)) if (name.endsWith('.js')) rmSync(join(outDir, name));
  const result = await build({
    absWorkingDir: ROOT,
    // The chart worker is an entry of its own: electron/services/charts/chart-painter.ts looks
    // for chart-worker.js beside its chunk and, finding it, draws the report's charts in it.
    entryPoints: {
      main: join(ROOT, 'electron', 'cli', 'main.ts'),
      'chart-worker': join(ROOT, 'electron', 'services', 'charts', 'chart-worker.ts'),
    },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Most dependencies stay in node_modules and load only when a command needs them. Those
    // built of hundreds of small CommonJS files (exceljs with archiver and the rest, zod) cost
    // more to find and open file by file than to run: they go into the chunks of the commands
    // that use them, still evaluated only when first required.
    external: EXTERNAL,
    plugins: [requireExceljsParts, modernBuffers],
    // Bundled CommonJS requires node's own modules ('crypto', 'stream'…): give every chunk a require.
    banner: {
      js: "import { createRequire as kaopingCreateRequire } from 'node:module';\nconst require = kaopingCreateRequire(import.meta.url);",
    },
    // Chunks beside main.js, not in a subfolder: code finds files relative to itself two
    // folders up (electron/services/seed.ts finds seeds/ so), as it does from the sources.
    chunkNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  // The project's own sources, and for the bundled packages the lock file (they change only
  // with an install): statting every file of exceljs at each start would cost what bundling saved.
  const inputs = { 'package-lock.json': statSync(join(ROOT, 'package-lock.json')).mtimeMs };
  for (const file of Object.keys(result.metafile.inputs)) {
    const path = resolve(ROOT, file);
    if (!path.includes(`${sep}node_modules${sep}`)) inputs[relative(ROOT, path)] = statSync(path).mtimeMs;
  }
  writeFileSync(join(outDir, STAMP), JSON.stringify({ inputs }, null, 1));
  return outDir;
}

// `node bin/cli-bundle.mjs [folder]` (npm run build:cli): build it now (the tests name a folder of their own).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`built ${await buildCli(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT)}`);
}
