import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  median: number;
  unit: string;
  aim?: string;
  runs: number;
}

/** Median wall time of `fn` in milliseconds over `runs` runs after `warmup` unmeasured ones. */
export async function medianMs(fn: () => unknown, runs = 30, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export function printFigures(figures: Figure[]): void {
  const rows = figures.map((f) => [f.name, `${f.median.toFixed(f.median < 10 ? 2 : 1)} ${f.unit}`, f.aim ?? '', String(f.runs)]);
  const head = ['benchmark', 'median', 'aim', 'runs'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}
