import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parsePlan } from '../../src/parse/parse-plan.js';
import { buildViewModel } from '../../src/render/build-view-model.js';
import { renderHtml } from '../../src/render/html/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../src/template/load-template.js';
import { PROJECT_DIR } from '../helpers/corpus.js';

export const ARTIFACTS_DIR = join(PROJECT_DIR, 'test/artifacts/html');

/** Renders a Markdown file through a template to test/artifacts/html/<name>.<template>.html. */
export async function renderToArtifact(markdownFile: string, templateName: string): Promise<{ file: string; template: LoadedTemplate }> {
  const template = await loadTemplate(templateName, { cwd: PROJECT_DIR });
  const { document } = parsePlan(readFileSync(markdownFile, 'utf8'), { file: markdownFile });
  const html = await renderHtml(buildViewModel(document, template), template);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${basename(markdownFile, '.md')}.${basename(templateName)}.html`);
  writeFileSync(file, html);
  return { file, template };
}
