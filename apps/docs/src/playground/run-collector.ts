/**
 * What the playground's worker sends while a program runs: its output, batched so that a
 * program printing in a loop does not flood the page with messages; the first
 * {@link MAX_TIMELINE_EVENTS} timeline lines; and the first {@link MAX_LAYOUTS} layout diagrams,
 * each drawn against the previous snapshot of the same object so changed fields stand out. Past
 * a cap it only counts, and the final `done` message carries the counts. Host-agnostic: the
 * worker hands it `postMessage` and a clock.
 * @module
 */
import { renderLayoutSvg, type LayoutSnapshot } from '@corosim/vm';
import { MAX_LAYOUTS, MAX_OUTPUT_CHARS, MAX_TIMELINE_EVENTS, type WorkerMessage } from './protocol.ts';

/** How long output and timeline lines may wait before they are sent, in milliseconds. */
export const FLUSH_INTERVAL_MS = 50;

/** How many timeline events pass between two looks at the clock (reading it costs). */
const EVENTS_PER_CLOCK_CHECK = 1024;

/** One pending piece of output. */
interface Chunk {
  readonly stream: 'stdout' | 'stderr';
  text: string;
}

/** Collects one run's output, timeline and layouts and sends them to the page. */
export class RunCollector {
  private readonly post: (message: WorkerMessage) => void;
  private readonly now: () => number;
  private readonly chunks: Chunk[] = [];
  private pendingLines: string[] = [];
  /** When pending things were last sent: never, at first, so the first output shows at once. */
  private lastFlush = Number.NEGATIVE_INFINITY;
  private outputChars = 0;
  private timelineEvents = 0;
  private layouts = 0;
  /** The last snapshot of each object still drawn, by index, for the next diagram to compare with. */
  private readonly snapshots = new Map<number, LayoutSnapshot>();

  /**
   * @param post - sends a message to the page
   * @param now - a clock in milliseconds, only to decide when to send batched output
   */
  constructor(post: (message: WorkerMessage) => void, now: () => number) {
    this.post = post;
    this.now = now;
  }

  /** The program wrote `text` to `stream`: kept up to {@link MAX_OUTPUT_CHARS}, sent soon. */
  write(stream: 'stdout' | 'stderr', text: string): void {
    const room = MAX_OUTPUT_CHARS - this.outputChars;
    this.outputChars += text.length;
    if (room <= 0) return;
    const kept = text.length > room ? text.slice(0, room) : text;
    const last = this.chunks.at(-1);
    if (last?.stream === stream) last.text += kept;
    else this.chunks.push({ stream, text: kept });
    this.flushIfDue();
  }

  /**
   * A shown timeline event happened; `format` makes its line, called only while the timeline
   * is under its cap.
   */
  event(format: () => string): void {
    this.timelineEvents += 1;
    if (this.timelineEvents <= MAX_TIMELINE_EVENTS) this.pendingLines.push(format());
    if (this.timelineEvents % EVENTS_PER_CLOCK_CHECK === 0) this.flushIfDue();
  }

  /** The program called `corosim.layout(obj)`: drawn and sent, up to {@link MAX_LAYOUTS}. */
  layout(snapshot: LayoutSnapshot): void {
    this.layouts += 1;
    if (this.layouts > MAX_LAYOUTS) return;
    const previous = snapshot.previousIndex === null ? null : (this.snapshots.get(snapshot.previousIndex) ?? null);
    if (snapshot.previousIndex !== null) this.snapshots.delete(snapshot.previousIndex);
    this.snapshots.set(snapshot.index, snapshot);
    // Output written before the call comes first, so the page can show them side by side.
    this.flush();
    this.post({ type: 'layout', index: snapshot.index, title: snapshot.boxes[0]?.title ?? `layout ${snapshot.index}`, svg: renderLayoutSvg(snapshot, previous) });
  }

  /** The run ended with `exitCode` (or stopped at what the VM cannot do): sends the rest and `done`. */
  finish(exitCode: number, unsupported: string | null): void {
    this.flush();
    this.post({ type: 'done', exitCode, timelineEvents: this.timelineEvents, layouts: this.layouts, outputChars: this.outputChars, unsupported });
  }

  /** Sends what is pending when the last send is {@link FLUSH_INTERVAL_MS} old. */
  private flushIfDue(): void {
    if (this.now() - this.lastFlush >= FLUSH_INTERVAL_MS) this.flush();
  }

  /** Sends the pending output and timeline lines. */
  private flush(): void {
    for (const chunk of this.chunks) this.post({ type: 'output', stream: chunk.stream, text: chunk.text });
    this.chunks.length = 0;
    if (this.pendingLines.length > 0) {
      this.post({ type: 'timeline', lines: this.pendingLines });
      this.pendingLines = [];
    }
    this.lastFlush = this.now();
  }
}
