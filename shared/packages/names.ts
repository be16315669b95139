const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

function clean(text: string): string {
  const safe = [...text]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim()
    .replace(/[. ]+$/, '');
  // Leading dots would hide the file (or, as "..", name the parent); Windows reserves CON, NUL…
  const visible = safe.replace(/^\.+/, '');
  return RESERVED.test(visible) ? `_${visible}` : visible;
}

/**
 * A name that is safe as a file name on Windows and Linux and still reads as written:
 * control characters and \ / : * ? " < > | become "_", leading and trailing dots go, reserved
 * device names get a "_". Falls back to the cleaned `fallback`, then to "kaoping": the result
 * is never empty, ".", ".." or a path.
 */
export function safeFileName(title: string, fallback: string): string {
  return clean(title) || clean(fallback) || 'kaoping';
}

/** "20201215-1030": a local date and time for file names, sortable. */
export function fileTimeStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}
