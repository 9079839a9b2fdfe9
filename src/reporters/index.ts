import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import type { Reporter } from './reporter.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const REPORTERS: Readonly<Record<string, Reporter>> = { stylish, json, sarif, github, junit };

export const REPORTER_NAMES = Object.keys(REPORTERS);
