import { spawn } from 'node:child_process';
import type { CliResult } from '../helpers/cli';
import { cliProcess, testCliDirAsync } from '../helpers/cli-bundle';
import { ROOT } from '../helpers/paths';

/**
 * The real CLI as a separate process, without blocking this one (tests/helpers/cli.ts waits
 * synchronously, which would freeze a lock this process holds and must keep fresh).
 */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return testCliDirAsync().then(
    (dir) =>
      new Promise((resolve, reject) => {
        const cli = cliProcess(args, env, dir);
        const child = spawn(cli.command, cli.args, { cwd: ROOT, env: cli.env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      }),
  );
}
