/**
 * Has V8 promote the JS objects a program sets up before it enters a hot loop.
 *
 * V8 moves an object out of its young generation only when a scavenge finds it alive, and
 * scavenges only when the young generation fills. A program that sets up its generators, frames
 * and numbers and then loops without allocating (the VM reuses its dead ints and frames) leaves
 * them young for the rest of the run, and every store of one into an old object (a frame's value
 * stack, the thread state) then takes the write barrier's slow path: a tenth of the time of a
 * generator pipeline. So when a code object turns hot (the VM has just compiled it to JS: the
 * program is entering code it will spend its time in), two minor collections promote what the
 * young generation holds, if it holds enough to matter: at most once per {@link WORTH_PROMOTING}
 * bytes allocated, so a scavenge that copies little. Nothing the program can see depends on it:
 * V8's collector frees nothing the VM still refers to, and the simulated heap decides every
 * address and every free.
 * @module
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Young-generation use below which a promotion is not worth its scavenges, in bytes. */
const WORTH_PROMOTING = 1 << 20;

/** V8's `gc()`, with the options it takes. */
type Collector = (options: { readonly type: 'minor' }) => void;

/** V8's `gc()`, exposed once per process, before any program runs. */
let collect: Collector | null = null;

/** The bytes the young generation holds now. */
function youngUsed(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'new_space') used += space.space_used_size;
  }
  return used;
}

/** A function for `runMain`'s `onHotCode`: promotes the young generation (see the module comment). */
export function youngPromotion(): () => void {
  if (collect === null) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as Collector;
  }
  const minor = collect;
  return () => {
    if (youngUsed() < WORTH_PROMOTING) return;
    // The first scavenge moves survivors within the young generation, the second promotes them.
    minor({ type: 'minor' });
    minor({ type: 'minor' });
  };
}
