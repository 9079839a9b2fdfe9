import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

/**
 * The VS Code extension is built and packaged in CI (`.ci/run`, with its own
 * dependencies); these checks keep its manifest and its code in step with
 * each other and with the CLI it starts, without installing anything.
 */
const folder = join(import.meta.dirname, '../../../editors/vscode');
const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  contributes: {
    commands: Array<{ command: string; title: string }>;
    menus: Record<string, Array<{ command: string }>>;
    configuration: { properties: Record<string, { default: unknown }> };
  };
};
const source = readFileSync(join(folder, 'src/extension.ts'), 'utf8');

describe('VS Code extension', () => {
  it('builds the file its manifest names as main', () => {
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.scripts['build']).toContain('src/extension.ts');
    expect(manifest.scripts['build']).toContain('--outfile=dist/extension.js');
    expect(manifest.scripts['build']).toContain('--external:vscode');
    expect(manifest.scripts['package']).toContain('vsce package');
  });

  it('registers every command it contributes, and contributes every command it registers', () => {
    const contributed = manifest.contributes.commands.map((command) => command.command).sort();
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((match) => match[1]).sort();
    expect(registered).toEqual(contributed);
    for (const menu of Object.values(manifest.contributes.menus)) {
      for (const item of menu) expect(contributed).toContain(item.command);
    }
  });

  it('reads only the settings it declares', () => {
    const declared = Object.keys(manifest.contributes.configuration.properties);
    const read = [...source.matchAll(/getConfiguration\('plan'\)\.get<[^>]+>\('([^']+)'\)/g)].map((match) => `plan.${match[1]}`);
    expect(read.length).toBeGreaterThan(0);
    for (const setting of read) expect(declared).toContain(setting);
    expect(manifest.contributes.configuration.properties['plan.path']?.default).toBe('plan');
  });

  it('starts plan lsp --stdio and plan preview, which the CLI has', async () => {
    expect(source).toContain("args: ['lsp', '--stdio']");
    expect(source).toContain("['preview', file]");
    const lsp = await runCli(['lsp', '--help']);
    expect(lsp.code).toBe(0);
    expect(lsp.stdout).toContain('--stdio');
    const preview = await runCli(['preview', '--help']);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('--port');
  });

  it('watches the config files the CLI looks for', async () => {
    const { CONFIG_FILE_NAMES } = await import('../../../src/config/find-config-file.js');
    expect(source).toContain(`'**/{${CONFIG_FILE_NAMES.join(',')}}'`);
  });

  it('asks for a client that speaks the protocol version the server does', () => {
    const server = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const major = (range: string | undefined): string => /\d+/.exec(range ?? '')?.[0] ?? '';
    expect(major(manifest.dependencies['vscode-languageclient'])).toBe(major(server.dependencies['vscode-languageserver']));
  });
});
