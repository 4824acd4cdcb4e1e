/**
 * The site's Markdown pages (apps/docs/pages/*.md) rendered to HTML with `marked`, after their
 * include directives are replaced by the files they name, so code samples are the real, tested
 * files and never pasted copies.
 * @module
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { marked } from 'marked';
import { BuildFailure } from './build-failure.ts';

/**
 * An include directive on a line of its own: `<!-- include: examples/sleep.ts -->` puts the file
 * in as a fenced code block; `<!-- include: ../../README.md#sh -->` puts in the first fenced
 * block of language `sh` from that Markdown file. Paths are relative to the docs package.
 */
const INCLUDE = /^<!-- include: ([^\s#]+)(?:#(\w+))? -->$/gm;

/** The code-block language of a file, from its extension. */
function languageOf(path: string): string {
  const ext = extname(path).slice(1);
  return ext === 'py' ? 'python' : ext;
}

/** A fence longer than any run of backticks in `code`, so the block cannot end early. */
function fenceFor(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

/** The first fenced code block of language `language` in Markdown `text`, or null. */
export function firstCodeBlock(text: string, language: string): string | null {
  const match = new RegExp(`^(\`{3,})${language}\\n([\\s\\S]*?)^\\1$`, 'm').exec(text);
  return match === null ? null : (match[2] ?? null);
}

/** `markdown` with every include directive replaced by the code it names, read under `base`. */
export function expandIncludes(markdown: string, base: string): string {
  return markdown.replace(INCLUDE, (_directive, path: string, block: string | undefined) => {
    let text: string;
    try {
      text = readFileSync(join(base, path), 'utf8');
    } catch {
      throw new BuildFailure(`cannot include ${path}: no such file under ${base}`);
    }
    const language = block ?? languageOf(path);
    const code = block === undefined ? text : firstCodeBlock(text, block);
    if (code === null) throw new BuildFailure(`cannot include ${path}#${block ?? ''}: it has no \`\`\`${block ?? ''} block`);
    const body = code.endsWith('\n') ? code : `${code}\n`;
    const fence = fenceFor(body);
    return `${fence}${language}\n${body}${fence}`;
  });
}

/** A rendered Markdown page. */
export interface RenderedPage {
  /** The text of its first `# ` heading. */
  readonly title: string;
  /** Its HTML. */
  readonly html: string;
}

/**
 * Renders Markdown `markdown` (includes resolved under `base`) to HTML.
 *
 * @throws BuildFailure when an include names a missing file or block, or the page has no `# ` title
 */
export function renderMarkdown(markdown: string, base: string): RenderedPage {
  const expanded = expandIncludes(markdown, base);
  const title = /^# (.+)$/m.exec(expanded)?.[1];
  if (title === undefined) throw new BuildFailure('a page needs a "# " title');
  return { title: title.trim(), html: marked.parse(expanded, { async: false, gfm: true }) };
}
