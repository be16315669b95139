import { z } from 'zod';
import { AuditRecord, Evaluator, Scheme, ScoreEntry, Settings, Unit } from '../assessment/schema';

/**
 * Offline evaluator packages (see README, "Offline scoring packages"). Every file here is one
 * UTF-8 JSON document a person can open in a text editor:
 * - the task package (.kpt): what the office hands an evaluator (or a team) on a USB stick;
 * - the result package (.kpr): what comes back, signed with the task's secret;
 * - the package ledger (<assessment>.packages.json): the office's record of what it issued
 *   (with the secrets) and what it accepted;
 * - the working file (working.json in the evaluator's scoring folder): the autosaved entries.
 * Bump PACKAGE_SCHEMA_VERSION for any change on disk; a newer version is refused by name.
 */
export const PACKAGE_SCHEMA_VERSION = 1;
export const TASK_FORMAT = 'kaoping-task';
export const RESULT_FORMAT = 'kaoping-result';
export const LEDGER_FORMAT = 'kaoping-package-ledger';
export const WORKING_FORMAT = 'kaoping-scoring';
export const TASK_EXTENSION = '.kpt';
export const RESULT_EXTENSION = '.kpr';
export const SIGNATURE_ALGORITHM = 'HMAC-SHA256';

/**
 * Ids in packages come from files anyone can edit (and sign, holding the task's secret): a safe
 * alphabet (letters, digits, _ . : @ + -, not starting with a dot) keeps every id harmless
 * wherever it travels, even though no file name is ever made from one.
 */
export const SAFE_ID = /^[\p{L}\p{N}_:@+-][\p{L}\p{N}_.:@+-]*$/u;
const id = z.string().min(1).max(200).regex(SAFE_ID);
const time = z.iso.datetime();
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** Enough of a file to tell what it is and which version wrote it, before the full schema. */
export const PackageEnvelope = z.object({ format: z.string(), schemaVersion: z.number(), appVersion: z.string().optional() }).loose();

export const AssessmentRef = z.object({ id, name: z.string().min(1).max(500), year: z.number().int() });
export type AssessmentRef = z.infer<typeof AssessmentRef>;

/** One evaluator's cell: the key entries are kept under. */
export const Cell = z.object({ evaluatorId: id, unitId: id, criterionId: id });
export type Cell = z.infer<typeof Cell>;

/** A cell the evaluator had filled and emptied again before submitting. */
export const ClearedCell = Cell.extend({ at: time });
export type ClearedCell = z.infer<typeof ClearedCell>;

/** What one evaluator scores, resolved to concrete unit and item ids (leaves, bonus, veto items). */
export const ResolvedAssignment = z.object({ evaluatorId: id, unitIds: z.array(id), criterionIds: z.array(id) });
export type ResolvedAssignment = z.infer<typeof ResolvedAssignment>;

export const PackageEvaluator = Evaluator.pick({ id: true, name: true, role: true, department: true, teamId: true });
export type PackageEvaluator = z.infer<typeof PackageEvaluator>;

/** The task package (.kpt): a scheme snapshot, the units, the assignment and the signing secret. */
export const TaskPackage = z.object({
  format: z.literal(TASK_FORMAT),
  schemaVersion: z.literal(PACKAGE_SCHEMA_VERSION),
  appVersion: z.string().max(50),
  packageId: id,
  /** "2020年度全区应急管理工作考核-第一考核组-张伟": also the file's name. */
  title: z.string().min(1).max(500),
  exportedAt: time,
  exportedBy: z.string().max(200),
  assessment: AssessmentRef,
  scheme: Scheme,
  settings: Settings,
  /** Only the units someone in the package scores. */
  units: z.array(Unit),
  team: z.object({ id, name: z.string() }).nullable(),
  evaluators: z.array(PackageEvaluator).min(1),
  assignments: z.array(ResolvedAssignment).min(1),
  /** What the office already holds for these evaluators, to start from (a re-issued task). */
  entries: z.array(ScoreEntry),
  /** 32 random bytes, hex: the HMAC key results are signed with. The office keeps a copy. */
  secret: hex64,
});
export type TaskPackage = z.infer<typeof TaskPackage>;

export const Signature = z.object({ algorithm: z.literal(SIGNATURE_ALGORITHM), value: hex64 });

/** The result package (.kpr): the evaluators' entries, what they emptied, their trail, signed. */
export const ResultPackage = z.object({
  format: z.literal(RESULT_FORMAT),
  schemaVersion: z.literal(PACKAGE_SCHEMA_VERSION),
  appVersion: z.string().max(50),
  packageId: id,
  submissionId: id,
  submittedAt: time,
  submittedBy: z.string().max(200),
  assessment: AssessmentRef,
  schemeVersion: z.number().int().min(1),
  evaluatorIds: z.array(id).min(1),
  entries: z.array(ScoreEntry.extend({ at: time })),
  cleared: z.array(ClearedCell),
  /** Every change made in the scoring workspace; target.seq numbers them within the task. */
  trail: z.array(AuditRecord),
  signature: Signature,
});
export type ResultPackage = z.infer<typeof ResultPackage>;
/** A result package before it is signed: everything the signature covers. */
export type UnsignedResult = Omit<ResultPackage, 'signature'>;

/** A task package the office handed out; the secret stays here to check what comes back. */
export const IssuedPackage = z.object({
  packageId: id,
  title: z.string(),
  fileName: z.string(),
  evaluatorIds: z.array(id).min(1),
  teamId: id.nullable(),
  schemeVersion: z.number().int().min(1),
  exportedAt: time,
  exportedBy: z.string().max(200),
  secret: hex64,
});
export type IssuedPackage = z.infer<typeof IssuedPackage>;

/** An accepted result package: its claims on cells, kept so any import order gives one outcome. */
export const ReceivedSubmission = z.object({
  submissionId: id,
  packageId: id,
  signature: hex64,
  fileName: z.string(),
  receivedAt: time,
  receivedBy: z.string().max(200),
  submittedAt: time,
  appVersion: z.string(),
  evaluatorIds: z.array(id).min(1),
  entries: z.array(ScoreEntry),
  cleared: z.array(ClearedCell),
});
export type ReceivedSubmission = z.infer<typeof ReceivedSubmission>;

/** The office's side file beside an assessment: `<name>.packages.json`. */
export const PackageLedger = z.object({
  format: z.literal(LEDGER_FORMAT),
  schemaVersion: z.literal(PACKAGE_SCHEMA_VERSION),
  assessmentId: id,
  issued: z.array(IssuedPackage),
  received: z.array(ReceivedSubmission),
});
export type PackageLedger = z.infer<typeof PackageLedger>;

/** The evaluator's autosaved work in the scoring folder (working.json). */
export const WorkingFile = z.object({
  format: z.literal(WORKING_FORMAT),
  schemaVersion: z.literal(PACKAGE_SCHEMA_VERSION),
  packageId: id,
  updatedAt: time,
  entries: z.array(ScoreEntry),
  cleared: z.array(ClearedCell),
  trail: z.array(AuditRecord),
  /** Last trail sequence number used. */
  seq: z.number().int().min(0),
  submissions: z.array(z.object({ submissionId: id, submittedAt: time, fileName: z.string() })),
});
export type WorkingFile = z.infer<typeof WorkingFile>;

/** A new, empty ledger for an assessment. */
export function emptyLedger(assessmentId: string): PackageLedger {
  return { format: LEDGER_FORMAT, schemaVersion: PACKAGE_SCHEMA_VERSION, assessmentId, issued: [], received: [] };
}
