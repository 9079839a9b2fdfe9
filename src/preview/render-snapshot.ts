import { dirname, relative } from 'node:path';
import { checkPlan } from '../check/engine/check-plan.js';
import type { Diagnostic } from '../check/diagnostic.js';
import { loadConfigFor } from '../config/load-config.js';
import { isPlanError } from '../errors.js';
import { say, type Lang, type Text } from '../i18n/text.js';
import { readPlanFile } from '../io/read-plan-file.js';
import { parsePlan, type ParseResult } from '../parse/parse-plan.js';
import type { Section } from '../plan/types.js';
import { buildViewModel } from '../render/build-view-model.js';
import { renderers, type OutputFormat } from '../render/renderers.js';
import { DEFAULT_TEMPLATE } from '../template/builtin-templates.js';
import { loadTemplate, type LoadedTemplate } from '../template/load-template.js';
import { sheetSpec, withSheetSpec } from './sheet-spec.js';

/** One finding as the page shows it: where it is in the text and which heading it belongs under. */
export interface Finding {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  line: number | null;
  column: number | null;
  /** The id of the rendered section the finding falls in (`s-2-1`), null before the first heading. */
  anchor: string | null;
}

/** A rendering of the plan as it was on disk at one moment. */
export interface Snapshot {
  /** The page of `plan build --format html`, with the sheet spec the preview lays it out by. */
  html: string;
  findings: Finding[];
  /** The folder of the template used: the preview watches it. */
  templateFolder: string | null;
  /** The config file that applied, watched too. */
  configFile: string | null;
}

export interface SnapshotOptions {
  cwd: string;
  /** `--template`, else the plan's `template:`, else the default. */
  template?: string | undefined;
  lang: Lang;
}

/** Why a save could not be rendered: the page keeps the last good rendering and shows this. */
export class SnapshotError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

interface Loaded {
  parsed: ParseResult;
  template: LoadedTemplate;
  shown: string;
}

/** Reads, parses and finds the template exactly as `plan build` does; a front matter that does not parse is an error here. */
async function load(file: string, options: SnapshotOptions): Promise<Loaded> {
  const shown = relative(options.cwd, file) || file;
  const text = await readPlanFile(file, shown);
  const parsed = parsePlan(text, { file: shown });
  const broken = parsed.messages.filter((message) => message.severity === 'error');
  if (broken.length > 0) {
    const lines = broken.map((message) => ({
      zh: `${shown}${message.position ? `:${message.position.start.line}:${message.position.start.column}` : ''} ${message.text.zh}`,
      en: `${shown}${message.position ? `:${message.position.start.line}:${message.position.start.column}` : ''} ${message.text.en}`,
    }));
    throw new SnapshotError({ zh: lines.map((line) => line.zh).join('\n'), en: lines.map((line) => line.en).join('\n') });
  }
  const templateName = options.template ?? parsed.document.metadata.template ?? DEFAULT_TEMPLATE;
  const template = await loadTemplate(templateName, { cwd: options.template ? options.cwd : dirname(file) });
  return { parsed, template, shown };
}

/**
 * Renders the plan's HTML page with the same code as `plan build --format
 * html`, and its findings with the same engine as `plan check`. Unlike a
 * build, findings never stop the rendering: the preview shows both.
 */
export async function renderSnapshot(file: string, options: SnapshotOptions): Promise<Snapshot> {
  try {
    const { parsed, template, shown } = await load(file, options);
    const config = await loadConfigFor(file, { cwd: options.cwd });
    const diagnostics = checkPlan(parsed, config);
    const view = buildViewModel(parsed.document, template, { file: shown });
    const render = await (renderers.html as NonNullable<(typeof renderers)['html']>)();
    const html = withSheetSpec(String(await render(view, template)), sheetSpec(template.manifest, view.pageNumber));
    return {
      html,
      findings: diagnostics.map((diagnostic) => toFinding(diagnostic, parsed, options.lang)),
      templateFolder: template.builtin ? null : template.folder,
      configFile: config.file,
    };
  } catch (error) {
    if (isPlanError(error)) throw new SnapshotError(error.text);
    throw error;
  }
}

/** The .docx or PDF of the plan as it is on disk now, made by `plan build`'s renderers. */
export async function renderDownload(file: string, format: Exclude<OutputFormat, 'html'>, options: SnapshotOptions): Promise<Uint8Array> {
  try {
    const { parsed, template, shown } = await load(file, options);
    const view = buildViewModel(parsed.document, template, { file: shown });
    const render = await (renderers[format] as NonNullable<(typeof renderers)[typeof format]>)();
    const data = await render(view, template);
    return typeof data === 'string' ? new TextEncoder().encode(data) : data;
  } catch (error) {
    if (isPlanError(error)) throw new SnapshotError(error.text);
    throw error;
  }
}

function toFinding(diagnostic: Diagnostic, parsed: ParseResult, lang: Lang): Finding {
  const offset = diagnostic.position?.start.offset;
  return {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    message: say(diagnostic.message, lang),
    line: diagnostic.position?.start.line ?? null,
    column: diagnostic.position?.start.column ?? null,
    anchor: offset === undefined ? null : anchorAt(parsed.document.sections, offset, 's'),
  };
}

/**
 * The id the HTML renderer gives the innermost section holding `offset`:
 * `s-` and the 1-based place of each section among its siblings, as
 * src/render/html/section-tree.ts numbers them.
 */
export function anchorAt(sections: readonly Section[], offset: number, prefix: string): string | null {
  let index = 0;
  for (const section of sections) {
    index += 1;
    const position = section.position ?? section.headingPosition;
    if (position && position.start.offset <= offset && offset <= position.end.offset) {
      const id = `${prefix}-${index}`;
      return anchorAt(section.children, offset, id) ?? id;
    }
  }
  return null;
}
