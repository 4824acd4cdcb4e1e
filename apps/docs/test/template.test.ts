import { describe, expect, it } from 'vitest';
import { escapeHtml, NAV_LINKS, pageHtml, rootPrefix, STYLESHEET_PATH } from '../src/site/template.ts';

/** The href attributes of the nav bar of `html`. */
function navHrefs(html: string): string[] {
  const nav = /<nav class="site-nav">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('rootPrefix', () => {
  it('climbs one folder per folder of the path', () => {
    expect([rootPrefix('index.html'), rootPrefix('playground/index.html'), rootPrefix('api/classes/x.html')]).toEqual(['', '../', '../../']);
  });
});

describe('pageHtml', () => {
  it('links the stylesheet and every nav entry relative to a top-level page', () => {
    const html = pageHtml({ title: 'Guide', body: '<p>hi</p>', path: 'guide.html' });
    expect(html).toContain(`<link rel="stylesheet" href="${STYLESHEET_PATH}">`);
    expect(navHrefs(html)).toEqual(NAV_LINKS.map((link) => link.href));
  });

  it('links relative to a page one folder down, so the site works from any folder', () => {
    const html = pageHtml({ title: 'Playground', body: '', path: 'playground/index.html' });
    expect(html).toContain(`href="../${STYLESHEET_PATH}"`);
    expect(navHrefs(html)).toEqual(NAV_LINKS.map((link) => `../${link.href}`));
  });

  it('marks the nav entry of the current page, and only that one', () => {
    const html = pageHtml({ title: 'Playground', body: '', path: 'playground/index.html' });
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toMatch(/href="\.\.\/playground\/index\.html" aria-current="page">Playground</);
  });

  it('escapes the title, and puts the body and head in as HTML', () => {
    const html = pageHtml({ title: 'a < b & "c"', body: '<div id="app"></div>', head: '<script src="x.js"></script>', path: 'index.html' });
    expect(html).toContain(`<title>corosim: ${escapeHtml('a < b & "c"')}</title>`);
    expect(html).not.toContain('a < b');
    expect(html).toContain('<main>\n<div id="app"></div>\n</main>');
    expect(html.indexOf('<script src="x.js"></script>')).toBeLessThan(html.indexOf('</head>'));
  });
});
