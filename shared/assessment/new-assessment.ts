import { DEFAULT_SETTINGS } from './defaults';
import type { Assessment, Evaluator, Scheme, Team, Unit } from './schema';

/**
 * A fresh assessment for a year: the given scheme, units and people, default settings, no
 * scores yet, status draft. `at` is the creation time (ISO), also its id's suffix.
 */
export function newAssessment(input: {
  year: number;
  name: string;
  scheme: Scheme;
  units: Unit[];
  evaluators?: Evaluator[];
  teams?: Team[];
  at: string;
}): Assessment {
  return {
    id: `a${input.year}-${input.at.replace(/\D/g, '').slice(0, 14)}`,
    name: input.name,
    year: input.year,
    status: 'draft',
    createdAt: input.at,
    updatedAt: input.at,
    scheme: input.scheme,
    units: input.units,
    evaluators: input.evaluators ?? [],
    teams: input.teams ?? [],
    settings: { ...DEFAULT_SETTINGS },
    entries: [],
    audit: [],
  };
}
