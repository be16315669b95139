import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { UserError } from '../../../shared/errors';
import { writeDemoWorkspace } from '../../services/demo-workspace';
import { defaultSeedPlanPath } from '../../services/seed';
import type { Command } from '../io';

/** `demo --out <dir>`: writes the deterministic demo workspace (2018–2020, 14 cities). */
export const demoCommand: Command = async (args, io) => {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  if (!values.out) throw new UserError('cli.missingArgument', { name: '--out <dir>' });
  const written = await writeDemoWorkspace(resolve(values.out), defaultSeedPlanPath());
  for (const { path } of written) io.out(`${io.t('demo.written', { path })}\n`);
  return 0;
};
