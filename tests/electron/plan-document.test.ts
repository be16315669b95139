import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadPlan, readPlanDocument } from '../../electron/services/plan-document';
import { makeDocx } from '../helpers/docx';
import { SEED_PLAN } from '../helpers/paths';
import { useTempDir } from '../helpers/temp';

const seed = readFileSync(SEED_PLAN, 'utf8');
const simplified = '2021年度考核方案\n一、安全生产\n（一）落实责任。压实各方责任。\n（二）隐患治理。\n二、应急管理\n（三）预案管理。\n';

describe('reading plan documents', () => {
  const tmp = useTempDir();
  const write = (name: string, data: Buffer | string) => {
    const path = join(tmp(), name);
    writeFileSync(path, data);
    return path;
  };

  it.each([
    ['utf-8', () => Buffer.from(seed, 'utf8'), 'utf-8'],
    ['utf-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]), 'utf-8'],
    ['GB18030', () => iconv.encode(seed, 'gb18030'), 'gb18030'],
    ['UTF-16LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]), 'utf-16le'],
    ['UTF-16LE without BOM', () => Buffer.from(seed, 'utf16le'), 'utf-16le'],
    ['UTF-16BE without BOM', () => Buffer.from(seed, 'utf16le').swap16(), 'utf-16be'],
    ['Big5', () => iconv.encode(seed, 'big5'), 'big5'],
  ])('decodes the seed written in %s and parses the same tree', async (_name, bytes, encoding) => {
    const { document, plan } = await loadPlan(write('plan.txt', bytes()));
    expect(document.encoding).toBe(encoding);
    expect(plan.criteria).toHaveLength(6);
    expect(plan.criteria.flatMap((c) => c.children)).toHaveLength(25);
    expect(plan.criteria[2]!.children[0]!.title).toBe('強化重點行業領域安全監管');
  });

  it('decodes GBK (Simplified) text', async () => {
    const { document, plan } = await loadPlan(write('gbk.txt', iconv.encode(simplified, 'gbk')));
    expect(document.encoding).toBe('gb18030');
    expect(plan.title).toBe('2021年度考核方案');
    expect(plan.criteria[0]!.children[0]!.title).toBe('落实责任');
  });

  it('reads the paragraphs of a .docx document', async () => {
    const path = write('plan.docx', await makeDocx(simplified.trim().split('\n')));
    const { document, plan } = await loadPlan(path);
    expect(document.encoding).toBe('docx');
    expect(plan.title).toBe('2021年度考核方案');
    expect(plan.criteria.map((c) => c.title)).toEqual(['安全生产', '应急管理']);
    expect(plan.criteria[0]!.children.map((c) => c.title)).toEqual(['落实责任', '隐患治理']);
  });

  it('reads Markdown as Markdown', async () => {
    const { document, plan } = await loadPlan(write('plan.md', '# 2021年方案\n\n## 一、甲\n\n- （一）乙。\n- （二）丙。\n'));
    expect(document.kind).toBe('markdown');
    expect(plan.criteria[0]!.children.map((c) => c.number + c.title)).toEqual(['（一）乙', '（二）丙']);
  });

  it.each([
    ['missing file', () => join(tmp(), 'nope.txt'), 'error.fileMissing'],
    ['a folder', () => (mkdirSync(join(tmp(), 'dir.txt')), join(tmp(), 'dir.txt')), 'error.notAFile'],
    ['empty file', () => write('empty.txt', ''), 'error.fileEmpty'],
    [
      'binary file',
      () =>
        write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3])),
      'error.fileBinary',
    ],
    [
      'Shift_JIS text',
      () => write('ja.txt', iconv.encode('これは日本語のテキストです。ひらがなとカタカナ。'.repeat(10), 'shift_jis')),
      'error.unknownEncoding',
    ],
    ['old .doc', () => write('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), 'error.docLegacy'],
    ['broken .docx', () => write('broken.docx', Buffer.from('PK\u0003\u0004 not really a zip')), 'hardening.docxBroken'],
    ['broken .xlsx', () => write('scores.xlsx', Buffer.from('PK\u0003\u0004 zip')), 'hardening.zipBroken'],
    ['a presentation', () => write('slides.pptx', Buffer.from('PK\u0003\u0004 zip')), 'error.unsupportedType'],
  ])('refuses a %s with a message naming the file', async (_name, makePath, key) => {
    const path = makePath();
    await expect(readPlanDocument(path)).rejects.toMatchObject({ key, params: expect.objectContaining({ file: path.split('/').at(-1) }) });
  });
});
