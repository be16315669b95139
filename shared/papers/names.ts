// Worksheet names from the units' names (never internal ids), as Excel accepts them. File names
// come from shared/text/file-name.ts.

// eslint-disable-next-line no-control-regex
const SHEET_FORBIDDEN = /[\\/:*?[\]\u0000-\u001f]/g;

/** Worksheet names for a list of names: Excel's forbidden characters out, at most 31 characters, distinct. */
export function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    const base = [
      ...(n
        .replace(SHEET_FORBIDDEN, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || '_'),
    ]
      .slice(0, 31)
      .join('');
    let candidate = base;
    for (let i = 2; used.has(candidate.toLowerCase()); i++) {
      const tail = ` (${i})`;
      candidate = [...base].slice(0, 31 - tail.length).join('') + tail;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
