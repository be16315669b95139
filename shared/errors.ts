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

/**
 * A document that failed to parse or validate: every problem, each with its place in the file.
 * `key` says what it stopped: reading it (the default) or saving it ('error.saveRefused').
 */
export class DocumentError extends UserError {
  constructor(
    readonly file: string,
    readonly problems: { place: string; key: MessageKey; params: MessageParams }[],
    key: MessageKey = 'error.documentInvalid',
  ) {
    super(key, { file, count: problems.length });
    this.name = 'DocumentError';
  }
}
