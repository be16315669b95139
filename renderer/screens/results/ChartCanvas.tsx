import { useEffect, useRef } from 'react';
import type { RankingBarConfig } from '../../../shared/charts/ranking-bar';
import type { YearLineConfig } from '../../../shared/charts/year-lines';
import { Chart } from './chart-setup';

/**
 * Draws a shared chart config (shared/charts) on a canvas; a new config updates the chart in
 * place without animation, so live what-if changes do not flicker.
 */
export function ChartCanvas({ config, height, label }: { config: RankingBarConfig | YearLineConfig; height: number; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    const quiet = { ...config, options: { ...config.options, animation: false as const } };
    if (chart.current && (chart.current.config as { type?: string }).type === config.type) {
      chart.current.data = quiet.data as never;
      chart.current.options = quiet.options as never;
      chart.current.update('none');
      return;
    }
    chart.current?.destroy();
    chart.current = new Chart(canvas.current!, quiet as never);
  }, [config]);
  useEffect(() => () => chart.current?.destroy(), []);
  return (
    <div className="chart-box" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
