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

/** Bundles electron/cli/main.ts into `outDir` (esbuild, ESM, split per command) and writes the stamp. */
export async function buildCli(outDir = DEFAULT_OUT) {
  const { build } = await import('esbuild');
  // Chunk names carry hashes: without this, every rebuild would leave the old ones behind.
  if (existsSync(outDir)) for (const name of readdirSync(outDir)) if (name.endsWith('.js')) rmSync(join(outDir, name));
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: join(ROOT, 'electron', 'cli', 'main.ts') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies stay in node_modules and load only when a command needs them.
    packages: 'external',
    // Chunks beside main.js, not in a subfolder: code finds files relative to itself two
    // folders up (electron/services/seed.ts finds seeds/ so), as it does from the sources.
    chunkNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const path = resolve(ROOT, file);
    inputs[relative(ROOT, path)] = statSync(path).mtimeMs;
  }
  writeFileSync(join(outDir, STAMP), JSON.stringify({ inputs }, null, 1));
  return outDir;
}

// `node bin/cli-bundle.mjs [folder]` (npm run build:cli): build it now (the tests name a folder of their own).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`built ${await buildCli(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT)}`);
}
