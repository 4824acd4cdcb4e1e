/**
 * The Python the docs run: the VM with the `sys` hook functions of `@corosim/asyncgen-hooks` and
 * the `asyncio` module of `@corosim/eventloop`, composed as the CLI composes them
 * (packages/cli/src/python-runtime.ts), so the walkthroughs print here what `corosim` prints.
 * @module
 */
import '@corosim/asyncgen-hooks';
import { installAsyncio } from '@corosim/eventloop';

/** Whether the standard packages are installed into the VM (importing this module does it). */
export const pythonRuntimeReady: boolean = installAsyncio();
