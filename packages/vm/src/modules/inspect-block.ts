/**
 * `inspect.getblock(lines)`: where the block at the top of `lines` ends, found as CPython 3.8's
 * `BlockFinder` finds it from the tokens of Lib/tokenize.py. Those tokens differ from the
 * compiler's (comments and blank lines are tokens, a bad dedent ends the scan instead of failing),
 * so this file scans the lines the way tokenize.py does, as far as the block finder looks:
 * logical-line ends, indents and dedents, comments with their columns, brackets, strings (also
 * across lines) and the names and operators it compares.
 * @module
 */

/** The token types the block finder tells apart. */
const Tok = { NEWLINE: 0, NL: 1, INDENT: 2, DEDENT: 3, COMMENT: 4, OTHER: 5 } as const;
type Tok = (typeof Tok)[keyof typeof Tok];

/** Thrown when the block is over: `EndOfBlock`, or an IndentationError of tokenize. */
class EndOfBlock extends Error {}
const STOP = new EndOfBlock('end of block');

/** `BlockFinder`: its state, fed token by token (`tokeneater`). */
class BlockFinder {
  indent = 0;
  isLambda = false;
  started = false;
  passLine = false;
  inDecorator = false;
  decoratorHasArgs = false;
  last = 1;
  bodyCol0 = -1;

  eat(type: Tok, text: string, row: number, col: number, endCol: number): void {
    if (!this.started && !this.inDecorator) {
      if (text === '@' && type === Tok.OTHER) this.inDecorator = true;
      else if (type === Tok.OTHER && (text === 'def' || text === 'class' || text === 'lambda')) {
        if (text === 'lambda') this.isLambda = true;
        this.started = true;
      }
      this.passLine = true;
    } else if (type === Tok.OTHER && text === '(') {
      if (this.inDecorator) this.decoratorHasArgs = true;
    } else if (type === Tok.OTHER && text === ')') {
      if (this.inDecorator) {
        this.inDecorator = false;
        this.decoratorHasArgs = false;
      }
    } else if (type === Tok.NEWLINE) {
      this.passLine = false;
      this.last = row;
      if (this.isLambda) throw STOP;
      if (this.inDecorator && !this.decoratorHasArgs) this.inDecorator = false;
    } else if (this.passLine) {
      // Skipping to the end of the line.
    } else if (type === Tok.INDENT) {
      if (this.bodyCol0 < 0 && this.started) this.bodyCol0 = endCol;
      this.indent++;
      this.passLine = true;
    } else if (type === Tok.DEDENT) {
      this.indent--;
      if (this.indent <= 0) throw STOP;
    } else if (type === Tok.COMMENT) {
      if (this.bodyCol0 >= 0 && col >= this.bodyCol0) this.last = row;
    } else if (this.indent === 0 && type !== Tok.NL) {
      throw STOP;
    }
  }
}

/** Operators of three and two characters, longest first (tokenize's `Special` and `Funny`). */
const LONG_OPERATORS = ['**=', '...', '>>=', '<<=', '//=', '->', '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '<>', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='];

/** A string prefix tokenize accepts before a quote. */
const STRING_PREFIX = /^(?:[bB][rR]?|[rR][bBfF]?|[uU]|[fF][rR]?)?$/;

/** `\w` of Python's `re` as identifiers use it (any letter or digit, or `_`). */
const NAME_CHAR = /[\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]/u;

/** Where the string opened by `quote` ends in `line` from `pos` (after its closing quote), or -1. */
function stringEnd(line: string, pos: number, quote: string): number {
  for (let i = pos; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '\\') i++;
    else if (line.startsWith(quote, i)) return i + quote.length;
  }
  return -1;
}

