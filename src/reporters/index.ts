import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { renderReport, type FileReport, type Reporter, type ReporterOptions } from './reporter.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Each format as a stream of pieces: what `plan check` writes, however many plans it checked. */
export const REPORTER_STREAMS: Readonly<Record<string, Reporter>> = { stylish, json, sarif, github, junit };

export const REPORTER_NAMES = Object.keys(REPORTER_STREAMS);

/** Each format as one string, for short reports (`plan build` lists a refused plan's errors). */
export const REPORTERS: Readonly<Record<string, (files: readonly FileReport[], options: ReporterOptions) => string>> = Object.fromEntries(
  Object.entries(REPORTER_STREAMS).map(([name, reporter]) => [
    name,
    (files: readonly FileReport[], options: ReporterOptions) => renderReport(reporter, files, options),
  ]),
);
