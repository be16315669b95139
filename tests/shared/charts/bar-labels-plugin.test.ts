import { describe, expect, it } from 'vitest';
import { barLabelsPlugin, type BarLabelsOptions } from '../../../shared/charts/bar-labels-plugin';

/** A 2D context that records what is drawn. */
function recordingContext() {
  const calls: string[] = [];
  const ctx = new Proxy(
    { calls },
    {
      get: (target, prop) => (prop === 'calls' ? calls : (...args: unknown[]) => calls.push(`${String(prop)}(${args.join(',')})`)),
      set: (_target, prop, value) => (calls.push(`${String(prop)}=${value}`), true),
    },
  );
  return ctx as unknown as { calls: string[] };
}

function fakeChart(bars: object[]) {
  const ctx = recordingContext();
  const data = bars.map((b) => ({ getProps: () => b }));
  return { ctx, isDatasetVisible: () => true, getDatasetMeta: () => ({ data }) };
}

const options: BarLabelsOptions = {
  texts: ['95.00', ''],
  hatched: [false, true],
  color: '#222',
  hatchColor: '#555',
  font: { family: 'F', size: 12 },
};

describe('bar labels plugin', () => {
  it('writes each text just beyond the end of its horizontal bar', () => {
    const chart = fakeChart([
      { x: 300, y: 50, base: 100, width: 0, height: 20, horizontal: true },
      { x: 200, y: 80, base: 100, width: 0, height: 20, horizontal: true },
    ]);
    barLabelsPlugin.afterDatasetsDraw!(chart as never, {}, options, false);
    expect(chart.ctx.calls).toContain('fillText(95.00,304,50)');
    expect(chart.ctx.calls).toContain('textAlign=left');
    expect(chart.ctx.calls).toContain('font=normal normal 12px F');
    expect(chart.ctx.calls.filter((c) => c.startsWith('fillText'))).toHaveLength(1);
  });

  it('hatches flagged bars inside their rectangle only', () => {
    const chart = fakeChart([
      { x: 300, y: 50, base: 100, width: 0, height: 20, horizontal: true },
      { x: 200, y: 80, base: 100, width: 0, height: 20, horizontal: true },
    ]);
    barLabelsPlugin.afterDatasetsDraw!(chart as never, {}, options, false);
    expect(chart.ctx.calls).toContain('rect(100,70,100,20)');
    expect(chart.ctx.calls).toContain('clip()');
    expect(chart.ctx.calls.filter((c) => c.startsWith('lineTo')).length).toBeGreaterThan(10);
  });

  it('puts labels above vertical bars', () => {
    const chart = fakeChart([{ x: 50, y: 100, base: 400, width: 20, height: 0, horizontal: false }]);
    barLabelsPlugin.afterDatasetsDraw!(chart as never, {}, { ...options, hatched: [] }, false);
    expect(chart.ctx.calls).toContain('fillText(95.00,50,96)');
  });
});
