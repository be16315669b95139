// Names for the packages' files; a safe file name itself comes from shared/text/file-name.ts.

/** "20201215-1030": a local date and time for file names, sortable. */
export function fileTimeStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}
