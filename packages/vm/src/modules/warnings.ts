/**
 * The `warnings` module: `warn`, `warn_explicit`, `simplefilter`, `filterwarnings`,
 * `resetwarnings`, `showwarning`, `formatwarning`, `catch_warnings` (with `record=True`) and
 * `WarningMessage`, over the state in warnings-core.ts. Mirrors CPython 3.8 Lib/warnings.py.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import { PyDict, dictGetStr, dictSetStr, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { False, PyInt, True, newInt } from '../objects/int.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { formatIntArg, positional, ssizeArg } from '../objects/list-methods.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import { type NativeDef } from '../objects/native-function.ts';
import { newHeldNativePyFunction } from '../objects/native-py-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { isTrue, richCompareBool, EQ } from '../runtime/abstract-compare.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { addGetSets, addMethods, addValue } from '../runtime/type-defs.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { pyArgs } from './python-method-args.ts';
import { tpName } from '../runtime/type-name.ts';
import { PyHolder, field, holderType, setField } from './contextlib-base.ts';
import { compilePythonRegexOrRaise } from './python-regex.ts';
import { defineNativeModule } from './module-builder.ts';
import { enterCatchingModule, exitCatchingModule } from './warnings-catch-module.ts';
import { sysAttribute } from './sys.ts';
import { newWarnUnawaitedCoroutine } from './unawaited-coroutine.ts';
import { defaultFilters, filtersMutated, originals, syncWarningsState, warn, warnExplicit, warningsNamespace } from './warnings-core.ts';
import { SHOW_FUNCTIONS } from './warnings-show.ts';

const ACTIONS = ['error', 'ignore', 'always', 'default', 'module', 'once'];

function args(a: readonly PyObject[], kwnames: readonly string[] | null, names: readonly string[], fname: string): (PyObject | undefined)[] {
  const pos = positional(a, kwnames);
  const out: (PyObject | undefined)[] = [...pos];
  (kwnames ?? []).forEach((k, i) => {
    const j = names.indexOf(k);
    if (j < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    out[j] = a[pos.length + i];
  });
  return out;
}

/** `_add_filter(*item, append)`. */
function addFilter(item: PyObject, append: boolean): void {
  const ns = warningsNamespace();
  const filters = dictGetStr(ns, 'filters');
  if (!(filters instanceof PyList)) throw typeError('warnings.filters must be a list');
  if (!append) {
    const i = filters.items.findIndex((f) => richCompareBool(f, item, EQ));
    if (i >= 0) decref(filters.items.splice(i, 1)[0] as PyObject);
    filters.items.unshift(incref(item));
  } else if (!filters.items.some((f) => richCompareBool(f, item, EQ))) filters.items.push(incref(item));
  filtersMutated();
}

function checkAction(a: PyObject | undefined): PyObject {
  if (a === undefined || !(a instanceof PyStr) || !ACTIONS.includes(a.value)) throw raiseMessage(E.AssertionError, `invalid action: ${a === undefined ? 'None' : reprText(a)}`);
  return a;
}

function lineArg(o: PyObject | undefined): PyObject {
  if (o === undefined) return newInt(0);
  if (!(o instanceof PyInt) || BigInt(o.value) < 0n) throw raiseMessage(E.AssertionError, 'lineno must be an int >= 0');
  return incref(o);
}

