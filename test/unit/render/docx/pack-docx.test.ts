import { readFileSync } from 'node:fs';
import { Packer } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { builtinKindsModuleText } from '../../../../src/render/builtin-kinds-module.js';
import { OWN_PARTS } from '../../../../src/render/docx/own-parts.js';
import { docxFallbackReason, forgetKinds, kindOf, wholeByDocx } from '../../../../src/render/docx/pack-docx.js';
import { documentSource, renderDocx } from '../../../../src/render/docx/render-docx.js';
import { unzipParts } from '../../../../src/render/docx/unzip-parts.js';
import type { DocumentView } from '../../../../src/render/view-model.js';
import { paragraphPropertiesInSchemaOrder } from '../../../../src/render/wml/property-order.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { officialPlan } from '../official-plan.js';
import { SAMPLE_PLANS } from './docx-parts.js';

afterEach(() => {
  vi.restoreAllMocks();
  forgetKinds();
});

interface Sample {
  view: DocumentView;
  template: LoadedTemplate;
}

/** Documents of several kinds, interleaved: both templates, a table, a link, a 版记 in a text box after blank pages (two sections). */
async function samples(): Promise<Sample[]> {
  const plan = await loadTemplate('plan', { cwd: process.cwd() });
  const official = await loadTemplate('official', { cwd: process.cwd() });
  const found: Sample[] = [];
  for (let round = 0; round < 2; round += 1) {
    for (const template of [plan, official]) {
      for (const source of SAMPLE_PLANS) found.push({ view: buildViewModel(parsePlan(source).document, template), template });
    }
    for (const paragraphs of [3, 20, 37]) found.push({ view: officialPlan(official, paragraphs + round), template: official });
  }
  return found;
}

