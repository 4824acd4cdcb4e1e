/**
 * The Python corosim runs: the VM with the packages that extend it through its host interface,
 * the `asyncio` module of `@corosim/eventloop` and the `sys` hook functions of
 * `@corosim/asyncgen-hooks`. Every host that runs programs (the CLI, the conformance runner, the
 * docs) composes them here, so all of them run the same Python.
 * @module
 */
import '@corosim/asyncgen-hooks';
import { installAsyncio } from '@corosim/eventloop';

/** Whether the standard packages are installed into the VM (importing this module does it). */
export const pythonRuntimeReady: boolean = installAsyncio();
