// A program's own module beside it shadows a library module of the same name (sys.path[0] comes
// before the standard library), never a module compiled into CPython or imported at startup.
// Expected output from CPython 3.8.18 running the same files from one folder.
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/api/run-main.ts';

const FILES: Readonly<Record<string, string>> = {
  heapq: "print('own heapq')\ndef heappush(h, x):\n    h.append(('own', x))\n",
  abc: "print('own abc')\n",
  time: "print('own time')\n",
};

const MAIN = "import heapq, abc, time\nh = []\nheapq.heappush(h, 1)\nprint(h, heapq.__name__)\nprint(hasattr(abc, 'ABCMeta'), hasattr(time, 'monotonic'))\nimport _heapq\nprint(_heapq.heappush.__module__)\n";

describe('import order', () => {
  it("finds the program's heapq.py before the library's, not its abc.py or time.py", () => {
    let output = '';
    const outcome = runMain(MAIN, {
      filename: 'main.py',
      checkRefcounts: true,
      findModule: (name) => {
        const source = FILES[name];
        return source === undefined ? null : { filename: `${name}.py`, source, isPackage: false };
      },
      write: (_stream, text) => { output += text; },
    });
    expect(outcome.status === 'exited' ? outcome.exitCode : -1).toBe(0);
    expect(output).toBe("own heapq\n[('own', 1)] heapq\nTrue True\n_heapq\n");
  });
});