const FUNCTIONS: NativeDef[] = [
  {
    name: 'warn', cModule: '_warnings', kind: 'fastkw',
    impl: (_m, a, kw) => {
      // `PyArg_ParseTupleAndKeywords(args, kwds, "O|OnO:warn", ...)`
      const [message, category, stacklevel, source] = parseArgs('warn', a, kw, ['message', 'category', 'stacklevel', 'source'], 1);
      if (message === undefined) throw typeError("warn() missing required argument 'message' (pos 1)");
      const level = stacklevel === undefined ? 1 : ssizeArg(stacklevel);
      warn(category ?? None, message, level, source === undefined || source === None ? null : source);
      return incref(None);
    },
  },
  {
    name: 'warn_explicit', cModule: '_warnings', kind: 'fastkw',
    impl: (_m, a, kw) => {
      // `PyArg_ParseTupleAndKeywords(args, kwds, "OOUi|OOOO:warn_explicit", ...)`
      const [message, category, filename, linenoObj, module, registry, moduleGlobals, source] = parseArgs(
        'warn_explicit', a, kw, ['message', 'category', 'filename', 'lineno', 'module', 'registry', 'module_globals', 'source'], 4);
      // getargs.c `converterr`: None by name, anything else by its type's name
      if (!(filename instanceof PyStr)) throw typeError(`warn_explicit() argument 3 must be str, not ${filename === None ? 'None' : tpName((filename as PyObject).type)}`);
      const lineno = formatIntArg(linenoObj as PyObject);
      if (moduleGlobals !== undefined && moduleGlobals !== None && !(moduleGlobals instanceof PyDict)) {
        throw typeError(`module_globals must be a dict, not '${tpName(moduleGlobals.type)}'`);
      }
      // `warn_explicit`: a None module (late in shutdown) ignores the warning.
      if (module === None) return incref(None);
      if (registry !== undefined && registry !== None && !(registry instanceof PyDict)) throw typeError("'registry' must be a dict or None");
      warnExplicit(message as PyObject, category as PyObject, filename.value, lineno,
        module === undefined ? null : strText(module), registry instanceof PyDict ? registry : null, source ?? null);
      return incref(None);
    },
  },
  {
    name: 'simplefilter', kind: 'fastkw',
    impl: (_m, a, kw) => {
      const [action, category, lineno, append] = args(a, kw, ['action', 'category', 'lineno', 'append'], 'simplefilter');
      const item = newTupleStealing([incref(checkAction(action)), incref(None), incref(category ?? E.Warning), incref(None), lineArg(lineno)]);
      try {
        addFilter(item, append !== undefined && isTrue(append));
      } finally {
        decref(item);
      }
      return incref(None);
    },
  },
  {
    name: 'filterwarnings', kind: 'fastkw',
    impl: (_m, a, kw) => {
      const [action, message, category, module, lineno, append] = args(a, kw, ['action', 'message', 'category', 'module', 'lineno', 'append'], 'filterwarnings');
      const act = checkAction(action);
      if (message !== undefined && !(message instanceof PyStr)) throw raiseMessage(E.AssertionError, 'message must be a string');
      if (category !== undefined && !(category instanceof PyType)) throw raiseMessage(E.AssertionError, 'category must be a class');
      if (category !== undefined && !category.isSubtype(E.Warning)) throw raiseMessage(E.AssertionError, 'category must be a Warning subclass');
      if (module !== undefined && !(module instanceof PyStr)) throw raiseMessage(E.AssertionError, 'module must be a string');
      const pattern = (o: PyObject | undefined, i: boolean): PyObject => (o instanceof PyStr && o.value !== '' ? newPattern(o.value, i) : incref(None));
      const item = newTupleStealing([incref(act), pattern(message, true), incref(category ?? E.Warning), pattern(module, false), lineArg(lineno)]);
      try {
        addFilter(item, append !== undefined && isTrue(append));
      } finally {
        decref(item);
      }
      return incref(None);
    },
  },
  {
    name: 'resetwarnings', kind: 'noargs',
    impl: () => {
      const ns = warningsNamespace();
      const filters = dictGetStr(ns, 'filters');
      if (filters instanceof PyList) filters.items.splice(0).forEach((f) => { decref(f); });
      filtersMutated();
      return incref(None);
    },
  },
  { name: '_filters_mutated', cModule: '_warnings', kind: 'noargs', impl: () => (filtersMutated(), incref(None)) },
];

