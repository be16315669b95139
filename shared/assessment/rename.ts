import { UserError } from '../errors';
import type { Actor } from './mutations';
import { checkYearAndName } from './next-year';
import type { Assessment } from './schema';

/** The assessment under a new name, recorded in its audit trail; refused when finalized or the name is empty or too long. */
export function renameAssessment(doc: Assessment, name: string, by: Actor): Assessment {
  if (doc.status === 'finalized') throw new UserError('error.finalized');
  const { name: next } = checkYearAndName(doc.year, name);
  if (next === doc.name) return doc;
  return {
    ...doc,
    name: next,
    updatedAt: by.at,
    audit: [
      ...doc.audit,
      { at: by.at, actor: by.actor, action: 'assessment.rename', target: {}, before: doc.name, after: next, reason: '' },
    ],
  };
}
