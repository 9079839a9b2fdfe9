import { NextAttributeComponent, XmlComponent } from 'docx';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { useOnePassAttributes } from '../../../../src/render/docx/fast-attributes.js';
import { useOnePassChildren } from '../../../../src/render/docx/fast-children.js';
import { renderDocx } from '../../../../src/render/docx/render-docx.js';
import { loadTemplate } from '../../../../src/template/load-template.js';
import { docxParts, SAMPLE_PLANS } from './docx-parts.js';

/** A method of docx that we replace, and how to put either version in place. */
interface Patched {
  install: () => void;
  prototype: { prepForXml: unknown };
  /** docx's own method, taken before any document is written (writing one installs ours). */
  docxOwn: unknown;
}

const DOCX_OWN_ATTRIBUTES: unknown = NextAttributeComponent.prototype.prepForXml;
const DOCX_OWN_CHILDREN: unknown = XmlComponent.prototype.prepForXml;

/** Every part but the timestamps (docProps/core.xml). */
const parts = (bytes: Uint8Array): Promise<Map<string, string>> => docxParts(bytes, ['docProps/core.xml']);

/** Writes the plans with both templates, with docx's own method and with ours, and compares every part. */
async function expectSameDocuments({ install, prototype, docxOwn }: Patched): Promise<void> {
  install();
  const ours = prototype.prepForXml;
  expect(ours).not.toBe(docxOwn);
  try {
    for (const template of ['plan', 'official']) {
      const loaded = await loadTemplate(template, { cwd: process.cwd() });
      for (const plan of SAMPLE_PLANS) {
        const view = buildViewModel(parsePlan(plan).document, loaded);
        prototype.prepForXml = docxOwn;
        const expected = await parts(await renderDocx(view, loaded));
        prototype.prepForXml = ours;
        const actual = await parts(await renderDocx(view, loaded));
        expect(actual.size).toBeGreaterThan(10);
        expect(actual).toEqual(expected);
      }
    }
  } finally {
    prototype.prepForXml = ours;
  }
}

describe('docx methods replaced by faster ones', () => {
  it('attributes built in one pass write every part of a document byte for byte as docx itself does', async () => {
    await expectSameDocuments({ install: useOnePassAttributes, prototype: NextAttributeComponent.prototype as unknown as Patched['prototype'], docxOwn: DOCX_OWN_ATTRIBUTES });
  });

  it('children prepared in one loop write every part of a document byte for byte as docx itself does', async () => {
    await expectSameDocuments({ install: useOnePassChildren, prototype: XmlComponent.prototype as unknown as Patched['prototype'], docxOwn: DOCX_OWN_CHILDREN });
  });
});
