import { LIMITS } from '../limits';
import { readBoundedFile } from './read-bounded';

/**
 * Reads one of our JSON files as UTF-8 text: a missing, unreadable, special (FIFO, device) or
 * oversized file is the user's to fix (UserError naming it).
 */
export async function readTextFile(path: string, limit: number = LIMITS.jsonBytes): Promise<string> {
  return (await readBoundedFile(path, limit)).toString('utf8');
}
