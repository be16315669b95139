import { parseChineseNumeral } from '../text/chinese-numerals';
import { simplify } from '../text/normalize';

/** What a paragraph outside the numbered body is, as far as the plan is concerned. */
export type FrontKind = 'noticeTitle' | 'planTitle' | 'salutation' | 'letter' | 'signature' | 'attachment' | 'prose';

const NUMERAL_OR_DIGIT = '[\\d〇零一二三四五六七八九十]';
const DATE_LINE = new RegExp(`^${NUMERAL_OR_DIGIT}{4}\\s*年\\s*${NUMERAL_OR_DIGIT}{1,2}\\s*月\\s*${NUMERAL_OR_DIGIT}{1,3}\\s*日$`);
const ORG_SUFFIX = /(厅|局|委员会|委|办公室|办|政府|中心|部|处|组|院|室|(\(|（)?(盖章|印章)(\)|）)?)$/;
const PLAN_WORDS = /(要点|方案|细则|办法|标准|计划|规定|考核|评分|评价|意见)/;
const SENTENCE_END = /[。！？；!?;]/;

/** Classifies a paragraph that is not a numbered heading (keyword matching on the Simplified form). */
export function classifyFront(paragraph: string): FrontKind {
  const p = simplify(paragraph).replace(/\s+/g, '');
  if (/^附件\d*[:：]?/.test(p) || /^(抄送|印发|主送)[:：]/.test(p)) return 'attachment';
  if (DATE_LINE.test(p)) return 'signature';
  if (/关于印发|通知$|的函$/.test(p) && p.length <= 80 && !SENTENCE_END.test(p)) return 'noticeTitle';
  if (/[:：]$/.test(p) && p.length <= 40) return 'salutation';
  if (/印发给你们|请(结合实际)?认真贯彻|遵照执行|抓好落实|认真组织实施/.test(p) && p.length <= 160) return 'letter';
  if (p.length <= 30 && ORG_SUFFIX.test(p) && !/[，,。]/.test(p)) return 'signature';
  if (p.length <= 60 && PLAN_WORDS.test(p) && !SENTENCE_END.test(p) && !/[，,]/.test(p)) return 'planTitle';
  return 'prose';
}

/** True for lines that close a letter or a document: dates, issuing bodies, attachments. */
export function isClosingLine(paragraph: string): boolean {
  const kind = classifyFront(paragraph);
  return kind === 'signature' || kind === 'attachment' || kind === 'noticeTitle';
}

export interface FrontMatter {
  title: string | null;
  description: string;
  /** Every paragraph before the body, so a second paste of it can be recognised later. */
  paragraphs: string[];
}

/**
 * Splits what comes before the first numbered heading into the cover letter (dropped), the
 * plan's title and its preamble (kept as the scheme's description).
 */
export function readFrontMatter(paragraphs: string[]): FrontMatter {
  const kinds = paragraphs.map(classifyFront);
  const titleAt = kinds.lastIndexOf('planTitle');
  let proseFrom = titleAt + 1;
  if (titleAt < 0) {
    // No title: a letter, if any, runs up to its last closing line.
    const letterEnd = Math.max(kinds.lastIndexOf('signature'), kinds.lastIndexOf('attachment'));
    const hasLetter = kinds.includes('salutation') || kinds.includes('noticeTitle') || kinds.includes('letter');
    proseFrom = hasLetter ? letterEnd + 1 : 0;
  }
  const description = paragraphs
    .slice(proseFrom)
    .filter((_, i) => kinds[proseFrom + i] === 'prose' || kinds[proseFrom + i] === 'salutation')
    .join('\n');
  return { title: titleAt >= 0 ? paragraphs[titleAt]! : null, description, paragraphs };
}

const YEAR = new RegExp(`((?:19|20)\\d{2}|[一二][〇零○Ｏ九][〇零○Ｏ一二三四五六七八九]{2})\\s*年`);
// A document number: 桂应急发〔2005〕3号, [2005], （2005）.
const DOC_NUMBER = /[〔[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*\d+\s*号/;
const SIGNING_DATE = new RegExp(
  `^\\s*((?:19|20)\\d{2}|[一二][〇零○Ｏ九][〇零○Ｏ一二三四五六七八九]{2})\\s*年\\s*[\\d〇零一二三四五六七八九十]{1,2}\\s*月\\s*[\\d〇零一二三四五六七八九十]{1,3}\\s*日\\s*$`,
);

function yearValue(s: string): number | null {
  return parseChineseNumeral(s.replace(/[○Ｏ]/g, '〇'));
}

function yearIn(s: string | null | undefined): number | null {
  if (!s) return null;
  const m = YEAR.exec(s);
  return m ? yearValue(m[1]!) : null;
}

/** The year a document names for itself outside its title: its document number, else its signing date. */
function officialYear(paragraphs: string[]): number | null {
  for (const p of paragraphs) {
    const m = DOC_NUMBER.exec(p);
    if (m) return Number(m[1]);
  }
  for (const p of paragraphs) {
    const m = SIGNING_DATE.exec(p);
    if (m) return yearValue(m[1]!);
  }
  return null;
}

/**
 * The plan's year: from its title, else its document number (〔2005〕) or signing date
 * (二○○五年一月十七日) among `paragraphs`, else its preamble, else the file name. A year the
 * preamble mentions ("2019年是……") is history more often than the plan's own year.
 */
export function detectYear(title: string | null, description: string, fileName?: string, paragraphs: string[] = []): number | null {
  const fromFile = fileName ? /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(fileName)?.[1] : undefined;
  return yearIn(title) ?? officialYear(paragraphs) ?? yearIn(description) ?? (fromFile ? Number(fromFile) : null);
}

/** A total the document states in words: "满分100分", "总分100分", "共计100分". */
export function statedTotal(text: string): number | null {
  const m = /(?:满分|总分|共计|合计|总计)\s*(?:为)?\s*(\d{2,4})\s*分/.exec(text);
  return m ? Number(m[1]) : null;
}