/** The number of lines at the top of `lines` (each ending with its newline) that the block there takes. */
export function blockLength(lines: readonly string[]): number {
  const finder = new BlockFinder();
  try {
    scan(lines, finder);
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return finder.last;
}

/** Feeds the tokens of `lines` to `finder`, as tokenize.py's `generate_tokens` would make them. */
function scan(lines: readonly string[], finder: BlockFinder): void {
  const indents = [0];
  let parens = 0;
  let continued = false;
  let openQuote: string | null = null;
  let row = 0;
  for (const line of lines) {
    row++;
    let pos = 0;
    if (openQuote !== null) {
      const end = stringEnd(line, 0, openQuote);
      if (end < 0) continue;
      pos = end;
      openQuote = null;
      finder.eat(Tok.OTHER, '"', row, 0, end);
    } else if (parens === 0 && !continued) {
      let column = 0;
      while (pos < line.length) {
        const ch = line[pos];
        if (ch === ' ') column++;
        else if (ch === '\t') column = (Math.floor(column / 8) + 1) * 8;
        else if (ch === '\f') column = 0;
        else break;
        pos++;
      }
      if (pos === line.length) continue;
      const first = line[pos] as string;
      if (first === '#' || first === '\r' || first === '\n') {
        if (first === '#') finder.eat(Tok.COMMENT, line.slice(pos).replace(/\r?\n$/, ''), row, pos, pos);
        finder.eat(Tok.NL, '\n', row, pos, pos);
        continue;
      }
      if (column > (indents[indents.length - 1] as number)) {
        indents.push(column);
        finder.eat(Tok.INDENT, line.slice(0, pos), row, 0, pos);
      }
      while (column < (indents[indents.length - 1] as number)) {
        // "unindent does not match any outer indentation level": getblock stops there.
        if (!indents.includes(column)) throw STOP;
        indents.pop();
        finder.eat(Tok.DEDENT, '', row, pos, pos);
      }
    } else {
      continued = false;
    }
    while (pos < line.length) {
      while (pos < line.length && (line[pos] === ' ' || line[pos] === '\t' || line[pos] === '\f')) pos++;
      if (pos >= line.length) break;
      const start = pos;
      const ch = line[pos] as string;
      if (ch === '#') {
        finder.eat(Tok.COMMENT, line.slice(pos).replace(/\r?\n$/, ''), row, pos, pos);
        break;
      }
      if (ch === '\r' || ch === '\n') {
        finder.eat(parens > 0 ? Tok.NL : Tok.NEWLINE, '\n', row, pos, pos + 1);
        break;
      }
      if (ch === '\\' && (line[pos + 1] === '\n' || line[pos + 1] === '\r')) {
        continued = true;
        break;
      }
      if (NAME_CHAR.test(ch) && !/[0-9]/.test(ch)) {
        let end = pos + 1;
        while (end < line.length && NAME_CHAR.test(line[end] as string)) end++;
        const word = line.slice(pos, end);
        const next = line[end];
        if ((next === '"' || next === "'") && STRING_PREFIX.test(word)) {
          pos = end;
        } else {
          finder.eat(Tok.OTHER, word, row, start, end);
          pos = end;
          continue;
        }
      }
      const q = line[pos] as string;
      if (q === '"' || q === "'") {
        const quote = line.startsWith(q.repeat(3), pos) ? q.repeat(3) : q;
        const end = stringEnd(line, pos + quote.length, quote);
        if (end >= 0) {
          finder.eat(Tok.OTHER, line.slice(start, end), row, start, end);
          pos = end;
          continue;
        }
        // A string going on past this line: a triple-quoted one, or a quoted one ended by `\`.
        if (quote.length === 3 || /\\\r?\n$/.test(line)) {
          openQuote = quote;
          break;
        }
        finder.eat(Tok.OTHER, q, row, pos, pos + 1);
        pos++;
        continue;
      }
      if (/[0-9]/.test(q) || (q === '.' && /[0-9]/.test(line[pos + 1] ?? ''))) {
        let end = pos + 1;
        while (end < line.length && /[0-9A-Za-z_.]/.test(line[end] as string)) end++;
        finder.eat(Tok.OTHER, line.slice(pos, end), row, pos, end);
        pos = end;
        continue;
      }
      const op = LONG_OPERATORS.find((o) => line.startsWith(o, pos)) ?? q;
      if (op === '(' || op === '[' || op === '{') parens++;
      else if (op === ')' || op === ']' || op === '}') parens--;
      finder.eat(Tok.OTHER, op, row, pos, pos + op.length);
      pos += op.length;
    }
  }
  // The end of the input: the last line's NEWLINE if it had none, then a DEDENT per indent.
  if (row > 0 && !/\n$/.test(lines[lines.length - 1] ?? '') && parens === 0 && !continued) finder.eat(Tok.NEWLINE, '', row, 0, 0);
  for (let i = 1; i < indents.length; i++) finder.eat(Tok.DEDENT, '', row + 1, 0, 0);
  finder.eat(Tok.OTHER, '', row + 1, 0, 0);
}
