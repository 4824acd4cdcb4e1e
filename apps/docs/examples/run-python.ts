// Running a Python 3.8 program from TypeScript with runMain, with asyncio on the virtual clock:
// import the packages that extend the VM (as the corosim command does), then run.
import '@corosim/asyncgen-hooks';
import { installAsyncio } from '@corosim/eventloop';
import { runMain } from '@corosim/vm';

installAsyncio();

const PROGRAM = `import asyncio
import time

async def tick(name, every, times):
    for i in range(times):
        await asyncio.sleep(every)
        print(f"{time.monotonic():4.1f} {name} {i}")

async def main():
    await asyncio.gather(tick("fast", 1, 3), tick("slow", 2.5, 2))

asyncio.run(main())
`;

export function runPython(): { stdout: string; stderr: string; exitCode: number } {
  let stdout = '';
  let stderr = '';
  const outcome = runMain(PROGRAM, {
    filename: 'ticks.py',
    write: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  if (outcome.status === 'unsupported') throw new Error(`corosim cannot run this yet: ${outcome.feature}`);
  return { stdout, stderr, exitCode: outcome.exitCode };
}
