import stringWidth from 'string-width';

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Longest a cell may be, in terminal columns; longer text is cut with "…". */
  max?: number;
}

function fit(text: string, max: number | undefined): string {
  if (max === undefined || stringWidth(text) <= max) return text;
  let cut = '';
  for (const c of text) {
    if (stringWidth(cut + c) > max - 1) break;
    cut += c;
  }
  return `${cut}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const gap = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

/** A plain-text table aligned for terminals that show Chinese characters two columns wide. */
export function formatTable(columns: Column[], rows: string[][]): string {
  const cells = rows.map((row) => row.map((cell, i) => fit(cell, columns[i]?.max)));
  const widths = columns.map((col, i) => Math.max(stringWidth(col.header), ...cells.map((r) => stringWidth(r[i] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => pad(cell, widths[i]!, columns[i]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n') + '\n';
}
