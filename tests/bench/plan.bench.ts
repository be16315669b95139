import { readFileSync } from 'node:fs';
import { parsePlan } from '../../shared/plan/parse-plan';
import { SEED_PLAN } from '../helpers/paths';
import { syntheticPlan } from '../helpers/synthetic-plan';
import { timed, type Figure } from './measure';

/** Issue 2 and 15: parsing the seed (Traditional script, pasted twice) and a 500-item plan, in process. */
export async function planFigures(): Promise<Figure[]> {
  const seed = readFileSync(SEED_PLAN, 'utf8');
  const big = syntheticPlan(500);
  return [
    await timed('parse seed plan (depth 2)', () => parsePlan(seed, 'text'), { runs: 50, aim: { below: 2 } }),
    await timed('parse seed plan (depth 3)', () => parsePlan(seed, 'text', { depth: 3 }), { runs: 50, aim: { below: 10 } }),
    await timed('parse 500-item synthetic plan', () => parsePlan(big, 'text', { depth: 3 }), { runs: 20, aim: { below: 100 } }),
  ];
}
