import { useMemo, useState } from 'react';
import type { Settings } from '../../../shared/assessment/schema';
import { rankingBarConfig, rankingChartHeight } from '../../../shared/charts/ranking-bar';
import { yearRanksLineConfig, yearTotalsLineConfig } from '../../../shared/charts/year-lines';
import { gradeLabel } from '../../../shared/i18n/labels';
import { setState, useAppState } from '../../state/store';
import { goTo } from '../../state/actions';
import { settingsOf } from '../../../shared/assessment/settings-rules';
import { useT } from '../../i18n/setup';
import { ChartCanvas } from './ChartCanvas';
import { RankingTable } from './RankingTable';
import { SectionBreakdown } from './SectionBreakdown';
import { WhatIfPanel } from './WhatIfPanel';
import { differs, whatIf } from './what-if';

/** 汇总: ranking table, ranking and year-on-year charts, sections per unit, and a live what-if. */
export default function ResultsScreen() {
  const t = useT();
  const view = useAppState((s) => s.view!);
  const { doc, results, comparison, history } = view;
  const [trial, setTrial] = useState<Partial<Settings> | null>(null);
  const [lines, setLines] = useState<'totals' | 'ranks'>('totals');
  const weightsTrial = useAppState((s) => s.weightsTrial);
  const active = (trial !== null && differs(doc.settings, trial)) || weightsTrial !== null;
  const trialRun = useMemo(
    () => (active ? whatIf(doc, results, trial ?? {}, weightsTrial) : null),
    [active, doc, results, trial, weightsTrial],
  );
  const shown = trialRun?.results ?? results;
  const names = doc.settings.gradeNames;

  const barConfig = useMemo(
    () =>
      rankingBarConfig(
        shown.units.map((u) => ({ unit: u.unitName, total: u.total, grade: u.grade, vetoed: u.vetoed })),
        {
          title: t(active ? 'results.chart.rankingWhatIf' : 'results.chart.ranking', { year: doc.year }),
          axis: t('results.chart.score'),
          grades: {
            excellent: gradeLabel('excellent', names, t),
            good: gradeLabel('good', names, t),
            pass: gradeLabel('pass', names, t),
            fail: gradeLabel('fail', names, t),
          },
          ungraded: t('grade.pending'),
          vetoed: t('results.note.vetoed'),
        },
        { maxScore: doc.scheme.total },
      ),
    [shown, active, doc.year, doc.scheme.total, names, t],
  );
  const lineConfig = useMemo(() => {
    const input = {
      years: history.years,
      series: history.units.map((u) => ({ unit: u.name, values: lines === 'totals' ? u.totals : u.ranks })),
    };
    const labels = {
      title: t(lines === 'totals' ? 'results.chart.totals' : 'results.chart.ranks'),
      xAxis: t('results.chart.year'),
      yAxis: t(lines === 'totals' ? 'results.chart.score' : 'results.col.rank'),
    };
    return lines === 'totals' ? yearTotalsLineConfig(input, labels) : yearRanksLineConfig(input, labels);
  }, [history, lines, t]);

  return (
    <section className="results-screen">
      <WhatIfPanel settings={doc.settings} trial={trial} onTrial={setTrial} readOnly={doc.status === 'finalized'} active={active} />
      {weightsTrial && (
        <p className="banner banner-info" data-testid="weights-trial">
          {t('weights.ui.trialOn', { group: weightsTrial.group, points: weightsTrial.points.join(t('report.sep.list')) })}
          <button type="button" className="link-button" onClick={() => setState({ weightsTrial: null })}>
            {t('weights.ui.trialOff')}
          </button>
        </p>
      )}
      {!results.complete && (
        <p className="banner banner-info">
          {t('results.waiting', { count: results.units.filter((u) => u.rank === null).length })}
          <button type="button" className="link-button" onClick={() => goTo('settings')}>
            {t('nav.settings')}…
          </button>
        </p>
      )}
      <div className="results-grid">
        <div className="panel">
          <header className="panel-header">
            <h2>{t('results.table.title', { year: doc.year })}</h2>
            <span className="muted">
              {comparison.previousYear ? t('results.table.versus', { year: comparison.previousYear }) : t('results.noPrevious')}
            </span>
          </header>
          <RankingTable
            results={shown}
            comparison={comparison}
            shifts={trialRun?.shifts ?? null}
            gradeNames={names}
            decimals={settingsOf(doc.settings).decimals}
          />
        </div>
        <div className="panel">
          <ChartCanvas
            config={barConfig}
            height={rankingChartHeight(shown.units.length)}
            label={t('results.chart.ranking', { year: doc.year })}
          />
        </div>
        <div className="panel">
          <header className="panel-header">
            <h2>{t('results.chart.yearOnYear')}</h2>
            <div className="segmented" role="group">
              <button
                type="button"
                className={lines === 'totals' ? 'on' : ''}
                aria-pressed={lines === 'totals'}
                onClick={() => setLines('totals')}
              >
                {t('results.chart.score')}
              </button>
              <button
                type="button"
                className={lines === 'ranks' ? 'on' : ''}
                aria-pressed={lines === 'ranks'}
                onClick={() => setLines('ranks')}
              >
                {t('results.col.rank')}
              </button>
            </div>
          </header>
          {history.years.length > 1 ? (
            <ChartCanvas config={lineConfig} height={420} label={t('results.chart.yearOnYear')} />
          ) : (
            <p className="empty-state">{t('results.noPrevious')}</p>
          )}
        </div>
        <div className="panel">
          <SectionBreakdown doc={doc} results={shown} />
        </div>
      </div>
    </section>
  );
}
