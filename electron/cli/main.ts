import { createTranslator, pickLanguage } from '../../shared/i18n/messages';
import { isUserError } from '../../shared/errors';
import { setSchemaLanguage } from '../../shared/i18n/schema-language';
import { writerTolerantOfClosedPipe } from './closed-pipe';
import { EXIT_BAD_INPUT, type CliIO, type Command } from './io';
import { userErrorLine } from './format-error';

// Each command is loaded when it runs: a report need not load the .docx reader, nor a plan
// the Excel writer, and every invocation starts faster.
const COMMANDS: Record<string, () => Promise<Command>> = {
  plan: async () => (await import('./commands/plan')).planCommand,
  demo: async () => (await import('./commands/demo')).demoCommand,
  results: async () => (await import('./commands/results')).resultsCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  sheet: async () => (await import('./commands/sheet')).sheetCommand,
  package: async () => (await import('./commands/package')).packageCommand,
  conflicts: async () => (await import('./commands/conflicts')).conflictsCommand,
  'new-year': async () => (await import('./commands/new-year')).newYearCommand,
  weights: async () => (await import('./commands/weights')).weightsCommand,
  'unit-sheets': async () => (await import('./commands/papers')).unitSheetsCommand,
  feedback: async () => (await import('./commands/papers')).feedbackCommand,
  notice: async () => (await import('./commands/papers')).noticeCommand,
};

/** Node's own argument errors (unknown option, missing value) are the user's mistakes too. */
function isArgumentError(e: unknown): e is Error {
  return (
    e instanceof Error &&
    typeof (e as NodeJS.ErrnoException).code === 'string' &&
    (e as NodeJS.ErrnoException).code!.startsWith('ERR_PARSE_ARGS')
  );
}

/** Node's argument errors are in English; say them in the user's language, naming the option. */
function argumentErrorMessage(e: Error, io: CliIO): string {
  const option = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1] ?? '';
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return io.t('cli.unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return io.t('cli.unexpectedArgument', { detail: e.message });
  return io.t('cli.badOptionValue', { option });
}

/**
 * Runs one CLI command. Bad input ends with status 2 and one line per problem on stderr in the
 * user's language; an unexpected failure with status 1 and no stack trace unless KAOPING_DEBUG.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(io.t('cli.usage'));
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`${io.t('cli.unknownCommand', { command: name, commands: Object.keys(COMMANDS).join(', ') })}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await (
      await command()
    )(args, io);
  } catch (e) {
    if (isUserError(e)) {
      io.err(`${userErrorLine(e, io.t)}\n`);
      return EXIT_BAD_INPUT;
    }
    if (isArgumentError(e)) {
      io.err(`${argumentErrorMessage(e, io)}\n`);
      return EXIT_BAD_INPUT;
    }
    io.err(`${io.t('cli.internalError', { message: e instanceof Error ? e.message : String(e) })}\n`);
    if (process.env.KAOPING_DEBUG) io.err(`${e instanceof Error ? e.stack : ''}\n`);
    return 1;
  }
}

const language = pickLanguage(process.env.KAOPING_LANG ?? process.env.LANG);
// Schema details in refusals (zod's own texts) speak the same language as the rest.
setSchemaLanguage(language);
const io: CliIO = {
  out: writerTolerantOfClosedPipe(process.stdout),
  err: writerTolerantOfClosedPipe(process.stderr),
  t: createTranslator(language),
};

process.exitCode = await runCli(process.argv.slice(2), io);
