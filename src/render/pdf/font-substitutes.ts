import { nodeChildProcess } from '../../io/node-modules-on-demand.js';

/** The official font names a .docx of ours asks for, by the face they stand for. */
const OFFICIAL_NAMES = {
  fangsong: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', '仿宋_GB18030'],
  kaiti: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti'],
  heiti: ['黑体', 'SimHei', 'STHeiti'],
  xiaobiaosong: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', 'STZhongsong'],
  songti: ['宋体', 'SimSun', 'STSong'],
} as const;

export type Face = keyof typeof OFFICIAL_NAMES;

/**
 * Free faces that print each level distinctly where the Windows 公文 fonts
 * are missing, best first: 仿宋 a plain serif, 楷体 a brush 楷, 黑体 a sans,
 * 小标宋 a heavy serif, 宋体 a serif.
 */
const FREE_FACES: Record<Face, readonly string[]> = {
  fangsong: ['Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL UMing CN'],
  kaiti: ['LXGW WenKai', 'AR PL UKai CN', 'AR PL KaitiM GB'],
  heiti: ['Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei'],
  xiaobiaosong: ['Noto Serif CJK SC Black', 'Noto Serif CJK SC SemiBold', 'Source Han Serif SC Heavy', 'Noto Serif CJK SC'],
  songti: ['Noto Serif CJK SC', 'Source Han Serif SC', 'AR PL UMing CN'],
};

/** What one face of the document is printed in, on this machine. */
export interface Substitute {
  face: Face;
  /** The names the .docx may ask for. */
  names: readonly string[];
  /** The installed family they are printed in. */
  family: string;
}

/**
 * For each face, the installed family to print it in: one of its official
 * names when installed (the real 仿宋 beats any substitute), else the first
 * free face installed. Faces with neither are left to fontconfig's defaults.
 */
export function chooseSubstitutes(installed: ReadonlySet<string>): Substitute[] {
  const substitutes: Substitute[] = [];
  for (const face of Object.keys(OFFICIAL_NAMES) as Face[]) {
    const names = OFFICIAL_NAMES[face];
    const family = names.find((name) => installed.has(name)) ?? FREE_FACES[face].find((name) => installed.has(name));
    if (family !== undefined) substitutes.push({ face, names, family });
  }
  return substitutes;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A fontconfig file that reads the system's configuration, then maps each
 * official name to its substitute. Given to the converter alone (through
 * FONTCONFIG_FILE in its environment): the user's own settings and other
 * programs are untouched.
 */
export function fontconfigXml(substitutes: readonly Substitute[], systemConfig = '/etc/fonts/fonts.conf'): string {
  const aliases = substitutes.flatMap(({ names, family }) =>
    names
      .filter((name) => name !== family)
      .map((name) => `  <alias binding="same"><family>${escapeXml(name)}</family><prefer><family>${escapeXml(family)}</family></prefer></alias>`),
  );
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <include ignore_missing="yes">${escapeXml(systemConfig)}</include>`,
    ...aliases,
    '</fontconfig>',
    '',
  ].join('\n');
}

/** The font families fontconfig knows on this machine (every name of each), or none when fc-list is missing. */
export function installedFamilies(): Set<string> {
  const result = nodeChildProcess().spawnSync('fc-list', [':', 'family'], { encoding: 'utf8', timeout: 20_000 });
  if (result.status !== 0 || typeof result.stdout !== 'string') return new Set();
  return new Set(
    result.stdout.split('\n').flatMap((line) =>
      line
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  );
}

/** One line per face for --debug: which installed family prints it. */
export function describeSubstitutes(substitutes: readonly Substitute[]): string[] {
  return substitutes.map(({ names, family }) => `${names[0]} → ${family}`);
}
