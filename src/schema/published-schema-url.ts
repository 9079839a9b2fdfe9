/**
 * Where the published JSON schemas are fetched from: the copies in the
 * repository's docs/schemas/, which a test keeps equal to `plan schema`.
 * An editor that finds `"$schema": "<this URL>"` in a config offers its
 * completion and checks without any setting of its own.
 */
export const PUBLISHED_SCHEMA_BASE = 'https://raw.githubusercontent.com/gongwen-plan/gongwen-plan/main/docs/schemas/';

export function publishedSchemaUrl(fileName: string): string {
  return `${PUBLISHED_SCHEMA_BASE}${fileName}`;
}
