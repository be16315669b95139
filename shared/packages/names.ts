/**
 * A name that is safe as a file name on Windows and Linux and still reads as written:
 * control characters and \ / : * ? " < > | become "_", trailing dots and spaces go.
 */
export function safeFileName(title: string, fallback: string): string {
  const safe = [...title].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('').trim().replace(/[. ]+$/, '');
  return safe || fallback;
}

/** "20201215-1030": a local date and time for file names, sortable. */
export function fileTimeStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}
