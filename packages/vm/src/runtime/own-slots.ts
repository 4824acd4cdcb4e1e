/**
 * Slots that CPython 3.8's built-in types fill with the very function their base already has.
 * `PyType_Ready` runs `add_operators` before `inherit_slots`, so every slot a static type fills
 * itself gets its own wrapper in the type's `__dict__`, even when the function is its base's
 * (`generator.tp_getattro = PyObject_GenericGetAttr`, `ValueError.tp_init = BaseException_init`).
 * corosim installs wrappers after inheritance and skips a slot equal to the base's, so these
 * tables name the types whose own wrapper would otherwise be missing from `vars(T)`.
 * Mirrors CPython 3.8 Objects/typeobject.c `add_operators` over the static type definitions of
 * Objects/*.c and Objects/exceptions.c (`SimpleExtendsException`, `MiddlingExtendsException`).
 * @module
 */

const names = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((n) => n !== ''));

/**
 * Types whose `tp_getattro` is `PyObject_GenericGetAttr`, set explicitly: built-in types by name,
 * those of other modules by `module.name`.
 */
const GENERIC_GETATTRO = names(`
  BaseException Context ContextVar TaskStepMethWrapper Token TaskWakeupMethWrapper async_generator async_generator_asend
  async_generator_athrow builtin_function_or_method bytearray bytearray_iterator bytes bytes_iterator
  callable_iterator cell classmethod_descriptor code complex coroutine coroutine_wrapper dict
  dict_itemiterator dict_items dict_keyiterator dict_keys dict_valueiterator dict_values ellipsis
  enumerate filter float frame frozenset generator getset_descriptor int iterator list list_iterator
  list_reverseiterator longrange_iterator map mappingproxy member_descriptor memoryview method
  method-wrapper method_descriptor odict_iterator property range range_iterator reversed set
  set_iterator slice str str_iterator traceback tuple tuple_iterator wrapper_descriptor zip
  _collections._deque_iterator _collections._deque_reverse_iterator _random.Random collections.defaultdict
  collections.deque functools.partial itertools._grouper itertools._tee_dataobject itertools.accumulate
  itertools.chain itertools.combinations itertools.combinations_with_replacement itertools.compress
  itertools.count itertools.cycle itertools.dropwhile itertools.filterfalse itertools.groupby itertools.islice
  itertools.permutations itertools.product itertools.repeat itertools.starmap itertools.takewhile
  itertools.zip_longest operator.attrgetter operator.itemgetter operator.methodcaller types.SimpleNamespace
`);

/** Types whose `tp_setattro` is `PyObject_GenericSetAttr`, set explicitly (named as above). */
const GENERIC_SETATTRO = names('BaseException frame method module functools.partial types.SimpleNamespace');

/**
 * Types whose `tp_hash` is `PyObject_HashNotImplemented`, set explicitly: `add_operators` puts
 * their `__hash__ = None` at the slot's place. A type left without `tp_hash` that compares gets
 * it from `PyType_Ready` instead, after everything else in its dict.
 */
const HASH_NOT_IMPLEMENTED = names('Context Token dict list set slice collections.deque');

/**
 * Exceptions made by `MiddlingExtendsException`: an own `tp_init` but no `tp_new`. Every other
 * built-in exception fills both (`SimpleExtendsException` uses `BaseException_new` and `_init`).
 */
const MIDDLING_EXCEPTIONS = names(`
  BlockingIOError BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
  ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError ImportError
  IndentationError InterruptedError IsADirectoryError KeyError ModuleNotFoundError NotADirectoryError
  PermissionError ProcessLookupError StopIteration SyntaxError SystemExit TabError TimeoutError
`);

/** Names of the built-in exception types (Objects/exceptions.c), each filling `tp_init` itself. */
const EXCEPTIONS = names(`
  ArithmeticError AssertionError AttributeError BufferError BytesWarning DeprecationWarning EOFError
  Exception FloatingPointError FutureWarning GeneratorExit ImportWarning IndexError KeyboardInterrupt
  LookupError MemoryError NameError NotImplementedError OverflowError PendingDeprecationWarning
  RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration
  SyntaxWarning SystemError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError
  UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError
`);

/**
 * Whether the static type named `typeName` fills the slot behind the dunder `name` itself
 * (so it gets its own wrapper even where the function equals its base's).
 * @param typeName - the static type's name, prefixed with its module and a dot unless it is `builtins`
 * @param name - a slot dunder: `__getattribute__`, `__setattr__`, `__delattr__`, `__init__`, `__new__`
 *   or `__hash__` (filled with `PyObject_HashNotImplemented`)
 * @returns true when CPython 3.8's `add_operators` gives that type its own wrapper for `name`
 * @see CPython 3.8 Objects/typeobject.c add_operators
 */
export function fillsSlotItself(typeName: string, name: string): boolean {
  switch (name) {
    case '__getattribute__':
      return GENERIC_GETATTRO.has(typeName);
    case '__setattr__':
    case '__delattr__':
      return GENERIC_SETATTRO.has(typeName);
    case '__init__':
      return EXCEPTIONS.has(typeName) || MIDDLING_EXCEPTIONS.has(typeName);
    case '__new__':
      return EXCEPTIONS.has(typeName);
    case '__hash__':
      return HASH_NOT_IMPLEMENTED.has(typeName);
    default:
      return false;
  }
}
