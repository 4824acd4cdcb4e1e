/**
 * The built-in exception hierarchy of Python 3.8, as static types sharing one instance layout.
 * Mirrors CPython 3.8 Objects/exceptions.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, type PyType } from '../runtime/object.ts';
import { EXCEPTION_DOCS } from './exception-docs.ts';

/** Every built-in exception type by name. */
export const exceptionTypes = new Map<string, PyType>();

function exc(name: string, base: PyType | null, basicsize = 64): PyType {
  const type = staticType({ name, basicsize, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC, doc: EXCEPTION_DOCS.get(name) ?? null, ...(base === null ? {} : { base }) });
  exceptionTypes.set(name, type);
  return type;
}

export const BaseException: PyType = exc('BaseException', null);
export const Exception: PyType = exc('Exception', BaseException);
export const TypeError: PyType = exc('TypeError', Exception);
export const StopAsyncIteration: PyType = exc('StopAsyncIteration', Exception);
export const StopIteration: PyType = exc('StopIteration', Exception, 72);
export const ImportError: PyType = exc('ImportError', Exception, 88);
export const ModuleNotFoundError: PyType = exc('ModuleNotFoundError', ImportError, 88);
export const OSError: PyType = exc('OSError', Exception, 104);
export const ConnectionError: PyType = exc('ConnectionError', OSError, 104);
for (const name of ['BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError']) exc(name, ConnectionError, 104);
for (const name of ['BlockingIOError', 'ChildProcessError', 'FileExistsError', 'FileNotFoundError', 'IsADirectoryError', 'NotADirectoryError', 'InterruptedError', 'PermissionError', 'ProcessLookupError']) exc(name, OSError, 104);
export const TimeoutError: PyType = exc('TimeoutError', OSError, 104);
export const EOFError: PyType = exc('EOFError', Exception);
export const RuntimeError: PyType = exc('RuntimeError', Exception);
export const RecursionError: PyType = exc('RecursionError', RuntimeError);
export const NotImplementedError: PyType = exc('NotImplementedError', RuntimeError);
export const NameError: PyType = exc('NameError', Exception);
export const UnboundLocalError: PyType = exc('UnboundLocalError', NameError);
export const AttributeError: PyType = exc('AttributeError', Exception);
export const SyntaxError: PyType = exc('SyntaxError', Exception, 112);
export const IndentationError: PyType = exc('IndentationError', SyntaxError, 112);
export const TabError: PyType = exc('TabError', IndentationError, 112);
export const LookupError: PyType = exc('LookupError', Exception);
export const IndexError: PyType = exc('IndexError', LookupError);
export const KeyError: PyType = exc('KeyError', LookupError);
export const ValueError: PyType = exc('ValueError', Exception);
export const UnicodeError: PyType = exc('UnicodeError', ValueError);
for (const name of ['UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError']) exc(name, UnicodeError, 104);
export const AssertionError: PyType = exc('AssertionError', Exception);
export const ArithmeticError: PyType = exc('ArithmeticError', Exception);
export const FloatingPointError: PyType = exc('FloatingPointError', ArithmeticError);
export const OverflowError: PyType = exc('OverflowError', ArithmeticError);
export const ZeroDivisionError: PyType = exc('ZeroDivisionError', ArithmeticError);
export const SystemError: PyType = exc('SystemError', Exception);
export const ReferenceError: PyType = exc('ReferenceError', Exception);
export const MemoryError: PyType = exc('MemoryError', Exception);
export const BufferError: PyType = exc('BufferError', Exception);
export const Warning: PyType = exc('Warning', Exception);
export const UserWarning: PyType = exc('UserWarning', Warning);
export const DeprecationWarning: PyType = exc('DeprecationWarning', Warning);
export const PendingDeprecationWarning: PyType = exc('PendingDeprecationWarning', Warning);
export const SyntaxWarning: PyType = exc('SyntaxWarning', Warning);
export const RuntimeWarning: PyType = exc('RuntimeWarning', Warning);
export const FutureWarning: PyType = exc('FutureWarning', Warning);
export const ImportWarning: PyType = exc('ImportWarning', Warning);
export const UnicodeWarning: PyType = exc('UnicodeWarning', Warning);
export const BytesWarning: PyType = exc('BytesWarning', Warning);
export const ResourceWarning: PyType = exc('ResourceWarning', Warning);
export const GeneratorExit: PyType = exc('GeneratorExit', BaseException);
export const SystemExit: PyType = exc('SystemExit', BaseException, 72);
export const KeyboardInterrupt: PyType = exc('KeyboardInterrupt', BaseException);
