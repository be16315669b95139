import { lazy, Suspense, useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { on } from '../api/client';
import { changeLanguage, goTo, openWorkspace, requestPlan } from '../state/actions';
import { importSheets, taskProgress } from '../state/task-actions';
import { getState, setState, useAppState, type Screen } from '../state/store';
import { errorText, useT } from '../i18n/setup';
import { TopBar } from './TopBar';
import { Nav } from './Nav';
import { DropZone } from './DropZone';
import { Notice } from './Notice';
import { SchemeScreen } from '../screens/scheme/SchemeScreen';
import { PeopleScreen } from '../screens/people/PeopleScreen';
import { ScoringScreen } from '../screens/scoring/ScoringScreen';
import { ExportScreen } from '../screens/export/ExportScreen';
import { PackagesScreenLoader } from '../screens/packages/PackagesScreenLoader';
import { EvaluatorApp } from '../screens/evaluator/EvaluatorApp';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { YearsDialog } from '../screens/years/YearsDialog';
import { openPackage } from '../state/package-actions';
import { runEditCommand } from '../screens/scoring/edits';

// chart.js is loaded with the results screen only, to keep the first screen's script small.
const ResultsScreen = lazy(() => import('../screens/results/ResultsScreen'));

const SCREEN_COMPONENTS: Record<Exclude<Screen, 'results'>, () => React.JSX.Element> = {
  scheme: SchemeScreen,
  people: PeopleScreen,
  scoring: ScoringScreen,
  export: ExportScreen,
  packages: PackagesScreenLoader,
  settings: SettingsScreen,
};

const TASK_COMMANDS: MenuCommand[] = ['openPackage', 'systemPackage', 'undo', 'redo'];

function useMainEvents(): void {
  useEffect(() => {
    const offMenu = on('menu:command', ({ command }) => {
      // The scoring-only window of a task package: the office's screens and workspace stay shut.
      if (getState().scoringTask && !TASK_COMMANDS.includes(command)) return;
      if (command === 'openWorkspace') void openWorkspace();
      else if (command === 'importPlan') requestPlan('dialog');
      else if (command === 'export') goTo('export');
      else if (command === 'importSheets') {
        goTo('export');
        void importSheets();
      } else if (command === 'about') setState({ about: true });
      else if (command === 'openPackage') void openPackage('dialog');
      else if (command === 'systemPackage') void openPackage('system');
      else if (command === 'manageYears') setState({ years: true });
      else if (command === 'undo' || command === 'redo') runEditCommand(command);
      else goTo(command.slice('screen:'.length) as Screen);
    });
    const offLanguage = on('preferences:changed', ({ language }) => void changeLanguage(language));
    const offProgress = on('task:progress', taskProgress);
    return () => {
      offMenu();
      offLanguage();
      offProgress();
    };
  }, []);
}

export function App() {
  const t = useT();
  const { loading, fatal, screen, view, about, version, scoringTask, years } = useAppState((s) => s);
  useMainEvents();
  if (loading) return <div className="splash">{t('shell.loading')}</div>;
  if (fatal || !view)
    return (
      <div className="splash splash-error" role="alert">
        {fatal ? errorText(t, fatal) : t('ipc.noAssessment')}
      </div>
    );
  if (scoringTask) return <EvaluatorApp />;
  const Body = screen === 'results' ? null : SCREEN_COMPONENTS[screen];
  return (
    <DropZone>
      <div className="app">
        <TopBar />
        <div className="app-body">
          <Nav />
          <main className="screen" aria-label={t(`nav.${screen}`)}>
            <Notice />
            {Body ? (
              <Body />
            ) : (
              <Suspense fallback={<div className="splash">{t('shell.loading')}</div>}>
                <ResultsScreen />
              </Suspense>
            )}
          </main>
        </div>
      </div>
      {years && <YearsDialog />}
      {about && (
        <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={t('menu.about')}>
          <div className="modal">
            <h2>{t('app.name')}</h2>
            <p>{t('shell.about', { version })}</p>
            <div className="modal-actions">
              <button type="button" className="primary" autoFocus onClick={() => setState({ about: false })}>
                {t('shell.close')}
              </button>
            </div>
          </div>
        </div>
      )}
    </DropZone>
  );
}
