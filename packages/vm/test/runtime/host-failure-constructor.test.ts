// A host failure inside a class's constructor (`tp_new`/`tp_init` written in TypeScript, such as a
// deque filled from an endless iterator until the host's arrays give out) reaches the program as
// the exception CPython would raise, as it already did inside a native function: never a crash.
import { describe, expect, it } from 'vitest';
import { bootVm } from '../../src/runtime/bootstrap.ts';
import { staticType } from '../../src/runtime/core-types.ts';
import { callObject } from '../../src/runtime/call.ts';
import { PyRaise, clearRaise } from '../../src/runtime/errors.ts';
import { reprText } from '../../src/runtime/abstract-object.ts';
import type { PyType } from '../../src/runtime/object.ts';

bootVm();

/** A class whose `tp_new` throws `failure`, as host code that runs out of room does. */
function failingType(failure: Error): PyType {
  const type = staticType({ name: 'Failing', basicsize: 16 });
  type.new = () => {
    throw failure;
  };
  return type;
}

/** What calling `type()` raised: the exception's repr, or the host error. */
function callFailing(type: PyType): string {
  try {
    callObject(type, [], null);
  } catch (e) {
    if (!(e instanceof PyRaise)) return `host ${String(e)}`;
    const text = reprText(e.value);
    clearRaise(e);
    return text;
  }
  return 'no error';
}

describe('host failures in a constructor', () => {
  it('turn a failed host allocation into MemoryError and a host stack overflow into RecursionError', () => {
    expect(callFailing(failingType(new RangeError('Invalid array length')))).toBe('MemoryError()');
    expect(callFailing(failingType(new RangeError('Maximum call stack size exceeded')))).toBe("RecursionError('maximum recursion depth exceeded while calling a Python object')");
  });

  it('let any other host error through, as a bug to report', () => {
    expect(callFailing(failingType(new TypeError('x is undefined')))).toBe('host TypeError: x is undefined');
  });
});
