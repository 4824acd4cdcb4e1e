/**
 * Python files bundled as text: esbuild's `text` loader turns `import source from './x.py'` into
 * the file's contents (see build.mjs).
 * @module
 */
declare module '*.py' {
  const source: string;
  export default source;
}
