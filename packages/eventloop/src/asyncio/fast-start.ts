/**
 * Native coroutine bodies that finish at their first step without waiting, run without a
 * TypeScript generator: `await queue.put(x)` on a queue with room, `await lock.acquire()` on a
 * free lock. The generator is made only when the body has to wait.
 * @module
 */
import type { rt } from '@corosim/vm/host';
import type { CoroBody, CoroStepper } from './native-coro.ts';

/**
 * The path of a method's body that finishes without waiting: its result (a new reference), or
 * null when the body would wait. It must decide before doing anything Python could see, since
 * the body then runs from its start; what it raises is what the body would raise at that point.
 */
export type FastStart = (self: rt.PyObject, args: readonly rt.PyObject[]) => rt.PyObject | null;

/** A {@link CoroStepper} trying `fast` at the first step, and else stepping `body`'s generator. */
export class FastStartBody implements CoroStepper {
  readonly #self: rt.PyObject;
  readonly #args: readonly rt.PyObject[];
  readonly #body: (self: rt.PyObject, args: readonly rt.PyObject[]) => CoroBody;
  readonly #fast: FastStart;
  #gen: CoroBody | null = null;

  constructor(self: rt.PyObject, args: readonly rt.PyObject[], body: (self: rt.PyObject, args: readonly rt.PyObject[]) => CoroBody, fast: FastStart) {
    this.#self = self;
    this.#args = args;
    this.#body = body;
    this.#fast = fast;
  }

  #started(): CoroBody {
    return (this.#gen ??= this.#body(this.#self, this.#args));
  }

  next(value: rt.PyObject): IteratorResult<rt.PyObject, rt.PyObject> {
    if (this.#gen === null) {
      const result = this.#fast(this.#self, this.#args);
      if (result !== null) return { done: true, value: result };
    }
    return this.#started().next(value);
  }

  throw(e: unknown): IteratorResult<rt.PyObject, rt.PyObject> {
    return this.#started().throw(e);
  }

  return(value: rt.PyObject): IteratorResult<rt.PyObject, rt.PyObject> {
    return this.#gen === null ? { done: true, value } : this.#gen.return(value);
  }
}
