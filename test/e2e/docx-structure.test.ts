import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import yauzl from 'yauzl';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';

/**
 * The .docx as a file: a zip whose every part is well-formed XML, whose
 * relationships all point at parts that exist, and whose content types
 * cover every part. Then LibreOffice opens it.
 */

const PLAN = join(PROJECT_DIR, 'bin/plan.js');

function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError);
      const parts = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolvePromise(parts));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function parseXml(text: string, name: string): Document {
  const problems: string[] = [];
  const document = new DOMParser({ errorHandler: (level: string, message: string) => problems.push(`${level}: ${message}`) }).parseFromString(text, 'text/xml');
  expect(problems, name).toEqual([]);
  return document as unknown as Document;
}

let work: string;
const packages: Record<string, Map<string, Buffer>> = {};

function build(args: readonly string[]): void {
  const result = spawnSync(process.execPath, [PLAN, 'build', ...args], { cwd: work, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`plan build ${args.join(' ')}: ${result.stderr}`);
}

beforeAll(async () => {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PROJECT_DIR, stdio: 'ignore' });
  work = mkdtempSync(join(tmpdir(), 'plan-docx-structure-'));
  writeFileSync(join(work, 'plan.md'), readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md')));
  build(['plan.md']);
  build(['plan.md', '--template', 'official', '-o', 'official.docx']);
  packages['plan'] = await readZip(join(work, 'plan.docx'));
  packages['official'] = await readZip(join(work, 'official.docx'));
});

describe('the .docx package', () => {
  for (const name of ['plan', 'official']) {
    it(`${name}: every XML part is well-formed`, () => {
      const parts = packages[name]!;
      expect(parts.has('[Content_Types].xml')).toBe(true);
      expect(parts.has('word/document.xml')).toBe(true);
      for (const [part, bytes] of parts) {
        if (part.endsWith('.xml') || part.endsWith('.rels')) parseXml(bytes.toString('utf8'), part);
      }
    });

    it(`${name}: every internal relationship resolves to a part, every part has a content type`, () => {
      const parts = packages[name]!;
      let checked = 0;
      for (const [part, bytes] of parts) {
        if (!part.endsWith('.rels')) continue;
        // word/_rels/document.xml.rels describes word/document.xml: targets are relative to word/.
        const sourceFolder = posix.dirname(posix.dirname(part));
        const relationships = parseXml(bytes.toString('utf8'), part).getElementsByTagName('Relationship');
        for (let index = 0; index < relationships.length; index += 1) {
          const relationship = relationships.item(index)!;
          if (relationship.getAttribute('TargetMode') === 'External') continue;
          const target = relationship.getAttribute('Target') ?? '';
          const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(sourceFolder, target));
          expect(parts.has(resolved), `${part} → ${target}`).toBe(true);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(4);

      const types = parseXml(parts.get('[Content_Types].xml')!.toString('utf8'), '[Content_Types].xml');
      const defaults = new Set<string>();
      const overrides = new Set<string>();
      for (const element of Array.from(types.getElementsByTagName('Default'))) defaults.add(element.getAttribute('Extension') ?? '');
      for (const element of Array.from(types.getElementsByTagName('Override'))) overrides.add((element.getAttribute('PartName') ?? '').slice(1));
      for (const part of parts.keys()) {
        if (part.endsWith('/')) continue;
        expect(overrides.has(part) || defaults.has(part.slice(part.lastIndexOf('.') + 1)), part).toBe(true);
      }
    });
  }

  it('declares even and odd page footers and the 22-line grid', () => {
    const settings = packages['plan']!.get('word/settings.xml')!.toString('utf8');
    expect(settings).toContain('<w:evenAndOddHeaders');
    const document = packages['plan']!.get('word/document.xml')!.toString('utf8');
    expect(document).toMatch(/<w:docGrid[^>]*w:type="lines"[^>]*w:linePitch="579"|<w:docGrid[^>]*w:linePitch="579"[^>]*w:type="lines"/);
    expect(document).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    expect(document).toMatch(/<w:footerReference[^>]*w:type="even"/);
  });
});

describeWithTools(['soffice'], 'LibreOffice opens the .docx', () => {
  it('converts both documents without complaint', () => {
    for (const name of ['plan', 'official']) {
      const result = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${join(work, 'libreoffice-profile')}`, '--headless', '--convert-to', 'odt', '--outdir', work, `${name}.docx`],
        { cwd: work, encoding: 'utf8' },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).not.toMatch(/error|corrupt|repair/i);
      expect(existsSync(join(work, `${name}.odt`))).toBe(true);
    }
  });
});
