import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One runtime import between two units of src/. */
export interface UnitImport {
  from: string;
  to: string;
  /** The importing file (relative to src/) and what it imports, for the failure message. */
  file: string;
  specifier: string;
}

/**
 * What an import is counted against: its folder below src/ (`check/rules`),
 * or, for a file at the top of src/, the file itself (`errors.ts`): the
 * library's entry (index.ts) and the leaf modules beside it (errors.ts)
 * are not one room.
 */
export function unitOf(pathInSrc: string): string {
  const parts = pathInSrc.split(/[\\/]/);
  return parts.length === 1 ? (parts[0] as string) : parts.slice(0, -1).join('/');
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The specifiers a module loads when it runs: static imports and
 * re-exports, and import() calls with a literal. Type-only imports and
 * exports (`import type`, or every name marked `type`) are left out: the
 * compiler erases them.
 */
export function runtimeSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly || (clause.name === undefined && named !== undefined && named.length > 0 && named.every((element) => element.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      const typeOnly = node.isTypeOnly || (named !== undefined && named.length > 0 && named.every((element) => element.isTypeOnly));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every runtime import in `srcFolder` from one unit to another. */
export function unitImports(srcFolder: string): UnitImport[] {
  const imports: UnitImport[] = [];
  for (const path of sourceFiles(srcFolder)) {
    const file = relative(srcFolder, path).split(sep).join('/');
    for (const specifier of runtimeSpecifiers(path, readFileSync(path, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = relative(srcFolder, resolve(dirname(path), specifier))
        .split(sep)
        .join('/');
      if (target.startsWith('..')) continue;
      const from = unitOf(file);
      const to = unitOf(target.replace(/\.js$/, '.ts'));
      if (from !== to) imports.push({ from, to, file, specifier });
    }
  }
  return imports;
}

/** The units of every top-level entry of src/ (each folder and top-level file), for the layer table to cover. */
export function topLevelEntries(srcFolder: string): string[] {
  return readdirSync(srcFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() || (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')))
    .map((entry) => entry.name);
}

/** The groups of units that import each other round a circle (strongly connected components of two or more), each sorted. */
export function importCycles(imports: readonly Pick<UnitImport, 'from' | 'to'>[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    if (!next.has(from)) next.set(from, new Set());
    if (!next.has(to)) next.set(to, new Set());
    next.get(from)?.add(to);
  }
  // Tarjan's algorithm.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (unit: string): void => {
    index.set(unit, counter);
    low.set(unit, counter);
    counter += 1;
    stack.push(unit);
    onStack.add(unit);
    for (const target of next.get(unit) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(unit, Math.min(low.get(unit) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(unit, Math.min(low.get(unit) as number, index.get(target) as number));
      }
    }
    if (low.get(unit) === index.get(unit)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== unit);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const unit of [...next.keys()].sort()) if (!index.has(unit)) connect(unit);
  return cycles;
}

/**
 * The layer of a unit: the most specific entry of the table naming it or a
 * folder above it (entries are top-level folders or files of src/, or
 * deeper folders where one needs a layer of its own). Layer 0 is the top.
 */
export function layerOf(unit: string, layers: readonly (readonly string[])[]): number | undefined {
  let best: { layer: number; length: number } | undefined;
  layers.forEach((entries, layer) => {
    for (const entry of entries) {
      if ((unit === entry || unit.startsWith(`${entry}/`)) && (best === undefined || entry.length > best.length)) best = { layer, length: entry.length };
    }
  });
  return best?.layer;
}

/** Imports that reach up: from a unit to one of a higher layer (a smaller number). */
export function upwardImports<T extends Pick<UnitImport, 'from' | 'to'>>(imports: readonly T[], layers: readonly (readonly string[])[]): T[] {
  return imports.filter((entry) => {
    const from = layerOf(entry.from, layers);
    const to = layerOf(entry.to, layers);
    return from !== undefined && to !== undefined && to < from;
  });
}