/** A compiled filter pattern: corosim keeps the text in a small `re.Pattern` stand-in (no `re` module). */
const patternType: PyType = holderType('Pattern', null, 're', null, false);
patternType.repr = (self) => newStr(`re.compile(${reprText(field(self, 0))}${isTrue(field(self, 1)) ? ', re.IGNORECASE' : ''})`);
addMethods(patternType, [{
  name: 'match', kind: 'o',
  impl: (self, a) => {
    const re = compiledPatterns.get(self) ?? compilePythonRegexOrRaise(strText(field(self, 0)), isTrue(field(self, 1)));
    return incref(re.test(strText(a[0] as PyObject)) ? a[0] as PyObject : None);
  },
}]);
addGetSets(patternType, [{ name: 'pattern', get: (self) => incref(field(self, 0)) }]);

/** The host expression of each pattern, compiled once (`re.compile`). */
const compiledPatterns = new WeakMap<PyObject, RegExp>();

/** `re.compile(text, re.I if ignoreCase else 0)`: raises `re.error` for a pattern that does not compile. */
function newPattern(text: string, ignoreCase: boolean): PyObject {
  const re = compilePythonRegexOrRaise(text, ignoreCase);
  const p = new PyHolder(patternType, allocateAddress(patternType));
  compiledPatterns.set(p, re);
  const t = newStr(text);
  setField(p, 0, t);
  decref(t);
  setField(p, 1, ignoreCase ? True : False);
  return p;
}

/** `WarningMessage(message, category, filename, lineno, file=None, line=None, source=None)`. */
const warningMessageType: PyType = holderType('WarningMessage', null, 'warnings');
const WM_FIELDS = ['message', 'category', 'filename', 'lineno', 'file', 'line', 'source'];
addValue(warningMessageType, '_WARNING_DETAILS', () => newTupleStealing(WM_FIELDS.map((n) => newStr(n))));
warningMessageType.init = (self, a, kw) => {
  // A Python `__init__(self, message, category, filename, lineno, file=None, line=None, source=None)`.
  const vals = pyArgs('__init__', a, kw, WM_FIELDS, 4);
  const d = self.dict ?? newDict();
  self.dict = d;
  WM_FIELDS.forEach((n, i) => { dictSetStr(d, n, vals[i] ?? None); });
  const cat = vals[1];
  const catName = cat instanceof PyType ? newStr(cat.name) : incref(None);
  dictSetStr(d, '_category_name', catName);
  decref(catName);
};
warningMessageType.str = (self) => {
  const d = self.dict;
  const get = (n: string): PyObject => (d === null ? null : dictGetStr(d, n)) ?? None;
  const g = (n: string): string => reprText(get(n));
  return newStr(`{message : ${g('message')}, category : ${g('_category_name')}, filename : ${g('filename')}, lineno : ${strText(get('lineno'))}, line : ${g('line')}}`);
};

/**
 * `catch_warnings(*, record=False, module=None)`: fields record, saved filters, showwarning,
 * impl, entered, and the module it works on when that is not `warnings` itself (else None).
 */
const catchWarningsType: PyType = holderType('catch_warnings', null, 'warnings');
catchWarningsType.init = (self, a, kw) => {
  // A Python `__init__(self, *, record=False, module=None)`.
  const [record, module] = pyArgs('__init__', a, kw, ['record', 'module'], 0, 0);
  setField(self, 0, record ?? None);
  // `self._module = sys.modules['warnings'] if module is None else module`
  const own = module === undefined || module === None || module === warningsModule();
  setField(self, 5, own ? None : module);
};
catchWarningsType.repr = (self) => {
  const parts: string[] = [];
  if (isTrue(field(self, 0))) parts.push('record=True');
  const module = otherModule(self);
  if (module !== null) parts.push(`module=${reprText(module)}`);
  return newStr(`${self.type.name}(${parts.join(', ')})`);
};

/** `sys.modules['warnings']` (borrowed), or null when it is not there. */
function warningsModule(): PyObject | null {
  const modules = sysAttribute('modules');
  return modules instanceof PyDict ? dictGetStr(modules, 'warnings') : null;
}

