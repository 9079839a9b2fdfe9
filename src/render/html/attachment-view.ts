import type { TemplateManifest } from '../../template/manifest-types.js';
import type { ViewAttachment } from '../view-model.js';
import { buildSectionTree, type HtmlBlock, type HtmlSection } from './section-tree.js';

/** An attachment as `html/partials/attachment.hbs` prints it (GB/T 9704 8). */
export interface HtmlAttachment {
  /** Anchor of the attachment: `a-1`; its sections' anchors start with it. */
  id: string;
  label: string;
  title: { lines: string[] } | null;
  /** Starts a new printed page. */
  newPage: boolean;
  preamble: HtmlBlock[];
  sections: HtmlSection[];
}

/**
 * The attachments after the closing lines. The title is an `h2` like the
 * body's top-level headings; the attachment's own headings rank below it, and
 * their anchors are the attachment's, so they never clash with the body's.
 */
export function htmlAttachments(attachments: readonly ViewAttachment[], manifest: TemplateManifest): HtmlAttachment[] {
  return attachments.map((attachment, index) => {
    const id = `a-${index + 1}`;
    const tree = buildSectionTree(attachment.blocks, manifest, { idPrefix: id, nesting: 1 });
    return {
      id,
      label: attachment.label,
      title: attachment.title ? { lines: attachment.title.lines } : null,
      newPage: attachment.newPage,
      preamble: tree.preamble,
      sections: tree.sections,
    };
  });
}
