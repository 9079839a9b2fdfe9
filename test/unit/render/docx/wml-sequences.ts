import { PARAGRAPH_PROPERTY_ORDER } from '../../../../src/render/wml/property-order.js';

/**
 * The children each WordprocessingML element may have, in the order the
 * schema allows them: ECMA-376 Part 1 (ISO/IEC 29500-1 transitional),
 * wml.xsd, for the types the .docx we write uses. `#content` stands for a
 * group of block or run content (paragraphs, tables, runs, text) that takes
 * that place; `ordered: false` marks a type whose children form a repeated
 * choice and may come in any order (run properties among them).
 */
export interface Sequence {
  ordered: boolean;
  children: readonly string[];
}

export const WML_SEQUENCES: Readonly<Record<string, Sequence>> = {
  // The same sequence as the renderer puts paragraph properties in (one transcription of the schema, not two).
  CT_PPr: { ordered: true, children: PARAGRAPH_PROPERTY_ORDER },
  CT_PPrGeneral: { ordered: true, children: [...PARAGRAPH_PROPERTY_ORDER.filter((name) => name !== 'rPr' && name !== 'sectPr')] },
  CT_ParaRPr: {
    ordered: false,
    children: [
      'ins', 'del', 'moveFrom', 'moveTo', 'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline',
      'shadow', 'emboss', 'imprint', 'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz',
      'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish',
      'oMath', 'rPrChange',
    ],
  },
  CT_RPr: {
    ordered: false,
    children: [
      'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss', 'imprint',
      'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u', 'effect',
      'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath', 'rPrChange',
    ],
  },
  CT_SectPr: {
    ordered: true,
    children: [
      'headerReference', 'footerReference', 'footnotePr', 'endnotePr', 'type', 'pgSz', 'pgMar', 'paperSrc', 'pgBorders', 'lnNumType',
      'pgNumType', 'cols', 'formProt', 'vAlign', 'noEndnote', 'titlePg', 'textDirection', 'bidi', 'rtlGutter', 'docGrid', 'printerSettings',
      'sectPrChange',
    ],
  },
  CT_TblPr: {
    ordered: true,
    children: [
      'tblStyle', 'tblpPr', 'tblOverlap', 'bidiVisual', 'tblStyleRowBandSize', 'tblStyleColBandSize', 'tblW', 'jc', 'tblCellSpacing',
      'tblInd', 'tblBorders', 'shd', 'tblLayout', 'tblCellMar', 'tblLook', 'tblCaption', 'tblDescription', 'tblPrChange',
    ],
  },
  CT_TblBorders: { ordered: true, children: ['top', 'start', 'left', 'bottom', 'end', 'right', 'insideH', 'insideV'] },
  CT_TblCellMar: { ordered: true, children: ['top', 'start', 'left', 'bottom', 'end', 'right'] },
  CT_Tbl: { ordered: true, children: ['#content', 'tblPr', 'tblGrid', '#content'] },
  CT_TblGrid: { ordered: true, children: ['gridCol', 'tblGridChange'] },
  CT_Row: { ordered: true, children: ['tblPrEx', 'trPr', '#content'] },
  CT_TrPr: {
    ordered: false,
    children: [
      'cnfStyle', 'divId', 'gridBefore', 'gridAfter', 'wBefore', 'wAfter', 'cantSplit', 'trHeight', 'tblHeader', 'tblCellSpacing', 'jc',
      'hidden', 'ins', 'del', 'trPrChange',
    ],
  },
  CT_Tc: { ordered: true, children: ['tcPr', '#content'] },
  CT_TcPr: {
    ordered: true,
    children: [
      'cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders', 'shd', 'noWrap', 'tcMar', 'textDirection', 'tcFitText', 'vAlign',
      'hideMark', 'headers', 'cellIns', 'cellDel', 'cellMerge', 'tcPrChange',
    ],
  },
  CT_PBdr: { ordered: true, children: ['top', 'left', 'bottom', 'right', 'between', 'bar'] },
  CT_Tabs: { ordered: true, children: ['tab'] },
  CT_P: { ordered: true, children: ['pPr', '#content'] },
  CT_R: { ordered: true, children: ['rPr', '#content'] },
  CT_Body: { ordered: true, children: ['#content', 'sectPr'] },
  CT_Document: { ordered: true, children: ['background', 'body'] },
  CT_Style: {
    ordered: true,
    children: [
      'name', 'aliases', 'basedOn', 'next', 'link', 'autoRedefine', 'hidden', 'uiPriority', 'semiHidden', 'unhideWhenUsed', 'qFormat',
      'locked', 'personal', 'personalCompose', 'personalReply', 'rsid', 'pPr', 'rPr', 'tblPr', 'trPr', 'tcPr', 'tblStylePr',
    ],
  },
  CT_Styles: { ordered: true, children: ['docDefaults', 'latentStyles', 'style'] },
  CT_DocDefaults: { ordered: true, children: ['rPrDefault', 'pPrDefault'] },
  CT_RPrDefault: { ordered: true, children: ['rPr'] },
  CT_PPrDefault: { ordered: true, children: ['pPr'] },
  CT_Settings: {
    ordered: true,
    children: [
      'writeProtection', 'view', 'zoom', 'removePersonalInformation', 'removeDateAndTime', 'doNotDisplayPageBoundaries',
      'displayBackgroundShape', 'printPostScriptOverText', 'printFractionalCharacterWidth', 'printFormsData', 'embedTrueTypeFonts',
      'embedSystemFonts', 'saveSubsetFonts', 'saveFormsData', 'mirrorMargins', 'alignBordersAndEdges', 'bordersDoNotSurroundHeader',
      'bordersDoNotSurroundFooter', 'gutterAtTop', 'hideSpellingErrors', 'hideGrammaticalErrors', 'activeWritingStyle', 'proofState',
      'formsDesign', 'attachedTemplate', 'linkStyles', 'stylePaneFormatFilter', 'stylePaneSortMethod', 'documentType', 'mailMerge',
      'revisionView', 'trackRevisions', 'doNotTrackMoves', 'doNotTrackFormatting', 'documentProtection', 'autoFormatOverride',
      'styleLockTheme', 'styleLockQFSet', 'defaultTabStop', 'autoHyphenation', 'consecutiveHyphenLimit', 'hyphenationZone',
      'doNotHyphenateCaps', 'showEnvelope', 'summaryLength', 'clickAndTypeStyle', 'defaultTableStyle', 'evenAndOddHeaders',
      'bookFoldRevPrinting', 'bookFoldPrinting', 'bookFoldPrintingSheets', 'drawingGridHorizontalSpacing', 'drawingGridVerticalSpacing',
      'displayHorizontalDrawingGridEvery', 'displayVerticalDrawingGridEvery', 'doNotUseMarginsForDrawingGridOrigin',
      'drawingGridHorizontalOrigin', 'drawingGridVerticalOrigin', 'doNotShadeFormData', 'noPunctuationKerning', 'characterSpacingControl',
      'printTwoOnOne', 'strictFirstAndLastChars', 'noLineBreaksAfter', 'noLineBreaksBefore', 'savePreviewPicture',
      'doNotValidateAgainstSchema', 'saveInvalidXml', 'ignoreMixedContent', 'alwaysShowPlaceholderText', 'doNotDemarcateInvalidXml',
      'saveXmlDataOnly', 'useXSLTWhenSaving', 'saveThroughXslt', 'showXMLTags', 'alwaysMergeEmptyNamespace', 'updateFields',
      'hdrShapeDefaults', 'footnotePr', 'endnotePr', 'compat', 'docVars', 'rsids', 'mathPr', 'attachedSchema', 'themeFontLang',
      'clrSchemeMapping', 'doNotIncludeSubdocsInStats', 'doNotAutoCompressPictures', 'forceUpgrade', 'captions', 'readModeInkLockDown',
      'smartTagType', 'schemaLibrary', 'shapeDefaults', 'doNotEmbedSmartTags', 'decimalSymbol', 'listSeparator',
    ],
  },
  CT_Compat: {
    ordered: true,
    children: [
      'useSingleBorderforContiguousCells', 'wpJustification', 'noTabHangInd', 'noLeading', 'spaceForUL', 'noColumnBalance',
      'balanceSingleByteDoubleByteWidth', 'noExtraLineSpacing', 'doNotLeaveBackslashAlone', 'ulTrailSpace', 'doNotExpandShiftReturn',
      'spacingInWholePoints', 'lineWrapLikeWord6', 'printBodyTextBeforeHeader', 'printColBlack', 'wpSpaceWidth', 'showBreaksInFrames',
      'subFontBySize', 'suppressBottomSpacing', 'suppressTopSpacing', 'suppressSpacingAtTopOfPage', 'suppressTopSpacingWP',
      'suppressSpBfAfterPgBrk', 'swapBordersFacingPages', 'convMailMergeEsc', 'truncateFontHeightsLikeWP6', 'mwSmallCaps',
      'usePrinterMetrics', 'doNotSuppressParagraphBorders', 'wrapTrailSpaces', 'footnoteLayoutLikeWW8', 'shapeLayoutLikeWW8',
      'alignTablesRowByRow', 'forgetLastTabAlignment', 'adjustLineHeightInTable', 'autoSpaceLikeWord95', 'noSpaceRaiseLower',
      'doNotUseHTMLParagraphAutoSpacing', 'layoutRawTableWidth', 'layoutTableRowsApart', 'useWord97LineBreakRules',
      'doNotBreakWrappedTables', 'doNotSnapToGridInCell', 'selectFldWithFirstOrLastChar', 'applyBreakingRules', 'doNotWrapTextWithPunct',
      'doNotUseEastAsianBreakRules', 'useWord2002TableStyleRules', 'growAutofit', 'useFELayout', 'useNormalStyleForList',
      'doNotUseIndentAsNumberingTabStop', 'useAltKinsokuLineBreakRules', 'allowSpaceOfSameStyleInTable', 'doNotSuppressIndentation',
      'doNotAutofitConstrainedTables', 'autofitToFirstFixedWidthCell', 'underlineTabInNumList', 'displayHangulFixedWidth',
      'splitPgBreakAndParaMark', 'doNotVertAlignCellWithSp', 'doNotBreakConstrainedForcedTable', 'doNotVertAlignInTxbx',
      'useAnsiKerningPairs', 'cachedColBalance', 'compatSetting',
    ],
  },
  CT_Font: {
    ordered: true,
    children: [
      'altName', 'panose1', 'charset', 'family', 'notTrueType', 'pitch', 'sig', 'embedRegular', 'embedBold', 'embedItalic',
      'embedBoldItalic',
    ],
  },
  CT_FontsList: { ordered: true, children: ['font'] },
  CT_Lvl: {
    ordered: true,
    children: [
      'start', 'numFmt', 'lvlRestart', 'pStyle', 'isLgl', 'suff', 'lvlText', 'lvlPicBulletId', 'legacy', 'lvlJc', 'pPr', 'rPr',
    ],
  },
  CT_AbstractNum: { ordered: true, children: ['nsid', 'multiLevelType', 'tmpl', 'name', 'styleLink', 'numStyleLink', 'lvl'] },
  CT_Num: { ordered: true, children: ['abstractNumId', 'lvlOverride'] },
  CT_NumLvl: { ordered: true, children: ['startOverride', 'lvl'] },
  CT_Numbering: { ordered: true, children: ['numPicBullet', 'abstractNum', 'num', 'numIdMacAtCleanup'] },
  CT_HdrFtr: { ordered: true, children: ['#content'] },
  CT_FtnEdn: { ordered: true, children: ['#content'] },
  CT_Footnotes: { ordered: true, children: ['footnote'] },
  CT_Endnotes: { ordered: true, children: ['endnote'] },
  CT_TxbxContent: { ordered: true, children: ['#content'] },
};