/** The module a `catch_warnings` works on when it is not `warnings` itself (borrowed). */
function otherModule(self: PyObject): PyObject | null {
  const m = (self as PyHolder).fields[5];
  return m == null || m === None ? null : m;
}
addPythonMethods(catchWarningsType, [
  {
    name: '__enter__', kind: 'noargs',
    impl: (self) => {
      const h = self as PyHolder;
      if (h.fields[4] != null) throw raiseMessage(E.RuntimeError, `Cannot enter ${reprText(self)} twice`);
      setField(self, 4, None);
      const other = otherModule(self);
      if (other !== null) return enterCatchingModule(self, other);
      const ns = warningsNamespace();
      const filters = dictGetStr(ns, 'filters') ?? None;
      setField(self, 1, filters);
      const copy = newListStealing(filters instanceof PyList ? filters.items.map((f) => incref(f)) : []);
      dictSetStr(ns, 'filters', copy);
      decref(copy);
      filtersMutated();
      setField(self, 2, dictGetStr(ns, 'showwarning'));
      setField(self, 3, dictGetStr(ns, '_showwarnmsg_impl'));
      if (!isTrue(field(self, 0))) return incref(None);
      const log = newListStealing([]);
      const append = getAttrString(log, 'append');
      dictSetStr(ns, '_showwarnmsg_impl', append);
      decref(append);
      if (originals.showwarning !== null) dictSetStr(ns, 'showwarning', originals.showwarning);
      return log;
    },
  },
  {
    name: '__exit__', kind: 'fast',
    impl: (self) => {
      const h = self as PyHolder;
      if (h.fields[4] == null) throw raiseMessage(E.RuntimeError, `Cannot exit ${reprText(self)} without entering first`);
      const other = otherModule(self);
      if (other !== null) {
        exitCatchingModule(self, other);
        return incref(None);
      }
      const ns = warningsNamespace();
      const restore = (name: string, i: number): void => {
        const v = h.fields[i];
        if (v != null) dictSetStr(ns, name, v);
      };
      restore('filters', 1);
      filtersMutated();
      restore('showwarning', 2);
      restore('_showwarnmsg_impl', 3);
      return incref(None);
    },
  },
]);

defineNativeModule({
  name: 'warnings',
  all: [
    'warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
    'resetwarnings', 'catch_warnings',
  ],
  doc: 'Python part of the warnings subsystem.',
  functions: FUNCTIONS,
  init: (module) => {
    const ns = module.namespace;
    const put = (name: string, v: PyObject): void => {
      dictSetStr(ns, name, v);
      decref(v);
    };
    put('filters', newListStealing(defaultFilters()));
    // `defaultaction = _defaultaction` and `onceregistry = _onceregistry`: the same objects.
    const defaultAction = newStr('default');
    const onceRegistry = newDict();
    dictSetStr(ns, '_defaultaction', defaultAction);
    dictSetStr(ns, '_onceregistry', onceRegistry);
    put('defaultaction', defaultAction);
    put('onceregistry', onceRegistry);
    put('WarningMessage', incref(warningMessageType));
    put('catch_warnings', incref(catchWarningsType));
    // Lib/warnings.py's hooks, each a function of the module, as its Python functions are.
    const hooks = new Map(SHOW_FUNCTIONS.map((def) => [def.name, newHeldNativePyFunction(def, module, 'warnings')]));
    const show = hooks.get('showwarning') as PyObject;
    originals.showwarning = show;
    dictSetStr(ns, '_showwarning_orig', show);
    const warnUnawaited = newWarnUnawaitedCoroutine();
    originals.warnUnawaited = warnUnawaited;
    put('_warn_unawaited_coroutine', warnUnawaited);
    for (const [name, fn] of hooks) put(name, fn);
    // `_showwarning_orig = showwarning`, `_formatwarning_orig = formatwarning`: to see replacements.
    dictSetStr(ns, '_formatwarning_orig', hooks.get('formatwarning') as PyObject);
    // warnings.py takes filters, _onceregistry and _defaultaction from _warnings: one list, one dict.
    syncWarningsState(ns);
  },
});

