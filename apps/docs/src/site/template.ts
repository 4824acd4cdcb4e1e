/**
 * The one HTML template of the docs site: every page is this document with its own title and
 * body, a nav bar to every section, and the site's one stylesheet, all linked relatively so the
 * site works from any folder and offline.
 * @module
 */

/** One page of the site, before it is wrapped in the template. */
export interface SitePage {
  /** The page's title, shown in the browser tab after "corosim: ". */
  readonly title: string;
  /** The page's content, HTML. */
  readonly body: string;
  /** Extra elements for `<head>` (scripts, styles), HTML. */
  readonly head?: string;
  /** The page's URL path from the site root, such as `index.html` or `playground/index.html`. */
  readonly path: string;
}

/** One link of the nav bar. */
interface NavLink {
  readonly label: string;
  /** Path from the site root. */
  readonly href: string;
}

/** The nav bar, in reading order. */
export const NAV_LINKS: readonly NavLink[] = [
  { label: 'corosim', href: 'index.html' },
  { label: 'Generator', href: 'walkthroughs/generator.html' },
  { label: 'Coroutine', href: 'walkthroughs/coroutine.html' },
  { label: 'Async generator', href: 'walkthroughs/asyncgen.html' },
  { label: 'Guide', href: 'guide.html' },
  { label: 'CLI', href: 'cli.html' },
  { label: 'API', href: 'api/index.html' },
  { label: 'Conformance', href: 'conformance.html' },
  { label: 'Playground', href: 'playground/index.html' },
];

/** The path of the site's stylesheet from the site root. */
export const STYLESHEET_PATH = 'style.css';

/** Escapes `text` for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The relative prefix from page `path` back to the site root: `''` for `index.html`, `'../'`
 * for `playground/index.html`.
 */
export function rootPrefix(path: string): string {
  const depth = path.split('/').length - 1;
  return '../'.repeat(depth);
}

/** Whether nav link `href` is the section of page `path` (the API section covers all of api/). */
function isCurrent(href: string, path: string): boolean {
  if (href === path) return true;
  const folder = href.endsWith('/index.html') ? href.slice(0, -'index.html'.length) : null;
  return folder !== null && path.startsWith(folder);
}

/** The nav bar of page `path`. */
function navHtml(path: string): string {
  const prefix = rootPrefix(path);
  const items = NAV_LINKS.map((link) => {
    const current = isCurrent(link.href, path) ? ' aria-current="page"' : '';
    return `<a href="${escapeHtml(prefix + link.href)}"${current}>${escapeHtml(link.label)}</a>`;
  });
  return `<nav class="site-nav">${items.join('\n')}</nav>`;
}

/**
 * Wraps `page` in the site's template: a full HTML document with the nav bar and stylesheet.
 *
 * @remarks
 * Links are relative to `page.path`, so the site can be opened from disk or served from any
 * folder. `page.title` is escaped; `page.body` and `page.head` are HTML and go in as they are.
 *
 * @param page - the page's title, body, extra head elements and path from the site root
 * @returns the HTML document
 * @example
 * ```ts
 * const html = pageHtml({ title: 'Playground', body: '<div id="app"></div>', path: 'playground/index.html' });
 * ```
 */
export function pageHtml(page: SitePage): string {
  const prefix = rootPrefix(page.path);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>corosim: ${escapeHtml(page.title)}</title>`,
    `<link rel="stylesheet" href="${escapeHtml(prefix + STYLESHEET_PATH)}">`,
    page.head ?? '',
    '</head>',
    '<body>',
    `<header>${navHtml(page.path)}</header>`,
    `<main>\n${page.body}\n</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
