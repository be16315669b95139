// `npm start`: builds only the parts whose sources changed since their last build, so starting
// the app again costs nothing but Electron's own start. Each part's sources are whole folders
// (the renderer's imports reach into shared/, main's into shared/ and electron/): a part is
// rebuilt when a file there is newer than its last build, or when files appeared or went.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Part {
  name: string;
  /** Folders and files whose contents go into the part. */
  sources: string[];
  /** A file the build writes: without it the part is built whatever the stamp says. */
  output: string;
  script: string;
}

const PARTS: Part[] = [
  {
    name: 'renderer',
    sources: ['renderer', 'shared', 'electron/build/renderer.vite.config.ts', 'electron/security', 'package.json'],
    output: 'dist/renderer/index.html',
    script: 'build:renderer',
  },
  { name: 'main', sources: ['electron', 'shared', 'package.json'], output: 'dist/electron/main.js', script: 'build:main' },
];

/** Number of files and the newest modification time under `paths`. */
export function sourceState(paths: string[]): { files: number; newest: number } {
  let files = 0;
  let newest = 0;
  const visit = (path: string) => {
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
      return;
    }
    files++;
    newest = Math.max(newest, info.mtimeMs);
  };
  for (const p of paths) if (existsSync(join(root, p))) visit(join(root, p));
  return { files, newest };
}

const stampPath = join(root, 'dist', 'build-stamp.json');
const stamps: Record<string, { files: number; newest: number }> = existsSync(stampPath) ? JSON.parse(readFileSync(stampPath, 'utf8')) : {};

for (const part of PARTS) {
  const now = sourceState(part.sources);
  const last = stamps[part.name];
  if (last && last.files === now.files && last.newest === now.newest && existsSync(join(root, part.output))) {
    console.log(`${part.name}: up to date`);
    continue;
  }
  const run = spawnSync('npm', ['run', '--silent', part.script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  stamps[part.name] = now;
  writeFileSync(stampPath, JSON.stringify(stamps, null, 1));
}
