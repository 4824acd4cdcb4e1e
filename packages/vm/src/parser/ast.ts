/**
 * The abstract syntax tree of Python 3.8, node for node and field for field as the `ast` module
 * has it (Parser/Python.asdl). Node types only: the parser builds them, the AST optimiser, the
 * symbol table and the compiler read them.
 *
 * @remarks
 * Each node carries its class name in `_type`, since Python fields already use `type`
 * (ExceptHandler) and `kind` (Constant). An absent optional field is `null`, as it is `None` in
 * Python. Positions are CPython's: `lineno` from 1, `col_offset` a UTF-8 byte offset from 0.
 * @module
 */
import type { Constant as ConstantValue } from '../bytecode/constant.ts';

/** Where a statement, expression, handler or argument starts and ends in the source. */
export interface Located {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

// -- mod

export interface Module {
  readonly _type: 'Module';
  readonly body: readonly stmt[];
  readonly type_ignores: readonly TypeIgnore[];
}
export interface Interactive {
  readonly _type: 'Interactive';
  readonly body: readonly stmt[];
}
export interface Expression {
  readonly _type: 'Expression';
  readonly body: expr;
}
export interface FunctionType {
  readonly _type: 'FunctionType';
  readonly argtypes: readonly expr[];
  readonly returns: expr;
}
export type mod = Module | Interactive | Expression | FunctionType;

// -- stmt

export interface FunctionDef extends Located {
  readonly _type: 'FunctionDef';
  readonly name: string;
  readonly args: arguments;
  readonly body: readonly stmt[];
  readonly decorator_list: readonly expr[];
  readonly returns: expr | null;
  readonly type_comment: string | null;
}
export interface AsyncFunctionDef extends Located {
  readonly _type: 'AsyncFunctionDef';
  readonly name: string;
  readonly args: arguments;
  readonly body: readonly stmt[];
  readonly decorator_list: readonly expr[];
  readonly returns: expr | null;
  readonly type_comment: string | null;
}
export interface ClassDef extends Located {
  readonly _type: 'ClassDef';
  readonly name: string;
  readonly bases: readonly expr[];
  readonly keywords: readonly keyword[];
  readonly body: readonly stmt[];
  readonly decorator_list: readonly expr[];
}
export interface Return extends Located {
  readonly _type: 'Return';
  readonly value: expr | null;
}
export interface Delete extends Located {
  readonly _type: 'Delete';
  readonly targets: readonly expr[];
}
export interface Assign extends Located {
  readonly _type: 'Assign';
  readonly targets: readonly expr[];
  readonly value: expr;
  readonly type_comment: string | null;
}
export interface AugAssign extends Located {
  readonly _type: 'AugAssign';
  readonly target: expr;
  readonly op: operator;
  readonly value: expr;
}
export interface AnnAssign extends Located {
  readonly _type: 'AnnAssign';
  readonly target: expr;
  readonly annotation: expr;
  readonly value: expr | null;
  /** 1 when the target is a plain name not in parentheses. */
  readonly simple: number;
}
export interface For extends Located {
  readonly _type: 'For';
  readonly target: expr;
  readonly iter: expr;
  readonly body: readonly stmt[];
  readonly orelse: readonly stmt[];
  readonly type_comment: string | null;
}
export interface AsyncFor extends Located {
  readonly _type: 'AsyncFor';
  readonly target: expr;
  readonly iter: expr;
  readonly body: readonly stmt[];
  readonly orelse: readonly stmt[];
  readonly type_comment: string | null;
}
export interface While extends Located {
  readonly _type: 'While';
  readonly test: expr;
  readonly body: readonly stmt[];
  readonly orelse: readonly stmt[];
}
export interface If extends Located {
  readonly _type: 'If';
  readonly test: expr;
  readonly body: readonly stmt[];
  readonly orelse: readonly stmt[];
}
export interface With extends Located {
  readonly _type: 'With';
  readonly items: readonly withitem[];
  readonly body: readonly stmt[];
  readonly type_comment: string | null;
}
export interface AsyncWith extends Located {
  readonly _type: 'AsyncWith';
  readonly items: readonly withitem[];
  readonly body: readonly stmt[];
  readonly type_comment: string | null;
}
export interface Raise extends Located {
  readonly _type: 'Raise';
  readonly exc: expr | null;
  readonly cause: expr | null;
}
export interface Try extends Located {
  readonly _type: 'Try';
  readonly body: readonly stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly stmt[];
  readonly finalbody: readonly stmt[];
}
export interface Assert extends Located {
  readonly _type: 'Assert';
  readonly test: expr;
  readonly msg: expr | null;
}
export interface Import extends Located {
  readonly _type: 'Import';
  readonly names: readonly alias[];
}
export interface ImportFrom extends Located {
  readonly _type: 'ImportFrom';
  readonly module: string | null;
  readonly names: readonly alias[];
  readonly level: number;
}
export interface Global extends Located {
  readonly _type: 'Global';
  readonly names: readonly string[];
}
export interface Nonlocal extends Located {
  readonly _type: 'Nonlocal';
  readonly names: readonly string[];
}
export interface Expr extends Located {
  readonly _type: 'Expr';
  readonly value: expr;
}
export interface Pass extends Located {
  readonly _type: 'Pass';
}
export interface Break extends Located {
  readonly _type: 'Break';
}
export interface Continue extends Located {
  readonly _type: 'Continue';
}
export type stmt =
  | FunctionDef
  | AsyncFunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | AsyncFor
  | While
  | If
  | With
  | AsyncWith
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | Expr
  | Pass
  | Break
  | Continue;

// -- expr

export interface BoolOp extends Located {
  readonly _type: 'BoolOp';
  readonly op: boolop;
  readonly values: readonly expr[];
}
export interface NamedExpr extends Located {
  readonly _type: 'NamedExpr';
  readonly target: expr;
  readonly value: expr;
}
export interface BinOp extends Located {
  readonly _type: 'BinOp';
  readonly left: expr;
  readonly op: operator;
  readonly right: expr;
}
export interface UnaryOp extends Located {
  readonly _type: 'UnaryOp';
  readonly op: unaryop;
  readonly operand: expr;
}
export interface Lambda extends Located {
  readonly _type: 'Lambda';
  readonly args: arguments;
  readonly body: expr;
}
export interface IfExp extends Located {
  readonly _type: 'IfExp';
  readonly test: expr;
  readonly body: expr;
  readonly orelse: expr;
}
export interface Dict extends Located {
  readonly _type: 'Dict';
  /** `null` where the entry is a `**mapping` unpacking. */
  readonly keys: readonly (expr | null)[];
  readonly values: readonly expr[];
}
export interface Set extends Located {
  readonly _type: 'Set';
  readonly elts: readonly expr[];
}
export interface ListComp extends Located {
  readonly _type: 'ListComp';
  readonly elt: expr;
  readonly generators: readonly comprehension[];
}
export interface SetComp extends Located {
  readonly _type: 'SetComp';
  readonly elt: expr;
  readonly generators: readonly comprehension[];
}
export interface DictComp extends Located {
  readonly _type: 'DictComp';
  readonly key: expr;
  readonly value: expr;
  readonly generators: readonly comprehension[];
}
export interface GeneratorExp extends Located {
  readonly _type: 'GeneratorExp';
  readonly elt: expr;
  readonly generators: readonly comprehension[];
}
export interface Await extends Located {
  readonly _type: 'Await';
  readonly value: expr;
}
export interface Yield extends Located {
  readonly _type: 'Yield';
  readonly value: expr | null;
}
export interface YieldFrom extends Located {
  readonly _type: 'YieldFrom';
  readonly value: expr;
}
export interface Compare extends Located {
  readonly _type: 'Compare';
  readonly left: expr;
  readonly ops: readonly cmpop[];
  readonly comparators: readonly expr[];
}
export interface Call extends Located {
  readonly _type: 'Call';
  readonly func: expr;
  readonly args: readonly expr[];
  readonly keywords: readonly keyword[];
}
export interface FormattedValue extends Located {
  readonly _type: 'FormattedValue';
  readonly value: expr;
  /** -1 for none, or the code point of `s`, `r` or `a`. */
  readonly conversion: number;
  readonly format_spec: expr | null;
}
export interface JoinedStr extends Located {
  readonly _type: 'JoinedStr';
  readonly values: readonly expr[];
}
export interface Constant extends Located {
  readonly _type: 'Constant';
  readonly value: ConstantValue;
  /** `'u'` for a string literal written with the `u` prefix, else `null`. */
  readonly kind: string | null;
}
export interface Attribute extends Located {
  readonly _type: 'Attribute';
  readonly value: expr;
  readonly attr: string;
  readonly ctx: expr_context;
}
export interface Subscript extends Located {
  readonly _type: 'Subscript';
  readonly value: expr;
  readonly slice: slice;
  readonly ctx: expr_context;
}
export interface Starred extends Located {
  readonly _type: 'Starred';
  readonly value: expr;
  readonly ctx: expr_context;
}
export interface Name extends Located {
  readonly _type: 'Name';
  readonly id: string;
  readonly ctx: expr_context;
}
export interface List extends Located {
  readonly _type: 'List';
  readonly elts: readonly expr[];
  readonly ctx: expr_context;
}
export interface Tuple extends Located {
  readonly _type: 'Tuple';
  readonly elts: readonly expr[];
  readonly ctx: expr_context;
}
export type expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | Set
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple;

export type expr_context = 'Load' | 'Store' | 'Del' | 'AugLoad' | 'AugStore' | 'Param';

// -- slice

export interface Slice {
  readonly _type: 'Slice';
  readonly lower: expr | null;
  readonly upper: expr | null;
  readonly step: expr | null;
}
export interface ExtSlice {
  readonly _type: 'ExtSlice';
  readonly dims: readonly slice[];
}
export interface Index {
  readonly _type: 'Index';
  readonly value: expr;
}
export type slice = Slice | ExtSlice | Index;

// -- operators

export type boolop = 'And' | 'Or';
export type operator = 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type unaryop = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type cmpop = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// -- the rest

export interface comprehension {
  readonly _type: 'comprehension';
  readonly target: expr;
  readonly iter: expr;
  readonly ifs: readonly expr[];
  readonly is_async: number;
}
export interface ExceptHandler extends Located {
  readonly _type: 'ExceptHandler';
  readonly type: expr | null;
  readonly name: string | null;
  readonly body: readonly stmt[];
}
export interface arguments {
  readonly _type: 'arguments';
  readonly posonlyargs: readonly arg[];
  readonly args: readonly arg[];
  readonly vararg: arg | null;
  readonly kwonlyargs: readonly arg[];
  /** One per keyword-only argument: its default, or `null` when it has none. */
  readonly kw_defaults: readonly (expr | null)[];
  readonly kwarg: arg | null;
  readonly defaults: readonly expr[];
}
export interface arg extends Located {
  readonly _type: 'arg';
  readonly arg: string;
  readonly annotation: expr | null;
  readonly type_comment: string | null;
}
export interface keyword {
  readonly _type: 'keyword';
  /** `null` for a `**mapping` argument. */
  readonly arg: string | null;
  readonly value: expr;
}
export interface alias {
  readonly _type: 'alias';
  readonly name: string;
  readonly asname: string | null;
}
export interface withitem {
  readonly _type: 'withitem';
  readonly context_expr: expr;
  readonly optional_vars: expr | null;
}
export interface TypeIgnore {
  readonly _type: 'TypeIgnore';
  readonly lineno: number;
  readonly tag: string;
}
