/**
 * Layout diagrams: a snapshot drawn as an SVG document, one box per struct in the spirit of the
 * hand-drawn diagrams of CPython's internals, but generated. Each box has a title bar (what the
 * object is, where it starts, its size) and a row per field (offset, field, C type, content,
 * repr); rows are banded by the struct that declares them (the `PyObject` header, the nested
 * `_PyErr_StackItem`, ...); pointer fields whose target is drawn get an arrow to that box; fields
 * that changed since the previous snapshot of the same object are highlighted.
 * @module
 */
import type { LayoutRow } from './layout-row.ts';
import type { LayoutBox, LayoutSnapshot } from './snapshot.ts';

/** Width of one character of the 12px monospace font, in px (a slight overestimate). */
const CHAR = 7.3;
const ROW = 18;
const TITLE = 26;
const PAD = 8;
const MARGIN = 16;
/** Vertical room between boxes. */
const GAP = 28;
/** Room on the right of the widest box, where the arrows run; each arrow bends a little further out. */
const ARROW_LANE = 36;
const ARROW_STEP = 14;
/** The columns of a row, in order. */
const COLUMNS = ['struct', 'offset', 'field', 'ctype', 'content', 'repr'] as const;
type Column = (typeof COLUMNS)[number];

/** Background of the rows of each struct; other structs get the default. */
const BANDS: Readonly<Record<string, string>> = {
  PyObject: '#eef0f3',
  PyVarObject: '#eef0f3',
  _PyErr_StackItem: '#e6f0fb',
  PyTryBlock: '#e9f6ea',
};
const DEFAULT_BAND = '#ffffff';
const CHANGED = '#ffe38a';

