import { describe, expect, it } from 'vitest';
import { chooseSubstitutes, describeSubstitutes, fontconfigXml } from '../../../../src/render/pdf/font-substitutes.js';

const FREE = new Set(['Noto Serif CJK SC', 'Noto Serif CJK SC Black', 'Noto Sans CJK SC', 'AR PL UKai CN', 'DejaVu Sans']);

describe('font substitutes for LibreOffice', () => {
  it('prints each level in its own free face where the Windows 公文 fonts are missing', () => {
    const chosen = Object.fromEntries(chooseSubstitutes(FREE).map(({ face, family }) => [face, family]));
    expect(chosen).toEqual({
      fangsong: 'Noto Serif CJK SC',
      kaiti: 'AR PL UKai CN',
      heiti: 'Noto Sans CJK SC',
      xiaobiaosong: 'Noto Serif CJK SC Black',
      songti: 'Noto Serif CJK SC',
    });
  });

  it('prefers an installed official font to any substitute, and LXGW WenKai to UKai', () => {
    const chosen = Object.fromEntries(chooseSubstitutes(new Set([...FREE, 'FangSong', 'LXGW WenKai'])).map(({ face, family }) => [face, family]));
    expect(chosen['fangsong']).toBe('FangSong');
    expect(chosen['kaiti']).toBe('LXGW WenKai');
  });

  it('writes a fontconfig file that reads the system configuration, then maps every official name', () => {
    const xml = fontconfigXml(chooseSubstitutes(FREE));
    expect(xml).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(xml).toContain('<alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>');
    expect(xml).toContain('<family>楷体_GB2312</family><prefer><family>AR PL UKai CN</family>');
    expect(xml).toContain('<family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC Black</family>');
    expect(xml).not.toContain('~/');
    expect(describeSubstitutes(chooseSubstitutes(FREE))[0]).toBe('仿宋_GB2312 → Noto Serif CJK SC');
  });

  it('leaves a face to fontconfig when nothing fits it', () => {
    expect(chooseSubstitutes(new Set(['DejaVu Sans']))).toEqual([]);
    expect(fontconfigXml([])).not.toContain('<alias');
  });
});
