import { fileURLToPath } from 'node:url';

/** The plan the app opens with: the first plan document, kept in seeds/ as received. */
export const SEED_PLAN_FILE = 'guangxi-2020-emergency-management-work-points.txt';

/** Where the seed plan is when running from the source tree (the packaged app passes its own). */
export function defaultSeedPlanPath(): string {
  return fileURLToPath(new URL(`../../seeds/${SEED_PLAN_FILE}`, import.meta.url));
}
