/**
 * `asyncio.log.logger`, the logger asyncio reports through (`logging.getLogger('asyncio')`), as
 * the modules that import it hold it (`base_events.logger`, ...): its records of level WARNING and
 * above go to stderr as logging's last resort writes them, the lower ones nowhere. A program (a
 * test's `mock.patch('asyncio.base_events.logger')`) may replace a module's binding: asyncio's
 * reports then call the replacement's `error`/`warning` as CPython's code does.
 * Mirrors CPython 3.8 Lib/asyncio/log.py and Lib/logging/__init__.py (`Logger`, `lastResort`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { splitArgs, state } from './state.ts';
import { addPythonMethods, pythonClassRoot } from './python-method.ts';

/**
 * `logging.Logger`, a Python class: instances have a `__dict__` and take weak references
 * (sys.getsizeof 48).
 * DEVIATION(cpython): only the logging calls (corosim has no `logging` module): the attributes
 * are there to read, but no handlers, levels or propagation act; the effective level is the root
 * logger's WARNING, and there is no `parent` or `manager`.
 */
export const loggerType: rt.PyType = rt.staticType({ name: 'Logger', module: 'logging', basicsize: 32, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC });
pythonClassRoot(loggerType);
loggerType.dealloc = (self) => {
  rt.clearWeakrefs(self);
  const d = self.dict;
  self.dict = null;
  rt.xdecref(d);
  rt.freeObject(self);
};
loggerType.traverse = (self, visit) => {
  if (self.dict !== null) visit(self.dict);
};
loggerType.clear = (self) => {
  const d = self.dict;
  self.dict = null;
  rt.xdecref(d);
};

/** logging's levels, by method. */
const LEVELS = { debug: 10, info: 20, warning: 30, error: 40, exception: 40, critical: 50 } as const;
/** `logging.WARNING`: the last resort's level. */
const WARNING = 30;

loggerType.repr = () => rt.newStr('<Logger asyncio (WARNING)>');

/** `msg % args` when there are arguments (`LogRecord.getMessage`: `str(msg)` first), as text. */
function message(msg: rt.PyObject, args: readonly rt.PyObject[]): string {
  const text = rt.str(msg);
  try {
    if (args.length === 0) return rt.strText(text);
    const tuple = rt.newTuple(args);
    try {
      const formatted = rt.binaryOp(text, tuple, 'remainder');
      try {
        return rt.strText(formatted);
      } finally {
        rt.decref(formatted);
      }
    } finally {
      rt.decref(tuple);
    }
  } finally {
    rt.decref(text);
  }
}

/** The exception `exc_info=` names: an exception, the value of an `exc_info` tuple, or (a true value) the one being handled. */
function excInfoValue(excInfo: rt.PyObject): rt.PyObject | null {
  if (excInfo instanceof rt.PyBaseException) return rt.incref(excInfo);
  if (excInfo instanceof rt.PyTuple) return rt.incref(excInfo.items[1] ?? rt.None);
  const excInfoFn = rt.sysAttribute('exc_info');
  if (excInfoFn === null) return null;
  const t = rt.callObject(excInfoFn, []);
  try {
    return rt.incref((t as rt.PyTuple).items[1] ?? rt.None);
  } finally {
    rt.decref(t);
  }
}

/**
 * Writes a record as logging's last resort does: the message, then the exception formatted with
 * the traceback module when the record has `exc_info` (`exception` null: none; None, as
 * `sys.exc_info()` outside an `except` block gives it, formats as `NoneType: None`).
 */
export function writeRecord(text: string, exception: rt.PyObject | null): void {
  let out = `${text}\n`;
  if (exception === rt.None) out += 'NoneType: None\n';
  else if (exception !== null) out += rt.formatException(exception, 'traceback');
  rt.writeStderr(out);
}

/** `Logger.<level>(msg, *args, exc_info=None, ...)`. */
function logAt(name: keyof typeof LEVELS): rt.NativeDef {
  return {
    name,
    kind: 'fastkw',
    impl: (_self, args, kwnames) => {
      const { pos, kw } = splitArgs(args, kwnames);
      const msg = pos[0];
      if (msg === undefined) throw rt.typeError(`${name}() missing 1 required positional argument: 'msg'`);
      if (LEVELS[name] < WARNING) return rt.newNone();
      const excInfo = kw.get('exc_info') ?? (name === 'exception' ? rt.True : rt.None);
      const exception = rt.isTrue(excInfo) ? excInfoValue(excInfo) : null;
      try {
        writeRecord(message(msg, pos.slice(1)), exception);
      } finally {
        rt.xdecref(exception);
      }
      return rt.newNone();
    },
  };
}

addPythonMethods(loggerType, 'logging', loggerType, (Object.keys(LEVELS) as (keyof typeof LEVELS)[]).map((name) => ({ def: logAt(name) })));

/** The asyncio logger of this run (borrowed; made on first use). */
export function asyncioLogger(): rt.PyObject {
  let logger = state.logger;
  if (logger === null) {
    logger = new rt.PyObject(loggerType, rt.allocateAddress(loggerType));
    state.logger = logger;
    // What `Logger.__init__('asyncio')` sets (`Filterer.__init__` first).
    const attrs: [string, rt.PyObject][] = [
      ['filters', rt.newListStealing([])], ['name', rt.newStr('asyncio')], ['level', rt.newInt(0)],
      ['propagate', rt.incref(rt.True)], ['handlers', rt.newListStealing([])], ['disabled', rt.incref(rt.False)],
    ];
    for (const [name, value] of attrs) {
      rt.setAttr(logger, rt.internStr(name), value);
      rt.decref(value);
    }
  }
  return logger;
}

/** `logger` of `asyncio.log` and the modules importing it (new references, one per module). */
export function loggerValues(): readonly (readonly [string, rt.PyObject])[] {
  return [['logger', rt.incref(asyncioLogger())]];
}

/**
 * The `logger` that `module` (an asyncio submodule) holds now, when a program replaced asyncio's
 * (new reference), else null: asyncio's own logger is written natively.
 */
export function replacedLogger(module: string): rt.PyObject | null {
  const modules = rt.sysAttribute('modules');
  const mod = modules instanceof rt.PyDict ? rt.dictGetStr(modules, module) : null;
  if (mod === null) return null;
  const logger = rt.lookupAttrString(mod, 'logger');
  if (logger === null) return null;
  if (logger === state.logger) {
    rt.decref(logger);
    return null;
  }
  return logger;
}

/**
 * `logger.<method>(*args)` of asyncio's `module` when a program replaced its logger (the args
 * borrowed); false when it is asyncio's own, which the caller writes natively (or not at all,
 * below WARNING).
 */
export function callReplacedLogger(module: string, method: string, args: readonly rt.PyObject[]): boolean {
  const replaced = replacedLogger(module);
  if (replaced === null) return false;
  try {
    const m = rt.getAttrString(replaced, method);
    try {
      rt.decref(rt.callObject(m, args));
    } finally {
      rt.decref(m);
    }
  } finally {
    rt.decref(replaced);
  }
  return true;
}
