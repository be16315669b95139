import { DocumentError, isUserError } from '../errors';
import type { ErrorInfo } from './views';

/** A failure the main process answered with an error envelope, rethrown on the calling side with what the UI needs to say it. */
export class ApiError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.key);
    this.name = 'ApiError';
  }
}

/**
 * Any thrown value as the UI can show it: a message key and its parameters, the file and every
 * problem for an invalid document. Unexpected errors keep their message, never their stack.
 * The main process answers with it and the renderer shows its own failures with it, so both
 * sides say the same error the same way.
 */
export function errorInfo(e: unknown): ErrorInfo {
  if (e instanceof ApiError) return e.info;
  if (e instanceof DocumentError) return { key: e.key, params: e.params, file: e.file, problems: e.problems };
  if (isUserError(e)) return { key: e.key, params: e.params };
  return { key: 'ipc.internal', params: { message: e instanceof Error ? e.message : String(e) } };
}
