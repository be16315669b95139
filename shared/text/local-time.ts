/**
 * An ISO time as people read it, in the machine's time zone: "2020-12-15 10:30" (with
 * `seconds`, "2020-12-15 10:30:05"). Text that is not a time comes back unchanged.
 */
export function localDateTime(iso: string, seconds = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
  return seconds ? `${time}:${two(d.getSeconds())}` : time;
}
