// Manual column page breaks (<colBreaks>), which exceljs 4.4 neither writes nor reads: added to
// the finished file's sheet XML, where the OOXML schema puts them (after rowBreaks, before
// drawings and the rest), so Excel, WPS and LibreOffice end a printed page between two units'
// column pairs instead of through one.
import type { WorkbookModel } from '../../../shared/workbook/model';

/** Elements that follow colBreaks in a worksheet (CT_Worksheet's order); the breaks go before the first present. */
const AFTER =
  /<(customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** The <colBreaks> element for breaks after these 1-based columns. */
function colBreaksXml(after: number[]): string {
  const brks = after.map((col) => `<brk id="${col}" max="1048575" man="1"/>`).join('');
  return `<colBreaks count="${after.length}" manualBreakCount="${after.length}">${brks}</colBreaks>`;
}

/** `bytes` with the column breaks of every sheet that asks for them; unchanged when none does. */
export async function addColumnBreaks(bytes: Buffer, model: WorkbookModel): Promise<Buffer> {
  const wanted = model.sheets.map((s, i) => [i, s.print?.colBreaksAfter ?? []] as const).filter(([, b]) => b.length > 0);
  if (wanted.length === 0) return bytes;
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  for (const [i, breaks] of wanted) {
    // exceljs names the sheets' parts by their position: sheet1.xml, sheet2.xml…
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = await zip.file(path)!.async('string');
    const at = xml.search(AFTER);
    zip.file(path, `${xml.slice(0, at)}${colBreaksXml(breaks)}${xml.slice(at)}`);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
