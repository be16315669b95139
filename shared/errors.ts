import type { MessageKey } from './i18n/messages';

export type MessageParams = Record<string, string | number>;

/**
 * An error the user caused and can fix (a missing file, a malformed document…). It carries a
 * message key and parameters, so every layer can say it in the user's language; it never
 * reaches the user as a stack trace.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
