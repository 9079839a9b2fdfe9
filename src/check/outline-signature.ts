import type { PlanDocument } from '../plan/types.js';
import { sectionsOf } from './walk.js';

/**
 * The shape of the numbered tree: each section's depth, level, ordinal and
 * whether it runs into its body, and which attachment holds it. A fix may change how a marker or a title is
 * written, never this: when it would, `--fix` leaves the file alone.
 */
export function outlineSignature(document: PlanDocument): string {
  return sectionsOf(document)
    .map(
      ({ section, depth, attachment }) =>
        `${attachment ? `${document.attachments.indexOf(attachment)}/` : ''}${depth}:${String(section.level)}:${section.marker?.ordinal ?? '-'}:${section.runIn ? 'r' : 's'}`,
    )
    .join('|');
}
