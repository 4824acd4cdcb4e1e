/**
 * Layout snapshots: what one `corosim.layout(obj)` call showed, as boxes (the object, then the
 * structs it owns that a diagram draws beside it), numbered in call order, each linked to the
 * previous snapshot of the same object so that a diagram can highlight what changed.
 * @module
 */
import { PyAsyncGenASend, PyAsyncGenAThrow } from '../objects/async-generator-awaitables.ts';
import { PyFrame } from '../objects/frame.ts';
import { PyGenerator } from '../objects/generator.ts';
import type { PyObject } from '../runtime/object.ts';
import { formatLayout, layout, layoutTitle, structName } from './layout.ts';
import type { LayoutRow } from './layout-row.ts';

/** One C struct of a diagram: an object's layout rows under its title. */
export interface LayoutBox {
  /** What the object is: `generator at 0x...: PyGenObject, 120 bytes, PyGC_Head at 0x...`. */
  readonly title: string;
  /** The struct it is laid out as (`PyGenObject`, `PyFrameObject`, ...). */
  readonly struct: string;
  /** Its simulated address. */
  readonly address: number;
  /** Its fields in memory order. */
  readonly rows: readonly LayoutRow[];
}

/** What one `corosim.layout(obj)` call showed. */
export interface LayoutSnapshot {
  /** 0, 1, 2, ... in call order within one run. */
  readonly index: number;
  /** The index of the previous snapshot of the same object (same address and struct), or null. */
  readonly previousIndex: number | null;
  /** `obj` first, then the structs it owns that are drawn beside it. */
  readonly boxes: readonly LayoutBox[];
  /** The text `corosim.layout` printed: the title line and the table. */
  readonly table: string;
}

/** Receives every snapshot of a run. */
export type LayoutObserver = (snapshot: LayoutSnapshot) => void;

/** A box for `o`. */
function boxOf(o: PyObject): LayoutBox {
  return { title: layoutTitle(o), struct: structName(o), address: o.address, rows: layout(o) };
}

/**
 * The objects a diagram of `o` draws: `o` itself, then what it owns and points to: a generator's
 * frame, a frame's generator, an `asend`/`athrow` awaitable's async generator.
 */
function drawnObjects(o: PyObject): PyObject[] {
  if (o instanceof PyGenerator) return o.frame === null ? [o] : [o, o.frame];
  if (o instanceof PyFrame) return o.gen === null ? [o] : [o, o.gen];
  if (o instanceof PyAsyncGenASend || o instanceof PyAsyncGenAThrow) return o.gen === null ? [o] : [o, o.gen];
  return [o];
}

/**
 * The boxes of a diagram of `o`: its own layout first, then the structs it owns (see
 * {@link drawnObjects}). Reading them runs no Python code and changes no reference count.
 */
export function layoutBoxes(o: PyObject): LayoutBox[] {
  return drawnObjects(o).map(boxOf);
}

/** The recording of the current run: its observer, the next index, the last snapshot per object. */
let observer: LayoutObserver | null = null;
let nextIndex = 0;
const lastIndexOf = new Map<string, number>();

/** Starts a run's recording: snapshots go to `onLayout` (none when null), numbered from 0. */
export function startLayoutRecording(onLayout: LayoutObserver | null): void {
  observer = onLayout;
  nextIndex = 0;
  lastIndexOf.clear();
}

/**
 * The snapshot of `o` a `corosim.layout(o)` call shows, handed to the run's observer: its table is
 * what the call prints.
 */
export function takeLayoutSnapshot(o: PyObject): LayoutSnapshot {
  const boxes = observer === null ? [boxOf(o)] : layoutBoxes(o);
  const first = boxes[0] as LayoutBox;
  const key = `${first.struct}@${first.address}`;
  const snapshot: LayoutSnapshot = {
    index: nextIndex++,
    previousIndex: lastIndexOf.get(key) ?? null,
    boxes,
    table: `${first.title}\n${formatLayout(first.rows)}`,
  };
  lastIndexOf.set(key, snapshot.index);
  observer?.(snapshot);
  return snapshot;
}
