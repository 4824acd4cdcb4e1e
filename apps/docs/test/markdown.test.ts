import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFailure } from '../src/site/build-failure.ts';
import { expandIncludes, firstCodeBlock, renderMarkdown } from '../src/site/markdown.ts';

/** A docs folder with an example file and a README holding two code blocks. */
function docsFolder(): string {
  const base = mkdtempSync(join(tmpdir(), 'docs-md-'));
  mkdirSync(join(base, 'examples'));
  writeFileSync(join(base, 'examples', 'a.ts'), 'const x = 1 < 2;\n');
  writeFileSync(join(base, 'README.md'), '# R\n\n```ts\nnot this\n```\n\n```sh\nnpx corosim run x.py\n```\n');
  return base;
}

describe('renderMarkdown', () => {
  it('renders a page with its title, prose, a table and an included example as escaped code', () => {
    const base = docsFolder();
    const page = renderMarkdown('# The guide\n\nSome *prose*.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<!-- include: examples/a.ts -->\n', base);
    expect(page.title).toBe('The guide');
    expect(page.html).toContain('<h1>The guide</h1>');
    expect(page.html).toContain('<em>prose</em>');
    expect(page.html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
    expect(page.html).toContain('<pre><code class="language-ts">const x = 1 &lt; 2;\n</code></pre>');
  });

  it('fails the build on a page without a title', () => {
    expect(() => renderMarkdown('no title\n', docsFolder())).toThrow(BuildFailure);
  });
});

describe('expandIncludes', () => {
  it('includes the first block of a language from a Markdown file', () => {
    const base = docsFolder();
    expect(expandIncludes('<!-- include: README.md#sh -->', base)).toBe('```sh\nnpx corosim run x.py\n```');
  });

  it('uses a fence longer than any backtick run of the included file', () => {
    const base = docsFolder();
    writeFileSync(join(base, 'examples', 'ticks.ts'), 'const s = `a ``` b`;\n');
    expect(expandIncludes('<!-- include: examples/ticks.ts -->', base)).toBe('````ts\nconst s = `a ``` b`;\n````');
  });

  it('fails the build, naming the file, when an include names a missing file or block', () => {
    const base = docsFolder();
    expect(() => expandIncludes('<!-- include: examples/nope.ts -->', base)).toThrow(/examples\/nope\.ts/);
    expect(() => expandIncludes('<!-- include: README.md#python -->', base)).toThrow(BuildFailure);
  });

  it('leaves other comments alone', () => {
    expect(expandIncludes('<!-- a note -->\n', docsFolder())).toBe('<!-- a note -->\n');
  });
});

describe('firstCodeBlock', () => {
  it('returns null when there is no block of that language', () => {
    expect(firstCodeBlock('```ts\nx\n```\n', 'sh')).toBeNull();
  });
});
