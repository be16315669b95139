import { COLUMN_ROLES, type ColumnRole } from '../../../../shared/tables/grid';

const PREFIX = 'kaoping.columns.';

/** A file's shape: its width and the words of its first filled row, so next year's file of the same form matches. */
export function shapeKey(rows: string[][]): string {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const first = rows.find((r) => r.filter(Boolean).length >= 2) ?? [];
  return `${width}|${first.map((c) => c.replace(/\d+/g, '#').slice(0, 20)).join('|')}`;
}

/** The mapping the user chose for files of this shape, if any (a damaged entry counts as none). */
export function recallColumns(rows: string[][]): ColumnRole[] | null {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFIX + shapeKey(rows)) ?? 'null') as unknown;
    if (Array.isArray(saved) && saved.every((r) => (COLUMN_ROLES as readonly string[]).includes(r as string))) return saved as ColumnRole[];
  } catch {
    // Unreadable memory is forgotten, never trusted.
  }
  return null;
}

export function rememberColumns(rows: string[][], roles: ColumnRole[]): void {
  try {
    localStorage.setItem(PREFIX + shapeKey(rows), JSON.stringify(roles));
  } catch {
    // A full or disabled storage only costs the convenience.
  }
}
