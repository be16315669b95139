import { realpath, stat } from 'node:fs/promises';
import { isInside } from '../services/workspace/inside';
import { appAssetPath } from './navigation';

/**
 * The file an app:// URL may be answered with, or null (404): inside the renderer's build by
 * name (appAssetPath) and still inside it once symbolic links are followed, and a regular file.
 * A link in the build pointing elsewhere (/etc/passwd, the user's documents) is not served.
 */
export async function appAssetFile(root: string, url: string): Promise<string | null> {
  const path = appAssetPath(root, url);
  if (!path) return null;
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(path)]);
    if (!isInside(realRoot, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}
