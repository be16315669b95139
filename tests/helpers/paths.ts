import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The repository root, wherever the tests run from. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEED_PLAN = join(ROOT, 'seeds', 'guangxi-2020-emergency-management-work-points.txt');
export const PLAN_FIXTURES = join(ROOT, 'tests', 'fixtures', 'plans');
export const GOLDEN = join(ROOT, 'tests', 'fixtures', 'golden');
