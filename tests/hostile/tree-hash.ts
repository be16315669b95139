import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file under a folder with the SHA-256 of its bytes, by relative path: a hostile input
 * must leave this map exactly as it was (nothing written, nothing changed, nothing added).
 * Files over 16 MB (sparse fixtures) are compared by size and mtime.
 */
export function treeHashes(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info) continue;
      if (info.isDirectory()) walk(path);
      // A giant made to be refused is named by size and time: reading it is not the point.
      else if (info.isFile() && info.size > 16 * 1024 * 1024) out[relative(root, path)] = `size ${info.size}, mtime ${info.mtimeMs}`;
      else if (info.isFile()) out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return out;
}
