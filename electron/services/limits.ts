// How much the app reads from any one arriving file. Generous for real documents (the largest
// real ones are a few MB) and small enough that a hostile file is refused before it costs
// memory or time. Changing one changes the README's "Limits" table too.

const MB = 1024 * 1024;

export const LIMITS = {
  /** Our JSON files: assessments, ledgers, task and result packages, working files. */
  jsonBytes: 64 * MB,
  /** A plan as .txt or .md. */
  planTextBytes: 10 * MB,
  /** A .docx plan or a .xlsx score sheet, as stored. */
  officeBytes: 50 * MB,
  /** What a .docx or .xlsx may unpack to, counting every part except pictures and media. */
  officeUnpackedBytes: 100 * MB,
  /** Parts in one .docx or .xlsx: real ones hold tens to hundreds. */
  officeEntries: 10_000,
  /** Nesting of our JSON files: ours are under 10 deep. */
  jsonDepth: 64,
} as const;

/** "12.3 MB": sizes in messages. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}