/** `text` safe inside SVG text and attributes. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A number as SVG writes it: integers plain, others with one decimal. */
function px(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** The text of each cell of a row; the struct's name only on the first row of its band. */
function cells(rows: readonly LayoutRow[]): Record<Column, string>[] {
  return rows.map((row, i) => ({
    struct: i > 0 && rows[i - 1]?.struct === row.struct ? '' : row.struct,
    offset: String(row.offset),
    field: row.field,
    ctype: row.ctype,
    content: row.content,
    repr: row.repr,
  }));
}

/** A box placed on the canvas, with its column positions. */
interface Placed {
  readonly box: LayoutBox;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly columnX: Readonly<Record<Column, number>>;
  readonly columnWidth: Readonly<Record<Column, number>>;
}

/** Places `box` with its top left corner at (`x`, `y`). */
function place(box: LayoutBox, x: number, y: number): Placed {
  const texts = cells(box.rows);
  const columnWidth = {} as Record<Column, number>;
  const columnX = {} as Record<Column, number>;
  let cursor = x + PAD;
  for (const column of COLUMNS) {
    const chars = Math.max(0, ...texts.map((t) => t[column].length));
    columnX[column] = cursor;
    columnWidth[column] = chars * CHAR;
    cursor += chars * CHAR + (chars === 0 ? 0 : 2 * PAD);
  }
  const width = Math.max(cursor - x, box.title.length * CHAR + 2 * PAD);
  return { box, x, y, width, height: TITLE + ROW * box.rows.length, columnX, columnWidth };
}

/** The fields of `box` that differ from the same object's box in `previous` (none when it is not there). */
function changedFields(box: LayoutBox, previous: LayoutSnapshot | null): ReadonlySet<string> {
  const before = previous?.boxes.find((b) => b.address === box.address && b.struct === box.struct);
  if (before === undefined) return new Set();
  const old = new Map(before.rows.map((r) => [r.field, r]));
  const changed = new Set<string>();
  for (const row of box.rows) {
    const was = old.get(row.field);
    if (was === undefined || was.content !== row.content || was.repr !== row.repr) changed.add(row.field);
  }
  return changed;
}

/** The SVG of one placed box. */
function drawBox(p: Placed, changed: ReadonlySet<string>): string {
  const out: string[] = [`<g class="box" data-struct="${escapeXml(p.box.struct)}" data-address="0x${p.box.address.toString(16)}">`];
  out.push(`<rect x="${px(p.x)}" y="${px(p.y)}" width="${px(p.width)}" height="${px(p.height)}" class="frame"/>`);
  out.push(`<rect x="${px(p.x)}" y="${px(p.y)}" width="${px(p.width)}" height="${TITLE}" class="title"/>`);
  out.push(`<text x="${px(p.x + PAD)}" y="${px(p.y + TITLE / 2 + 4)}" class="title">${escapeXml(p.box.title)}</text>`);
  const texts = cells(p.box.rows);
  p.box.rows.forEach((row, i) => {
    const y = p.y + TITLE + ROW * i;
    const isChanged = changed.has(row.field);
    const fill = isChanged ? CHANGED : (BANDS[row.struct] ?? DEFAULT_BAND);
    out.push(`<g class="row${isChanged ? ' changed' : ''}" data-field="${escapeXml(row.field)}">`);
    out.push(`<rect x="${px(p.x)}" y="${px(y)}" width="${px(p.width)}" height="${ROW}" fill="${fill}"/>`);
    const cell = texts[i] as Record<Column, string>;
    for (const column of COLUMNS) {
      const text = cell[column];
      if (text === '') continue;
      const right = column === 'offset';
      const x = right ? p.columnX[column] + p.columnWidth[column] : p.columnX[column];
      out.push(`<text x="${px(x)}" y="${px(y + ROW - 5)}" class="${column}"${right ? ' text-anchor="end"' : ''}>${escapeXml(text)}</text>`);
    }
    out.push('</g>');
  });
  out.push('</g>');
  return out.join('');
}

/**
 * Arrows from the pointer fields of each box to the other boxes they point to, in the right margin,
 * and how far right of the widest box they reach.
 */
function drawArrows(placed: readonly Placed[], arrowId: string): { readonly svg: string; readonly reach: number } {
  const byAddress = new Map(placed.map((p) => [`0x${p.box.address.toString(16)}`, p]));
  const right = Math.max(0, ...placed.map((p) => p.x + p.width));
  const out: string[] = [];
  let lane = 0;
  let reach = 0;
  for (const from of placed) {
    from.box.rows.forEach((row, i) => {
      const to = byAddress.get(row.content);
      if (to === undefined || to === from) return;
      const x1 = from.x + from.width;
      const y1 = from.y + TITLE + ROW * i + ROW / 2;
      const x2 = to.x + to.width;
      const y2 = to.y + TITLE / 2;
      const bend = right + ARROW_LANE + ARROW_STEP * lane++;
      reach = bend - right;
      out.push(
        `<path class="pointer" data-field="${escapeXml(row.field)}" d="M${px(x1)},${px(y1)} C${px(bend)},${px(y1)} ${px(bend)},${px(y2)} ${px(x2)},${px(y2)}" marker-end="url(#${arrowId})"/>`,
      );
    });
  }
  return { svg: out.join(''), reach };
}

/** The diagram's style, scoped to its root so that an SVG inlined in a page restyles nothing else. */
const STYLE = [
  '.corosim-layout text{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;fill:#1d2430}',
  '.corosim-layout rect.frame{fill:#fff;stroke:#2d3f5f;stroke-width:1.5}',
  '.corosim-layout rect.title{fill:#2d3f5f}',
  '.corosim-layout text.title{fill:#fff;font-weight:bold}',
  '.corosim-layout text.struct{fill:#6a7385;font-style:italic}',
  '.corosim-layout text.offset,.corosim-layout text.ctype{fill:#6a7385}',
  '.corosim-layout text.content{fill:#0b5394}',
  '.corosim-layout text.note{fill:#6a7385}',
  '.corosim-layout path.pointer{fill:none;stroke:#c0392b;stroke-width:1.5}',
].join('');

/**
 * Draws `snapshot` as a standalone SVG document.
 *
 * @remarks
 * Boxes stand one under the other in the snapshot's order (the object first), so a diagram stays
 * as wide as its widest struct. A pointer field whose content is the address of another drawn box
 * gets an arrow, running in the margin on the right, to that box's title bar. With
 * `previous` (the snapshot named by `snapshot.previousIndex`), the fields whose content or repr
 * changed since then are highlighted and carry the class `changed`. The output depends only on the
 * snapshots, so the same run draws the same bytes.
 *
 * @param snapshot - what a `corosim.layout()` call showed
 * @param previous - the previous snapshot of the same object, or null
 * @returns an SVG document, starting with `<svg`
 * @example
 * ```ts
 * const snapshots: LayoutSnapshot[] = [];
 * runMain(source, { filename: 'fib.py', write, onLayout: (s) => snapshots.push(s) });
 * const svg = renderLayoutSvg(snapshots[1], snapshots[snapshots[1].previousIndex ?? -1] ?? null);
 * ```
 */
export function renderLayoutSvg(snapshot: LayoutSnapshot, previous: LayoutSnapshot | null = null): string {
  const placed: Placed[] = [];
  let y = MARGIN;
  for (const box of snapshot.boxes) {
    const p = place(box, MARGIN, y);
    placed.push(p);
    y += p.height + GAP;
  }
  const boxesBottom = Math.max(0, ...placed.map((p) => p.y + p.height));
  const boxesRight = Math.max(0, ...placed.map((p) => p.x + p.width));
  // Marker ids are global in an HTML page: one per snapshot, so inlined diagrams keep their own.
  const arrowId = `corosim-arrow-${snapshot.index}`;
  const arrows = drawArrows(placed, arrowId);
  const note =
    previous === null
      ? `corosim.layout() call #${snapshot.index + 1}`
      : `corosim.layout() call #${snapshot.index + 1}; highlighted: changed since call #${previous.index + 1}`;
  const width = Math.ceil(Math.max(boxesRight + arrows.reach + MARGIN, note.length * CHAR + 2 * MARGIN));
  const height = Math.ceil(boxesBottom + MARGIN + ROW);
  const label = escapeXml(snapshot.boxes[0]?.title ?? 'layout');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="corosim-layout" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<style>${STYLE}</style>`,
    `<defs><marker id="${arrowId}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c0392b"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="#fafbfc"/>`,
    ...placed.map((p) => drawBox(p, changedFields(p.box, previous))),
    arrows.svg,
    `<text x="${MARGIN}" y="${px(boxesBottom + MARGIN + 8)}" class="note">${escapeXml(note)}</text>`,
    '</svg>\n',
  ].join('\n');
}
