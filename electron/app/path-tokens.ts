import { randomBytes } from 'node:crypto';

/**
 * Paths the main process handed out (chosen in its dialogs or dropped on the window), known
 * to the renderer only by an opaque token: a renderer cannot make up a path, only name one
 * it was given.
 */
export class PathTokens {
  private readonly byToken = new Map<string, string>();

  issue(path: string): string {
    for (const [token, p] of this.byToken) if (p === path) return token;
    const token = randomBytes(12).toString('base64url');
    this.byToken.set(token, path);
    return token;
  }

  /** The path of a token, or undefined when this process never issued it. */
  resolve(token: string): string | undefined {
    return this.byToken.get(token);
  }
}
