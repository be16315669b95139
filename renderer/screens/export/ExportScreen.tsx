import { useAppState } from '../../state/store';
import { useT } from '../../i18n/setup';
import { ImportSection } from './ImportSection';
import { PapersSection } from './PapersSection';
import { ReportSection } from './ReportSection';
import { SheetsSection } from './SheetsSection';

/**
 * 导出与导入: the year-end report and blank score sheets out, filled score sheets back in. Import
 * sits here rather than on the scoring screen because it is the other half of the same
 * round trip: the office sends the sheets from here and takes them back here, by USB or mail.
 */
export function ExportScreen() {
  const t = useT();
  const doc = useAppState((s) => s.view!.doc);
  return (
    <section className="export-screen">
      <header className="panel-header export-head">
        <h1>{t('export.title')}</h1>
        <span className="muted">{doc.name}</span>
      </header>
      <div className="export-columns">
        <ReportSection />
        <SheetsSection />
      </div>
      <ImportSection />
      <PapersSection />
    </section>
  );
}
