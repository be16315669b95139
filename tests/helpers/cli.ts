import { spawnSync } from 'node:child_process';
import { cliProcess } from './cli-bundle';
import { ROOT } from './paths';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as a separate process, the way `npx kaoping` does (on a bundle built in this run, see cli-bundle.ts). */
export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const cli = cliProcess(args, env);
  const result = spawnSync(cli.command, cli.args, { cwd: ROOT, encoding: 'utf8', env: cli.env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
