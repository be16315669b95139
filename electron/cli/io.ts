import type { Translate } from '../../shared/i18n/messages';

/** What a command may touch: its output streams and the translator for the user's language. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  t: Translate;
}

/** A command takes its arguments (after the command name) and returns the exit status. */
export type Command = (args: string[], io: CliIO) => Promise<number>;

/** Exit status for bad input (missing file, malformed document, bad option). */
export const EXIT_BAD_INPUT = 2;
