/**
 * The order of the builtins module's namespace in CPython 3.8 (what `vars(builtins)` lists after
 * the module attributes): `builtin_methods`, then `_PyBuiltin_Init`'s SETBUILTINs, then
 * `_PyExc_Init`'s exceptions, then what `io` and `site` add at startup. Mirrors CPython 3.8
 * Python/bltinmodule.c and Objects/exceptions.c.
 * @module
 */

/** The builtins' names in the order CPython 3.8 puts them in the namespace. */
export const BUILTINS_ORDER: readonly string[] = `
  __build_class__ __import__ abs all any ascii bin breakpoint callable chr compile delattr dir divmod
  eval exec format getattr globals hasattr hash hex id input isinstance issubclass iter len locals max
  min next oct ord pow print repr round setattr sorted sum vars None Ellipsis NotImplemented False
  True bool memoryview bytearray bytes classmethod complex dict enumerate filter float frozenset
  property int list map object range reversed set slice staticmethod str super tuple type zip
  __debug__ BaseException Exception TypeError StopAsyncIteration StopIteration GeneratorExit
  SystemExit KeyboardInterrupt ImportError ModuleNotFoundError OSError EnvironmentError IOError
  EOFError RuntimeError RecursionError NotImplementedError NameError UnboundLocalError AttributeError
  SyntaxError IndentationError TabError LookupError IndexError KeyError ValueError UnicodeError
  UnicodeEncodeError UnicodeDecodeError UnicodeTranslateError AssertionError ArithmeticError
  FloatingPointError OverflowError ZeroDivisionError SystemError ReferenceError MemoryError
  BufferError Warning UserWarning DeprecationWarning PendingDeprecationWarning SyntaxWarning
  RuntimeWarning FutureWarning ImportWarning UnicodeWarning BytesWarning ResourceWarning
  ConnectionError BlockingIOError BrokenPipeError ChildProcessError ConnectionAbortedError
  ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError IsADirectoryError
  NotADirectoryError InterruptedError PermissionError ProcessLookupError TimeoutError open quit exit
  copyright credits license help
`.trim().split(/\s+/);
