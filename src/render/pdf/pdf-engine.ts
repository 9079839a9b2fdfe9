import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ExitCode, PlanError } from '../../errors.js';

export type PdfEngineName = 'libreoffice' | 'chromium';

export const PDF_ENGINES: readonly PdfEngineName[] = ['libreoffice', 'chromium'];

/** A converter found on this machine: which kind, and the program to run. */
export interface PdfEngine {
  name: PdfEngineName;
  executable: string;
}

/** Program names on the PATH, then the usual install places on macOS and Windows. */
const CANDIDATES: Record<PdfEngineName, { names: string[]; paths: string[] }> = {
  libreoffice: {
    names: ['soffice', 'libreoffice'],
    paths: [
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
      'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
      'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
    ],
  },
  chromium: {
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'msedge'],
    paths: [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    ],
  },
};

export function parsePdfEngine(value: string | undefined): PdfEngineName | undefined {
  if (value === undefined) return undefined;
  if ((PDF_ENGINES as readonly string[]).includes(value)) return value as PdfEngineName;
  throw new PlanError(
    { zh: `--pdf-engine 的值“${value}”无效：应为 libreoffice 或 chromium`, en: `Invalid --pdf-engine "${value}": expected libreoffice or chromium` },
    { exitCode: ExitCode.failure },
  );
}

/**
 * The PDF converter to use: the one asked for, or else LibreOffice (it lays
 * out the .docx itself, so the PDF matches what Word users print), or else
 * Chromium. When none is installed the message names the package to install
 * on Debian/Ubuntu, Windows and macOS.
 */
export function findPdfEngine(wanted: PdfEngineName | undefined, env: Readonly<Record<string, string | undefined>>): PdfEngine {
  const order = wanted ? [wanted] : PDF_ENGINES;
  for (const name of order) {
    const executable = findExecutable(CANDIDATES[name], env);
    if (executable) return { name, executable };
  }
  throw missingEngine(wanted);
}

function findExecutable(candidates: { names: string[]; paths: string[] }, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const folders = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  const suffixes = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const name of candidates.names) {
    for (const folder of folders) {
      for (const suffix of suffixes) {
        const path = join(folder, name + suffix);
        if (isExecutable(path)) return path;
      }
    }
  }
  // The fixed install places count only when the PATH is the real one: a test that empties PATH means "nothing installed".
  if (folders.length === 0) return undefined;
  return candidates.paths.find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function missingEngine(wanted: PdfEngineName | undefined): PlanError {
  const libreoffice = {
    zh: 'LibreOffice（Debian/Ubuntu：sudo apt install libreoffice-writer-nogui；Windows：winget install TheDocumentFoundation.LibreOffice；macOS：brew install --cask libreoffice）',
    en: 'LibreOffice (Debian/Ubuntu: sudo apt install libreoffice-writer-nogui; Windows: winget install TheDocumentFoundation.LibreOffice; macOS: brew install --cask libreoffice)',
  };
  const chromium = {
    zh: 'Chromium（Debian/Ubuntu：sudo apt install chromium；Windows：winget install Google.Chrome；macOS：brew install --cask chromium）',
    en: 'Chromium (Debian/Ubuntu: sudo apt install chromium; Windows: winget install Google.Chrome; macOS: brew install --cask chromium)',
  };
  if (wanted === 'libreoffice') {
    return new PlanError({
      zh: `生成 PDF 需要 ${libreoffice.zh}，但本机没有找到 soffice。请安装后重试，或改用 --pdf-engine chromium`,
      en: `PDF output needs ${libreoffice.en}, but soffice was not found. Install it and retry, or use --pdf-engine chromium`,
    });
  }
  if (wanted === 'chromium') {
    return new PlanError({
      zh: `生成 PDF 需要 ${chromium.zh}，但本机没有找到。请安装后重试，或改用 --pdf-engine libreoffice`,
      en: `PDF output needs ${chromium.en}, but it was not found. Install it and retry, or use --pdf-engine libreoffice`,
    });
  }
  return new PlanError({
    zh: `生成 PDF 需要 LibreOffice 或 Chromium，本机都没有找到。请安装其一：${libreoffice.zh}；或 ${chromium.zh}。也可以先用 --format docx 生成 Word 文件`,
    en: `PDF output needs LibreOffice or Chromium, and neither was found. Install one: ${libreoffice.en}; or ${chromium.en}. Or build --format docx for now`,
  });
}
