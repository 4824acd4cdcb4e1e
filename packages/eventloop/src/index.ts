/**
 * `@corosim/eventloop`: an asyncio event loop on a virtual clock whose scheduling mirrors
 * CPython 3.8's `asyncio.base_events`, usable from TypeScript without any Python.
 *
 * @remarks
 * The loop drives coroutines only through `@corosim/vm/host`'s `Resumable` interface, so a
 * TypeScript generator function is as good a coroutine as a Python one.
 *
 * @packageDocumentation
 */
export { CLOCK_RESOLUTION, VirtualClock } from './clock.ts';
