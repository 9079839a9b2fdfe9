import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../src/diff/diff-plans.js';
import { formatDiffDocx } from '../../../src/diff/format/format-diff-docx.js';
import { formatDiffHtml } from '../../../src/diff/format/format-diff-html.js';
import { formatDiffText } from '../../../src/diff/format/format-diff-text.js';
import { readZip } from '../../../src/import/readers/zip-guard.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { CONTENT_SECURITY_POLICY } from '../../../src/render/html/html-view.js';
import { loadTemplate } from '../../../src/template/load-template.js';

const fixtures = join(import.meta.dirname, '../../fixtures/diff');
const plan = (name: string) => parsePlan(readFileSync(join(fixtures, name), 'utf8'), { file: name }).document;
const pair = diffPlans(plan('2026-工作计划.md'), plan('2027-工作计划.md'));
const files = { oldFile: '2026.md', newFile: '2027.md' };

describe('diff text output', () => {
  it('lists each change like git diff --stat, then the changed sentences', () => {
    const text = formatDiffText(pair, { ...files, lang: 'zh', color: false });
    expect(text.split('\n').slice(0, 11)).toEqual([
      '--- 2026.md',
      '+++ 2027.md',
      ' 改名  《市科技局2027年工作计划》     | 标题由“市科技局2026年工作计划”改为“市科技局2027年工作计划”',
      ' 修改  《市科技局2027年工作计划》     | 修改 1 句；数字：2026年 → 2027年',
      ' 修改  一、总体目标                   | 修改 1 句；数字：到2035年 → 到2030年，1200家 → 1500家',
      ' 修改  二、（一）强化企业创新主体地位 | 修改 1 句；数字：30项 → 35项',
      ' 删除  二、（二）推进科技成果转化     | 删除本节',
      ' 改名  二、（三）壮大科技人才队伍     | 标题由“培育科技人才”改为“壮大科技人才队伍”',
      ' 移动  三、（二）加强组织领导         | 由三、（一）移至三、（二）',
      ' 新增  五、数字化转型                 | 新增本节',
      ' 共 8 处变化：新增 1，删除 1，移动 1，改名 2，修改 3',
    ]);
    expect(text).toContain('- 组织企业申报国家科技项目30项。\n+ 组织企业申报国家科技项目35项。');
    expect(text).not.toContain('\u001b[');
  });

  it('colours kinds and sentences on a terminal', () => {
    expect(formatDiffText(pair, { ...files, lang: 'en', color: true })).toContain('\u001b[32m+ 组织企业申报国家科技项目35项。');
  });
});

describe('diff html output', () => {
  it("escapes plan text and forbids scripts with the rendered plans' Content-Security-Policy", () => {
    const hostile = diffPlans(
      parsePlan('# 计划\n\n## 一、目标\n\n完成10项。\n').document,
      parsePlan('# 计划\n\n## 一、目标\n\n完成<script>alert(1)</script>12项。\n').document,
    );
    const html = formatDiffHtml(hostile, { ...files, lang: 'zh' });
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('diff docx output', () => {
  it("is a 修订对照表 with 原文 | 修改后 | 说明 set in the template's fonts", async () => {
    const template = await loadTemplate('plan', { cwd: process.cwd() });
    const bytes = await formatDiffDocx(pair, { ...files, fonts: template.manifest.fonts });
    const zip = await readZip(Buffer.from(bytes), 'table.docx', ['word/document.xml']);
    const xml = zip.entries.get('word/document.xml')?.toString('utf8') ?? '';
    for (const text of ['修订对照表', '原文', '修改后', '说明', '组织企业申报国家科技项目35项。', '删除本节']) expect(xml).toContain(text);
    expect(xml).toContain(`w:eastAsia="${template.manifest.fonts.table.eastAsia[0]}"`);
    expect(xml).toContain(`w:eastAsia="${template.manifest.fonts.title.eastAsia[0]}"`);
    expect(xml.match(/<w:tr>|<w:tr /gu)?.length).toBe(1 + pair.changes.length);
  });
});
