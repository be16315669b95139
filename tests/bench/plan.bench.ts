import { readFileSync } from 'node:fs';
import { parsePlan } from '../../shared/plan/parse-plan';
import { SEED_PLAN } from '../helpers/paths';
import { syntheticPlan } from '../helpers/synthetic-plan';
import { medianMs, type Figure } from './measure';

/** Issue 2: parsing the seed and a 500-item plan, in process. */
export async function planFigures(): Promise<Figure[]> {
  const seed = readFileSync(SEED_PLAN, 'utf8');
  const big = syntheticPlan(500);
  return [
    { name: 'parse seed plan (depth 2)', median: await medianMs(() => parsePlan(seed, 'text'), 50), unit: 'ms', aim: '< 10 ms', runs: 50 },
    { name: 'parse seed plan (depth 3)', median: await medianMs(() => parsePlan(seed, 'text', { depth: 3 }), 50), unit: 'ms', aim: '< 10 ms', runs: 50 },
    { name: 'parse 500-item synthetic plan', median: await medianMs(() => parsePlan(big, 'text', { depth: 3 }), 20), unit: 'ms', aim: '< 100 ms', runs: 20 },
  ];
}
