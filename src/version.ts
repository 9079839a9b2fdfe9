/** Kept in step with package.json by a test; a constant so that `plan --version` reads no file. */
export const VERSION = '0.1.0';
