/**
 * `import()` of a file URL, from a module that Node loads itself. The CLI's
 * bundle is compiled through vm.Script with V8's code cache, and code from
 * that cache has no loader for `import()` (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING):
 * the bundle requires this file instead, which Node compiles as usual.
 */
export = function importFile(url: string): Promise<unknown> {
  return import(url);
};
