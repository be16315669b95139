import { useEffect, useRef } from 'react';
import type { RankingBarConfig } from '../../../shared/charts/ranking-bar';
import type { YearLineConfig } from '../../../shared/charts/year-lines';
import { Chart } from './chart-setup';

type Config = RankingBarConfig | YearLineConfig;

/** The shared config without chart.js's entry animation: calm, and live what-if changes do not flicker. */
function still(config: Config) {
  return { ...config, options: { ...config.options, animation: false as const } } as never;
}

/**
 * Draws a shared chart config (shared/charts) on a canvas. The chart lives as long as the
 * component (and its chart type); a new config updates it in place.
 */
export function ChartCanvas({ config, height, label }: { config: Config; height: number; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  const latest = useRef(config);
  // Runs before the effect below on the first render, so a new chart starts from this config.
  useEffect(() => {
    latest.current = config;
  });
  useEffect(() => {
    const created = new Chart(canvas.current!, still(latest.current));
    chart.current = created;
    return () => {
      created.destroy();
      chart.current = null;
    };
  }, [config.type]);
  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const next = still(config) as { data: Chart['data']; options: Chart['options'] };
    c.data = next.data;
    c.options = next.options;
    c.update('none');
  }, [config]);
  return (
    <div className="chart-box" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
