/**
 * The three walkthrough programs, bundled into the CLI as text: the seed programs of the
 * conformance corpus with `corosim.layout()` called on the object at every step.
 * @module
 */
// Every project that type-checks this file (the package's and the tests') needs the `*.py` module
// declaration, which nothing else pulls in.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../python-text.d.ts" />
import asyncFib from './async_fib.py';
import cor from './cor.py';
import fib from './fib.py';

/** The walkthroughs by name. */
export const WALKTHROUGH_SCRIPTS: Readonly<Record<'generator' | 'coroutine' | 'asyncgen', { readonly filename: string; readonly source: string }>> = {
  generator: { filename: 'fib.py', source: fib },
  coroutine: { filename: 'cor.py', source: cor },
  asyncgen: { filename: 'async_fib.py', source: asyncFib },
};
