// Names of what the papers produce, from the units' names (never internal ids): file names
// that every file system accepts, and worksheet names Excel accepts.

// Control characters are refused too; eslint's no-control-regex is off for these two on purpose.
// eslint-disable-next-line no-control-regex
const FILE_FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * A unit's (or any user's) name as part of a file name: characters Windows, macOS and Linux
 * refuse become "_", trailing dots and spaces go (Windows drops them), reserved device names get
 * a "_", and the result stays under 80 characters so the whole path fits.
 */
export function safeFileName(name: string): string {
  let s = name
    .normalize('NFC')
    .replace(FILE_FORBIDDEN, '_')
    .replace(/[. ]+$/u, '')
    .trim();
  if (!s || /^\.+$/.test(s)) s = '_';
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  return [...s].slice(0, 80).join('');
}

/**
 * Distinct file names for a list of names: a second "南宁市" becomes "南宁市 (2)", comparing
 * without case (Windows and macOS file systems do not tell case apart).
 */
export function distinctNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    let candidate = n;
    for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${n} (${i})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

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
