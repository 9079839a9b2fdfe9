import { EMPTY_OBJECT, IgnoreIfEmptyXmlComponent, isXmlComponent, NextAttributeComponent, TextRun, XmlComponent, type IContext, type IXmlableObject } from 'docx';
import { replacePrepForXml } from './replace-prep-for-xml.js';

interface Written {
  prepForXml: (context: IContext) => unknown;
  readonly writtenAs?: readonly Written[];
}

function pushPrepared(children: unknown[], value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== undefined) children.push(item);
  } else if (value !== undefined) {
    children.push(value);
  }
}

/**
 * The object docx 9 builds for an element and its children (its
 * `XmlComponent.prepForXml`), built with one loop. docx builds it with a
 * flatMap, a closure per element and a filter that copies the children
 * again; on the 1,600 elements of a plan that was about a tenth of a
 * .docx's time. Children are prepared in the same order, so components that
 * register relationships or numbering as they are written see the same
 * sequence.
 */
function childrenInOnePass(this: XmlComponent, context: IContext): IXmlableObject {
  const self = this as unknown as { root: unknown[]; rootKey: string };
  context.stack.push(this);
  const children: unknown[] = [];
  for (const component of self.root) {
    if (!isXmlComponent(component)) {
      pushPrepared(children, component);
      continue;
    }
    const parts = (component as unknown as Written).writtenAs;
    if (parts) {
      for (const part of parts) pushPrepared(children, part.prepForXml(context));
    } else {
      pushPrepared(children, (component as unknown as Written).prepForXml(context));
    }
  }
  context.stack.pop();
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | null | undefined) : undefined;
  return { [self.rootKey]: children.length === 0 ? EMPTY_OBJECT : only?._attr ? only : children } as IXmlableObject;
}

class Sample extends XmlComponent {
  constructor(children: readonly unknown[]) {
    super('w:sample');
    for (const child of children) this.root.push(child as XmlComponent);
  }
}

class Empty extends IgnoreIfEmptyXmlComponent {
  constructor() {
    super('w:empty');
  }
}

/** Elements that take each path through the method: attributes, text, an omitted child, a run written as several, nesting, nothing at all. */
function samples(): XmlComponent[] {
  const attributes = new NextAttributeComponent({ value: { key: 'w:val', value: 'x' } } as never);
  return [
    new Sample([]),
    new Sample([attributes]),
    new Sample([attributes, '文字 & <text>', new Empty()]),
    new Sample([new Empty(), undefined, [attributes, undefined]]),
    new Sample([new TextRun({ text: '一、', children: [new TextRun('目标')] }), new Sample([new Sample(['x'])])]),
  ];
}

let installed = false;

/** Puts the one-loop method in place of docx's own, once per process (see replacePrepForXml). */
export function useOnePassChildren(): void {
  if (installed) return;
  installed = true;
  replacePrepForXml(XmlComponent.prototype, childrenInOnePass, samples());
}
