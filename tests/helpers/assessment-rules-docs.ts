import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import type { TableSpec } from './scoring-tables';

/**
 * A 考核办法 as offices publish it in Word: procedural articles (第一条 目的, 第二条 适用范围, …
 * 第六条 施行), then its scoring table as an attachment. Written with the docx package by
 * tableDocx, so the fixture is reproducible; its golden is tests/fixtures/golden/tables/assessment-rules-table.json.
 */
export const RULES_WITH_TABLE: TableSpec = {
  preamble: [
    '2025年度全区应急管理工作考核办法',
    '第一条 为全面落实应急管理工作责任，客观评价各设区市应急管理工作成效，根据有关规定，制定本办法。',
    '第二条 本办法适用于自治区对14个设区市人民政府应急管理工作的年度考核。',
    '第三条 考核内容和评分标准见附件《2025年度应急管理工作考核评分细则》。',
    '第四条 考核采取听取汇报、查阅资料、实地检查和暗访抽查相结合的方式进行。',
    '第五条 考核结果分为优秀、良好、合格、不合格四个等次，由自治区安委会审定后通报。',
    '第六条 本办法由自治区应急管理厅负责解释，自印发之日起施行。',
    '附件：2025年度应急管理工作考核评分细则',
  ],
  rows: [
    ['考核项目', '考核内容', '分值', '评分标准'],
    ['一、责任落实（40分）', '领导责任', '20', '党委政府每半年至少研究一次应急管理工作，未研究的扣5分；未制定年度计划的扣3分'],
    ['', '部门责任', '20', '完成得20分，基本完成得10分，未完成不得分'],
    ['二、应急准备（60分）', '预案管理', '30', '每发现一个预案未按期修订扣2分，扣完为止'],
    ['', '救援队伍', '30', '队伍建设有特色，工作成效明显'],
  ],
  merges: [
    { r: 1, c: 0, rows: 2, cols: 1 },
    { r: 3, c: 0, rows: 2, cols: 1 },
  ],
};

/** A prose document as a .docx (the docx package): one Word paragraph per line, the title centred. */
export async function proseDocx(lines: string[]): Promise<Buffer> {
  const paragraphs = lines
    .filter((l) => l.trim())
    .map((text, i) => new Paragraph({ text, ...(i === 1 ? { alignment: AlignmentType.CENTER } : {}) }));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}
