import * as docx from 'docx';
import type { BodyElement, Paragraph, ParagraphChild, ParagraphProperties, TextRun } from './elements.js';

type DocxBodyElement = docx.Paragraph | docx.Table | docx.Textbox;

function paragraphOptions(options: ParagraphProperties): docx.IParagraphOptions {
  return options as docx.IParagraphOptions;
}

function textRun(run: TextRun): docx.TextRun {
  const { children, ...rest } = run.options;
  return new docx.TextRun({
    ...(rest as docx.IRunOptions),
    ...(children ? { children: children.map((child) => (typeof child === 'string' ? child : new docx.Tab())) } : {}),
  } as docx.IRunOptions);
}

/** A run or link as docx's own element. */
export function toDocxChild(child: ParagraphChild): docx.ParagraphChild {
  if (child.kind === 'run') return textRun(child);
  return new docx.ExternalHyperlink({ link: child.options.link, children: child.options.children.map(textRun) });
}

function paragraph(element: Paragraph): docx.Paragraph {
  const { children, ...properties } = element.options;
  return new docx.Paragraph({ ...paragraphOptions(properties), children: (children ?? []).map(toDocxChild) });
}

/**
 * The same body built with the docx library's own classes: the reference
 * that tests hold `writeBody` to, and what docx packs whole when our writer
 * is not used.
 */
export function toDocx(element: BodyElement): DocxBodyElement {
  switch (element.kind) {
    case 'paragraph':
      return paragraph(element);
    case 'table': {
      const { rows, ...rest } = element.options;
      return new docx.Table({
        ...(rest as Omit<docx.ITableOptions, 'rows'>),
        rows: rows.map(
          (row) =>
            new docx.TableRow({
              ...row.options,
              children: row.options.children.map((cell) => {
                const { children, ...rest } = cell.options;
                return new docx.TableCell({ ...(rest as Omit<docx.ITableCellOptions, 'children'>), children: children.map(paragraph) });
              }),
            }),
        ),
      });
    }
    case 'textbox': {
      const { children, ...rest } = element.options;
      return new docx.Textbox({ ...(rest as Omit<ConstructorParameters<typeof docx.Textbox>[0], 'children'>), children: children.map(paragraph) });
    }
  }
}
