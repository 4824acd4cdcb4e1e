/**
 * Object sizes of CPython 3.8 on x86_64 Linux, as the heap needs them: `tp_basicsize`,
 * `tp_itemsize` and whether the type is tracked by the cyclic GC (then a 16-byte `PyGC_Head`
 * precedes the object). Copied from shared/reference/cpython38-layouts.json (`typeSizes`, and
 * `structs` for the private async-generator structs); `object` is `sizeof(PyObject)`.
 * @module
 */

/** Size of `PyGC_Head` in CPython 3.8 on 64-bit (Include/objimpl.h). */
export const GC_HEAD_SIZE = 16;

/** Layout facts for one type. */
export interface TypeSize {
  /** `tp_basicsize`. */
  readonly basicsize: number;
  /** `tp_itemsize` (bytes per item of a variable-size object). */
  readonly itemsize: number;
  /** Whether instances are allocated with `PyObject_GC_New` (`Py_TPFLAGS_HAVE_GC`). */
  readonly gcTracked: boolean;
}

/** Type names the heap knows. */
export type HeapTypeName = keyof typeof TYPE_SIZES;

/**
 * Sizes by type name (the Python `type.__name__`).
 * @see CPython 3.8 Include/cpython/object.h PyTypeObject tp_basicsize
 */
export const TYPE_SIZES = {
  object: { basicsize: 16, itemsize: 0, gcTracked: false },
  generator: { basicsize: 96, itemsize: 0, gcTracked: true },
  coroutine: { basicsize: 104, itemsize: 0, gcTracked: true },
  async_generator: { basicsize: 120, itemsize: 0, gcTracked: true },
  async_generator_asend: { basicsize: 40, itemsize: 0, gcTracked: true },
  async_generator_athrow: { basicsize: 40, itemsize: 0, gcTracked: true },
  async_generator_wrapped_value: { basicsize: 24, itemsize: 0, gcTracked: true },
  frame: { basicsize: 368, itemsize: 8, gcTracked: true },
  code: { basicsize: 176, itemsize: 0, gcTracked: false },
  int: { basicsize: 24, itemsize: 4, gcTracked: false },
  float: { basicsize: 24, itemsize: 0, gcTracked: false },
  str: { basicsize: 80, itemsize: 0, gcTracked: false },
  tuple: { basicsize: 24, itemsize: 8, gcTracked: true },
  list: { basicsize: 40, itemsize: 0, gcTracked: true },
  dict: { basicsize: 48, itemsize: 0, gcTracked: true },
  function: { basicsize: 120, itemsize: 0, gcTracked: true },
} as const satisfies Record<string, TypeSize>;

/** Whether `name` is a type the heap knows. */
export function isHeapTypeName(name: string): name is HeapTypeName {
  return Object.hasOwn(TYPE_SIZES, name);
}
