import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Assessment } from '../../../shared/assessment/schema';
import { UserError, isUserError } from '../../../shared/errors';
import { safeFileName } from '../../../shared/text/file-name';
import { ASSESSMENT_SUFFIX, loadAssessmentFile, type Stamp } from './assessment-file';

export interface WorkspaceFile {
  path: string;
  doc: Assessment;
  stamp: Stamp;
}

export interface BrokenFile {
  path: string;
  error: UserError;
}

/** A workspace: a folder the user can see, one assessment file per year. */
export interface WorkspaceScan {
  dir: string;
  assessments: WorkspaceFile[];
  /** Files that failed to parse or validate: listed for the user, never touched. */
  broken: BrokenFile[];
}

/** A file name a person can read: "2020年度全区应急管理工作考核.assessment.json". */
export function assessmentFileName(doc: Pick<Assessment, 'name' | 'year'>): string {
  return `${safeFileName(doc.name, `${doc.year}年度考核`)}${ASSESSMENT_SUFFIX}`;
}

/** Reads every assessment in a folder, oldest year first; broken files are reported, not thrown. */
export async function scanWorkspace(dir: string): Promise<WorkspaceScan> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'error.fileMissing' : 'error.fileUnreadable', { file: dir, reason: code ?? '' });
  }
  const assessments: WorkspaceFile[] = [];
  const broken: BrokenFile[] = [];
  for (const name of names.filter((n) => n.endsWith(ASSESSMENT_SUFFIX) && !n.startsWith('.')).sort()) {
    const path = join(dir, name);
    try {
      assessments.push({ path, ...(await loadAssessmentFile(path)) });
    } catch (e) {
      if (!isUserError(e)) throw e;
      broken.push({ path, error: e });
    }
  }
  assessments.sort((a, b) => a.doc.year - b.doc.year || a.path.localeCompare(b.path));
  return { dir, assessments, broken };
}

/**
 * An assessment and the other years beside it in its folder (for year on year), or from an
 * explicit history list. The file itself must load; its neighbours may be broken (reported).
 */
export async function loadWithHistory(
  path: string,
  historyPaths?: string[],
): Promise<{ current: WorkspaceFile; others: WorkspaceFile[]; broken: BrokenFile[] }> {
  const current = { path, ...(await loadAssessmentFile(path)) };
  if (historyPaths) {
    const others = await Promise.all(historyPaths.map(async (p) => ({ path: p, ...(await loadAssessmentFile(p)) })));
    return { current, others, broken: [] };
  }
  const scan = await scanWorkspace(dirname(path));
  return { current, others: scan.assessments.filter((a) => basename(a.path) !== basename(path)), broken: scan.broken };
}
