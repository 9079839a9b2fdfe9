import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanError } from '../../errors.js';
import type { PdfEngine } from './pdf-engine.js';
import { runConverter } from './run-converter.js';
import { chooseSubstitutes, describeSubstitutes, fontconfigXml, installedFamilies, type Substitute } from './font-substitutes.js';

/** What the PDF is made from: LibreOffice reads the .docx, Chromium prints the HTML page. */
export interface PdfSource {
  docx?: () => Promise<Uint8Array>;
  html?: () => Promise<string>;
}

const TIMEOUT_MS = 120_000;

/**
 * Turns documents into PDF with one converter. Each converter owns its own
 * profile folder (LibreOffice's user installation, Chromium's user data), so
 * that the converters of parallel workers never lock each other out; make
 * one per worker and `dispose` it at the end.
 */
export class PdfConverter {
  private profile: string | undefined;
  private fonts: { env: NodeJS.ProcessEnv; substitutes: Substitute[] } | undefined;

  /** `debug` is told, once, which installed font prints each official one. */
  constructor(
    readonly engine: PdfEngine,
    private readonly debug?: (line: string) => void,
  ) {}

  /**
   * LibreOffice's environment: ours with FONTCONFIG_FILE pointing to a file
   * in the converter's profile folder that maps the official font names to
   * installed faces (see font-substitutes.ts). Without it, on a machine
   * without the Windows 公文 fonts, every level prints in one sans face.
   */
  private async fontEnvironment(profile: string): Promise<NodeJS.ProcessEnv> {
    if (!this.fonts) {
      const substitutes = chooseSubstitutes(installedFamilies());
      const file = join(profile, 'fonts.conf');
      await writeFile(file, fontconfigXml(substitutes));
      this.fonts = { env: { ...process.env, FONTCONFIG_FILE: file }, substitutes };
      if (this.debug) for (const line of describeSubstitutes(substitutes)) this.debug(`LibreOffice font: ${line}`);
    }
    return this.fonts.env;
  }

  /** Which installed family prints each official font, once a conversion has run. */
  get fontSubstitutes(): readonly Substitute[] {
    return this.fonts?.substitutes ?? [];
  }

  /** Which source this converter reads, so the caller renders only that one. */
  get needs(): 'docx' | 'html' {
    return this.engine.name === 'libreoffice' ? 'docx' : 'html';
  }

  async convert(source: PdfSource, signal: AbortSignal): Promise<Uint8Array> {
    this.profile ??= await mkdtemp(join(tmpdir(), `gongwen-plan-${this.engine.name}-profile-`));
    const profile = this.profile;
    const work = await mkdtemp(join(tmpdir(), 'gongwen-plan-pdf-'));
    try {
      if (this.engine.name === 'libreoffice') {
        if (!source.docx) throw new Error('LibreOffice converts the .docx, which was not given');
        const input = join(work, 'document.docx');
        await writeFile(input, await source.docx());
        await runConverter(
          this.engine.executable,
          [
            `-env:UserInstallation=${pathToFileURL(profile).href}`,
            '--headless',
            '--norestore',
            '--nologo',
            '--nolockcheck',
            '--convert-to',
            'pdf',
            '--outdir',
            work,
            input,
          ],
          { signal, timeoutMs: TIMEOUT_MS, what: 'LibreOffice', env: await this.fontEnvironment(profile) },
        );
      } else {
        if (!source.html) throw new Error('Chromium prints the HTML, which was not given');
        const input = join(work, 'document.html');
        await writeFile(input, await source.html());
        await runConverter(
          this.engine.executable,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--no-pdf-header-footer',
            '--no-first-run',
            `--user-data-dir=${profile}`,
            `--print-to-pdf=${join(work, 'document.pdf')}`,
            pathToFileURL(input).href,
          ],
          { signal, timeoutMs: TIMEOUT_MS, what: 'Chromium' },
        );
      }
      // soffice exits 0 even when it could not load the file; the missing PDF is the only sign.
      const pdf = await readFile(join(work, 'document.pdf')).catch(() => undefined);
      if (!pdf || pdf.length < 5 || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
        throw new PlanError({
          zh: `${this.engine.name === 'libreoffice' ? 'LibreOffice' : 'Chromium'} 没有生成 PDF（${this.engine.executable}）；请确认它能正常运行`,
          en: `${this.engine.name === 'libreoffice' ? 'LibreOffice' : 'Chromium'} produced no PDF (${this.engine.executable}); check that it runs`,
        });
      }
      return pdf;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  async dispose(): Promise<void> {
    if (this.profile) await rm(this.profile, { recursive: true, force: true }).catch(() => undefined);
    this.profile = undefined;
    this.fonts = undefined;
  }

  /** For a process 'exit' handler, where promises no longer run. */
  disposeSync(): void {
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
    this.profile = undefined;
    this.fonts = undefined;
  }
}
