/**
 * The `corosim` module: the inspector inside Python. `corosim.layout(obj)` prints how CPython 3.8
 * lays `obj` out in memory (generator, coroutine, async generator, `async_generator_asend`,
 * frame, code object; the `PyObject` header of anything else) to `sys.stdout` and returns None,
 * so a program can show an object at any point of its life. Each call is also a snapshot handed to
 * the host's `onLayout` observer (see inspect/snapshot.ts), which diagrams draw.
 * @module
 */
import { None } from '../objects/singletons.ts';
import { incref, type PyObject } from '../runtime/object.ts';
import { takeLayoutSnapshot } from '../inspect/snapshot.ts';
import { defineNativeModule } from './module-builder.ts';
import { writeToFile } from './streams.ts';
import { sysAttribute } from './sys.ts';

/** Writes `text` to the program's `sys.stdout`, whatever it has been replaced with. */
function writeToStdout(text: string): void {
  const file = sysAttribute('stdout');
  if (file !== null && file !== None) writeToFile(file, text);
}

defineNativeModule({
  name: 'corosim',
  doc: 'corosim: see what CPython 3.8 does inside.\n\nlayout(obj) prints the memory layout of obj.\n',
  functions: [
    {
      name: 'layout', kind: 'o',
      doc: 'layout(obj)\n--\n\nPrint the memory layout of obj as CPython 3.8 lays it out.',
      impl: (_m, args) => {
        const obj = args[0] as PyObject;
        writeToStdout(takeLayoutSnapshot(obj).table);
        return incref(None);
      },
    },
  ],
});
