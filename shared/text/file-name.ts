// File names made from what people typed (a unit's, an evaluator's, a team's or a year's name):
// the one place that decides what Windows, macOS and Linux all accept. The report, the score
// sheets, the papers, the packages and the workspace all name their files through it.

// Control characters are refused too; eslint's no-control-regex is off for this one on purpose.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** Windows device names, alone or before an extension ("CON", "nul.txt", "COM1", "LPT²"). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\s*\..*)?$/i;
/** Characters a part may keep: the whole file name must fit a path on Windows (260). */
const MAX_CHARS = 80;
/** UTF-8 bytes a part may take: Linux and macOS allow 255 bytes a name, and a CJK character takes 3. */
const MAX_BYTES = 180;

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Cut to MAX_CHARS characters and MAX_BYTES bytes, never inside a character (a surrogate pair stays whole). */
function cut(text: string): string {
  let bytes = 0;
  let out = '';
  let count = 0;
  for (const ch of text) {
    bytes += utf8Length(ch);
    if (++count > MAX_CHARS || bytes > MAX_BYTES) break;
    out += ch;
  }
  return out;
}

function clean(text: string): string {
  const safe = text.normalize('NFC').replace(FORBIDDEN, '_').trim();
  // Leading dots would hide the file (or, as "..", name the parent); Windows drops trailing dots and spaces.
  const visible = cut(safe.replace(/^[.\s]+/u, '')).replace(/[.\s]+$/u, '');
  return WINDOWS_RESERVED.test(visible) ? `_${visible}` : visible;
}

/**
 * `name` as (part of) a file name every system accepts, still reading as written: control
 * characters and \ / : * ? " < > | become "_", leading and trailing dots and spaces go, a
 * Windows device name (CON, NUL, COM1…) gets a "_", and it is cut to 80 characters and 180
 * UTF-8 bytes so a suffix still fits. Falls back to the cleaned `fallback`, then to "kaoping":
 * the result is never empty, ".", "..", or a path.
 */
export function safeFileName(name: string, fallback = ''): string {
  return clean(name) || clean(fallback) || 'kaoping';
}

/**
 * Distinct names for a list of names, in order: a second "南宁市" becomes "南宁市 (2)",
 * comparing without case and in one Unicode form (Windows and macOS file systems do not tell
 * case apart, and macOS does not tell composed from decomposed characters).
 */
export function distinctNames(names: string[]): string[] {
  const used = new Set<string>();
  const key = (s: string) => s.normalize('NFC').toLowerCase();
  return names.map((n) => {
    let candidate = n;
    for (let i = 2; used.has(key(candidate)); i++) candidate = `${n} (${i})`;
    used.add(key(candidate));
    return candidate;
  });
}