/** When core.xml was written: the clock's, so two writings a moment apart differ there. */
const TIMESTAMP = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g;
/** Ids each writer picks for itself: a link's relationship id and a text box's shape id. */
const OWN_IDS = /(<w:hyperlink\b[^>]*\br:id="|<v:shape\b[^>]*?\bid=")([^"]*)"/g;
/** A link's relationship, whose id is the writer's own and whose place in the list does not matter. */
const LINK_RELATIONSHIP = /<Relationship Id="[^"]*"( Type="[^"]*hyperlink" Target="[^"]*" TargetMode="External")\/>/g;

/** A part's text with what each writer picks for itself numbered in order of appearance. */
function comparablePart(path: string, text: string): string {
  if (path === 'docProps/core.xml') return text.replace(TIMESTAMP, '$1');
  if (path === 'word/_rels/document.xml.rels') {
    const links = (text.match(LINK_RELATIONSHIP) ?? []).map((link) => link.replace(LINK_RELATIONSHIP, '$1')).sort();
    return `${text.replace(LINK_RELATIONSHIP, '').replace(/ Id="rId\d+"/g, '')}${links.join('')}`;
  }
  let count = 0;
  return text.replace(OWN_IDS, (_, start: string) => {
    count += 1;
    return `${start}#${count}"`;
  });
}

/** Every part of a written .docx by path (the archive's order aside), with what each writer picks for itself (ids, the clock) set aside. */
function comparable(parts: Map<string, string | Uint8Array>): Array<[string, string]> {
  return [...parts]
    .map(([path, data]): [string, string] => [path, comparablePart(path, typeof data === 'string' ? data : Buffer.from(data).toString('base64'))])
    .sort(([a], [b]) => a.localeCompare(b));
}

describe('a .docx written by our body writer', () => {
  it('is, for every document of every kind, the document docx itself writes whole', async () => {
    const all = await samples();
    const packed = vi.spyOn(Packer, 'toBuffer');
    const ours = [];
    for (const { view, template } of all) ours.push(comparable(unzipParts(await renderDocx(view, template))));
    expect(docxFallbackReason()).toBeNull();
    // The built-in templates' kinds were written ahead: no docx ran, every part comes from our writer or the generated kinds.
    expect(packed).not.toHaveBeenCalled();
    for (const [index, { view, template }] of all.entries()) {
      const theirs = comparable(await wholeByDocx(documentSource(view, template.manifest), []));
      // The font table is our override, given by renderDocx only.
      expect(ours[index]?.filter(([path]) => path !== 'word/fontTable.xml')).toEqual(theirs.filter(([path]) => path !== 'word/fontTable.xml'));
    }
    // Each document is written twice, once whole by docx: slow on a busy machine, however fast our writer is.
  }, 120_000);

  it('numbers each document’s links in its own relationships', async () => {
    const template = await loadTemplate('plan', { cwd: process.cwd() });
    const links = ['https://www.gov.cn/a', 'https://www.gov.cn/b?x=1&y=2', 'https://www.gov.cn/c'];
    const found = [];
    for (const link of links) {
      const view = buildViewModel(parsePlan(`---\ntitle: 2027年工作计划\n---\n\n一、目标\n\n详见[网站](${link})与[附件](${link}/x)。\n`).document, template);
      found.push(unzipParts(await renderDocx(view, template)));
    }
    const last = found[2] as Map<string, string>;
    const relationships = last.get('word/_rels/document.xml.rels') as string;
    expect(relationships).toContain('Target="https://www.gov.cn/c"');
    expect(relationships).toContain('Target="https://www.gov.cn/c/x"');
    expect(relationships).not.toContain('https://www.gov.cn/a');
    expect((found[1] as Map<string, string>).get('word/_rels/document.xml.rels')).toContain('Target="https://www.gov.cn/b?x=1&amp;y=2"');
    for (const id of relationships.match(/(?<=Id=")rIdLink\d+/g) ?? []) expect(last.get('word/document.xml')).toContain(`r:id="${id}"`);
    expect(relationships.match(/rIdLink\d+/g)).toHaveLength(2);
  });

  it('has docx write a template’s kind once, without a body, when it is not a built-in one', async () => {
    const builtin = await loadTemplate('plan', { cwd: process.cwd() });
    const template: LoadedTemplate = { ...builtin, manifest: { ...builtin.manifest, redColor: 'C00000' } };
    const view = buildViewModel(parsePlan(SAMPLE_PLANS[0] as string).document, template);
    const packed = vi.spyOn(Packer, 'toBuffer');
    const written = [];
    for (let index = 0; index < 3; index += 1) written.push(comparable(unzipParts(await renderDocx(view, template))));
    expect(packed).toHaveBeenCalledTimes(1);
    expect(docxFallbackReason()).toBeNull();
    const theirs = comparable(await wholeByDocx(documentSource(view, template.manifest), []));
    for (const parts of written)
      expect(parts.filter(([path]) => path !== 'word/fontTable.xml')).toEqual(theirs.filter(([path]) => path !== 'word/fontTable.xml'));
  });

  it('holds the built-in templates’ kinds as docx writes them now (npm run generate writes them)', async () => {
    const committed = readFileSync(new URL('../../../../src/render/docx/builtin-kinds.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await builtinKindsModuleText());
  });

  it('names what is missing when docx’s package has not the frame a kind is made of', async () => {
    const template = await loadTemplate('official', { cwd: process.cwd() });
    const parts = await wholeByDocx(documentSource(officialPlan(template, 37), template.manifest), []);
    expect(typeof kindOf(parts, 2)).toBe('object');
    expect(kindOf(parts, 1)).toBe('docx wrote 2 sections for 1');
    const noBody = new Map(parts).set('word/document.xml', '<w:document/>');
    expect(kindOf(noBody, 2)).toBe("docx's word/document.xml has no w:body");
    const noRelationships = new Map(parts);
    noRelationships.delete('word/_rels/document.xml.rels');
    expect(kindOf(noRelationships, 2)).toBe('docx wrote no word/document.xml or word/_rels/document.xml.rels');
  });

  it('writes whole documents through docx once the writer has been left, in the schema’s order', async () => {
    forgetKinds('left for this test');
    const template = await loadTemplate('official', { cwd: process.cwd() });
    const view = officialPlan(template, 37);
    const packed = vi.spyOn(Packer, 'toBuffer');
    const parts = unzipParts(await renderDocx(view, template));
    expect(packed).toHaveBeenCalledTimes(1);
    for (const path of OWN_PARTS) expect(parts.has(path)).toBe(true);
    const document = parts.get('word/document.xml') as string;
    expect(document).toContain('<w:txbxContent>');
    // docx writes w:autoSpaceDN after w:jc; the parts we hand on have it where the schema does.
    expect(document).not.toMatch(/<w:jc [^>]*\/><w:autoSpaceDN/);
    expect(document).toMatch(/<w:autoSpaceDN w:val="false"\/><w:ind /);
  });
});

describe('paragraphPropertiesInSchemaOrder', () => {
  it('puts each w:pPr’s children in CT_PPr’s order, nested elements whole, the rest untouched', () => {
    const xml =
      '<w:p><w:pPr><w:jc w:val="both"/><w:autoSpaceDN w:val="false"/><w:pBdr><w:top w:val="single"/></w:pBdr><w:keepNext/><w:sectPr><w:pgSz w:w="1"/></w:sectPr><w:spacing w:line="579"/></w:pPr><w:r><w:t>一</w:t></w:r></w:p>';
    expect(paragraphPropertiesInSchemaOrder(xml)).toBe(
      '<w:p><w:pPr><w:keepNext/><w:pBdr><w:top w:val="single"/></w:pBdr><w:autoSpaceDN w:val="false"/><w:spacing w:line="579"/><w:jc w:val="both"/><w:sectPr><w:pgSz w:w="1"/></w:sectPr></w:pPr><w:r><w:t>一</w:t></w:r></w:p>',
    );
  });

  it('keeps elements it does not know last, in the order they came, and text without w:pPr as it is', () => {
    expect(paragraphPropertiesInSchemaOrder('<w:pPr><w:x/><w:jc/><w:y/></w:pPr>')).toBe('<w:pPr><w:jc/><w:x/><w:y/></w:pPr>');
    expect(paragraphPropertiesInSchemaOrder('<w:r><w:t>a</w:t></w:r>')).toBe('<w:r><w:t>a</w:t></w:r>');
  });
});
