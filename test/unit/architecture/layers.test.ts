import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, layerOf, runtimeSpecifiers, topLevelEntries, unitImports, upwardImports, type UnitImport } from './import-graph.js';

/**
 * The layers of src/, top to bottom: a unit may import its own layer's and
 * lower layers' units, never a higher one's, and no units may import each
 * other round a circle (checked separately, so two rooms of one layer, or
 * two sub-folders of one folder, cannot lean on each other either).
 * Folders that do not exist yet have their place here already.
 */
const LAYERS: readonly (readonly string[])[] = [
  // The command line and the library's entry: what a user calls.
  ['cli', 'index.ts'],
  // One folder per command: its options, its commander declaration, its per-file task and batch wiring.
  ['commands'],
  // The generic batch engine: pool, progress, shard, cache. It imports no command.
  ['batch'],
  // Services built on the domains.
  ['preview', 'lsp'],
  // The domains. `config` is plan check's configuration: its schema and presets are made from the rules' own metadata, so it sits beside check (under check's engine, over its rules), not under it.
  ['check', 'render', 'import', 'outline', 'reporters', 'diff', 'targets', 'config'],
  ['template'],
  ['parse'],
  // The plan's types and the leaf utilities.
  ['plan', 'io', 'encoding', 'i18n', 'schema', 'errors.ts', 'format-error.ts', 'version.ts'],
];

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));

function shown(imports: readonly UnitImport[]): string {
  return imports.map((entry) => `  ${entry.from} → ${entry.to}: src/${entry.file} imports '${entry.specifier}'`).join('\n');
}

describe('the import layers of src/', () => {
  const imports = unitImports(SRC);

  it('finds the imports it is to judge', () => {
    // A guard against a parser that silently finds nothing, which would pass everything below.
    expect(imports.length).toBeGreaterThan(100);
    expect(imports).toContainEqual(expect.objectContaining({ from: 'cli', to: 'commands/build', specifier: '../commands/build/cli.js' }));
  });

  it('gives every folder and top-level file of src/ a layer', () => {
    const missing = topLevelEntries(SRC).filter((entry) => layerOf(entry, LAYERS) === undefined);
    expect(missing, `add these to LAYERS in ${import.meta.url}`).toEqual([]);
  });

  it('has no circle of imports between folders', () => {
    const cycles = importCycles(imports);
    const detail = cycles
      .map((cycle) => `${cycle.join(' ⇄ ')}\n${shown(imports.filter((entry) => cycle.includes(entry.from) && cycle.includes(entry.to)))}`)
      .join('\n');
    expect(cycles, `folders that import each other round a circle:\n${detail}`).toEqual([]);
  });

  it('never imports from a higher layer', () => {
    const upward = upwardImports(imports, LAYERS);
    expect(upward, `imports that reach up a layer:\n${shown(upward)}`).toEqual([]);
  });
});

describe('the import checker itself', () => {
  it('counts static imports, re-exports and import() calls, not type-only imports', () => {
    const text = [
      "import { a } from './a.js';",
      "import b, { type B } from './b.js';",
      "import { type C } from './c.js';",
      "import type { D } from './d.js';",
      "export { e } from './e.js';",
      "export type { F } from './f.js';",
      "export * from './g.js';",
      "export { type H } from './h.js';",
      "const i = await import('./i.js');",
      "type J = import('./j.js').J;",
      "import './k.js';",
    ].join('\n');
    expect(runtimeSpecifiers('x.ts', text)).toEqual(['./a.js', './b.js', './e.js', './g.js', './i.js', './k.js']);
  });

  it('finds every circle, long or short', () => {
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'c', to: 'd' },
      { from: 'd', to: 'e' },
      { from: 'e', to: 'd' },
      { from: 'e', to: 'f' },
    ];
    expect(importCycles(edges)).toEqual([
      ['d', 'e'],
      ['a', 'b', 'c'],
    ]);
    expect(importCycles(edges.filter((edge) => edge.from !== 'c' || edge.to !== 'a').filter((edge) => edge.from !== 'e' || edge.to !== 'd'))).toEqual([]);
  });

  it("finds an import that reaches up, the most specific table entry deciding a folder's layer", () => {
    const layers = [['top'], ['middle', 'low/raised'], ['low']];
    expect(layerOf('low/raised/deeper', layers)).toBe(1);
    expect(layerOf('low/other', layers)).toBe(2);
    expect(layerOf('unknown', layers)).toBeUndefined();
    const edges = [
      { from: 'top', to: 'middle' },
      { from: 'middle', to: 'low' },
      { from: 'low/raised', to: 'middle' },
      { from: 'low', to: 'middle' },
      { from: 'middle', to: 'top' },
    ];
    expect(upwardImports(edges, layers)).toEqual([
      { from: 'low', to: 'middle' },
      { from: 'middle', to: 'top' },
    ]);
  });
});
