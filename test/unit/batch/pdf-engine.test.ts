import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PdfConverter } from '../../../src/render/pdf/pdf-converter.js';
import { findPdfEngine, parsePdfEngine } from '../../../src/render/pdf/pdf-engine.js';
import { tempFolder } from '../../helpers/temp-folder.js';

let bin: string;
let log: string;

function program(name: string, script: string): void {
  writeFileSync(join(bin, name), `#!/bin/sh\n${script}\n`);
  chmodSync(join(bin, name), 0o755);
}

beforeAll(() => {
  const root = tempFolder('plan-pdf-engine-');
  bin = join(root, 'bin');
  log = join(root, 'calls.log');
  mkdirSync(bin);
  // A stand-in soffice: logs its arguments, writes a PDF named after the input into --outdir.
  program(
    'soffice',
    `echo "$@" >> ${log}
outdir=""; prev=""; for arg in "$@"; do [ "$prev" = "--outdir" ] && outdir="$arg"; prev="$arg"; input="$arg"; done
if grep -q broken "$input"; then echo "Error: source file could not be loaded"; exit 0; fi
printf '%%PDF-1.7 fake' > "$outdir/$(basename "$input" .docx).pdf"`,
  );
});

describe('PDF engine', () => {
  it('reads --pdf-engine', () => {
    expect(parsePdfEngine('chromium')).toBe('chromium');
    expect(parsePdfEngine(undefined)).toBeUndefined();
    expect(() => parsePdfEngine('word')).toThrow(/libreoffice or chromium/);
  });

  it('prefers LibreOffice, and takes the one asked for', () => {
    program('chromium', 'exit 0');
    expect(findPdfEngine(undefined, { PATH: bin })).toEqual({ name: 'libreoffice', executable: join(bin, 'soffice') });
    expect(findPdfEngine('chromium', { PATH: bin })).toEqual({ name: 'chromium', executable: join(bin, 'chromium') });
  });

  it('names the package to install on Debian, Windows and macOS when nothing is there', () => {
    const empty = tempFolder('plan-no-bin-');
    let message = '';
    try {
      findPdfEngine(undefined, { PATH: empty });
    } catch (error) {
      message = (error as { text: { en: string } }).text.en;
    }
    expect(message).toContain('apt install libreoffice-writer-nogui');
    expect(message).toContain('winget install TheDocumentFoundation.LibreOffice');
    expect(message).toContain('brew install --cask libreoffice');
    expect(message).toContain('apt install chromium');
    expect(() => findPdfEngine('libreoffice', { PATH: empty })).toThrow(/--pdf-engine chromium/);
  });

  it('gives each converter its own LibreOffice profile, so parallel workers do not collide', async () => {
    const signal = new AbortController().signal;
    const one = new PdfConverter({ name: 'libreoffice', executable: join(bin, 'soffice') });
    const two = new PdfConverter({ name: 'libreoffice', executable: join(bin, 'soffice') });
    const docx = async (): Promise<Uint8Array> => new Uint8Array([80, 75]);
    const [first, second] = await Promise.all([one.convert({ docx }, signal), two.convert({ docx }, signal)]);
    await one.convert({ docx }, signal);
    expect(Buffer.from(first).toString('latin1')).toBe('%PDF-1.7 fake');
    expect(Buffer.from(second).toString('latin1')).toBe('%PDF-1.7 fake');
    const profiles = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => /-env:UserInstallation=(\S+)/.exec(line)?.[1]);
    expect(profiles).toHaveLength(3);
    expect(new Set(profiles).size).toBe(2);
    expect(profiles.every((profile) => profile?.startsWith('file:///'))).toBe(true);
    await Promise.all([one.dispose(), two.dispose()]);
  });

  it('reports a conversion that produced no PDF even though the program exited 0', async () => {
    const converter = new PdfConverter({ name: 'libreoffice', executable: join(bin, 'soffice') });
    const docx = async (): Promise<Uint8Array> => new TextEncoder().encode('broken');
    await expect(converter.convert({ docx }, new AbortController().signal)).rejects.toThrow(/produced no PDF/);
    await converter.dispose();
  });

  it('stops the converter on Ctrl-C', async () => {
    program('slow-soffice', 'sleep 30');
    const converter = new PdfConverter({ name: 'libreoffice', executable: join(bin, 'slow-soffice') });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    await expect(converter.convert({ docx: async () => new Uint8Array([1]) }, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(5000);
    await converter.dispose();
  });
});
