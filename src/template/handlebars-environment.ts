import Handlebars from 'handlebars';
import { PlanError } from '../errors.js';
import { handlebarsOptions, type CompileOptions } from './compile-options.js';
import { precompiledSpec } from './precompiled-templates.js';

export type HandlebarsEnvironment = ReturnType<typeof Handlebars.create>;
export type CompiledTemplate = (context: unknown) => string;

/**
 * A Handlebars environment of its own for each template: helpers and
 * partials registered for one template never leak into another, nor into
 * the global Handlebars a dependency might use. Prototype access stays
 * denied (the Handlebars 4.6+ default; we never pass the allow options).
 */
export function createHandlebarsEnvironment(): HandlebarsEnvironment {
  const environment = Handlebars.create();
  environment.registerHelper('join', (list: unknown, separator: unknown) => {
    const items = Array.isArray(list) ? list : list === null || list === undefined ? [] : [list];
    return items.map(String).join(typeof separator === 'string' ? separator : '、');
  });
  return environment;
}

/**
 * A Handlebars file compiled with its folder's options: its precompiled
 * form when its text is that of a built-in file (see
 * precompiled-templates.ts), else compiled here, a syntax error reported
 * now with the file and line. Partials are registered compiled so: as text,
 * Handlebars would compile them with the options of the template calling
 * them, which a precompiled template does not carry.
 */
export function compileHandlebarsFile(environment: HandlebarsEnvironment, source: string, file: string, options: CompileOptions): CompiledTemplate {
  const spec = precompiledSpec(source, options);
  if (spec) return environment.template(spec);
  try {
    environment.parse(source);
  } catch (error) {
    throw templateSyntaxError(file, error);
  }
  return environment.compile(source, handlebarsOptions(options));
}

/**
 * Compiles one template file strictly (see compileHandlebarsFile): a syntax
 * error is reported now, with the file and line, rather than at the first
 * render. A field missing at render time is an error naming the file too.
 */
export function compileTemplateFile(environment: HandlebarsEnvironment, source: string, file: string, options: CompileOptions): CompiledTemplate {
  const compiled = compileHandlebarsFile(environment, source, file, options);
  return (context: unknown): string => {
    try {
      return compiled(context);
    } catch (error) {
      throw templateRenderError(file, error);
    }
  };
}

function lineOf(error: unknown): number | undefined {
  const known = (error as { lineNumber?: unknown }).lineNumber;
  if (typeof known === 'number') return known;
  const message = String((error as Error)?.message ?? error);
  const match = /on line (\d+)/.exec(message) ?? / - (\d+):\d+$/m.exec(message);
  return match ? Number(match[1]) : undefined;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] ?? '';
}

function templateSyntaxError(file: string, error: unknown): PlanError {
  const line = lineOf(error);
  const where = line === undefined ? file : `${file}:${line}`;
  const detail = String((error as Error)?.message ?? error).replace(/^Parse error on line \d+:\n?/, '');
  return new PlanError(
    {
      zh: `模板文件 ${where} 有 Handlebars 语法错误：${detail}\n请修改该文件，检查 {{ }} 是否成对、块是否闭合`,
      en: `Template file ${where} has a Handlebars syntax error: ${detail}\nFix that file: check that {{ }} pair up and blocks are closed`,
    },
    { place: line === undefined ? { file } : { file, line }, cause: error },
  );
}

function templateRenderError(file: string, error: unknown): PlanError {
  const line = lineOf(error);
  const where = line === undefined ? file : `${file}:${line}`;
  const detail = firstLine(error);
  return new PlanError(
    {
      zh: `模板文件 ${where} 无法生成文字：${detail}\n模板只能使用文档提供的字段；请检查字段名的拼写`,
      en: `Template file ${where} failed to render: ${detail}\nTemplates may use only the fields the document provides; check the field's spelling`,
    },
    { place: line === undefined ? { file } : { file, line }, cause: error },
  );
}
