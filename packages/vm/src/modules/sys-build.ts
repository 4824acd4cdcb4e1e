/**
 * What the build and startup of CPython 3.8 put in `sys` besides the version facts: the
 * installation prefixes (corosim's standard library lives at `/usr/lib/python3.8/`, so the
 * prefixes are `/usr`), `abiflags`, `copyright`, `_git`, `_framework`, `_xoptions`,
 * `pycache_prefix`, and `getallocatedblocks`, which counts the blocks of the simulated heap.
 *
 * @see CPython 3.8 Python/sysmodule.c `_PySys_InitCore`, `_PySys_InitMain`, `sys_getallocatedblocks_impl`
 * @module
 */
import { newDict } from '../objects/dict.ts';
import { newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { activeHeap } from '../runtime/memory.ts';
import { incref, type PyObject } from '../runtime/object.ts';
import { CPYTHON_LIB_DIR } from './cpython-module-files.ts';

/** `Py_GetCopyright()` of 3.8.18. */
const COPYRIGHT = [
  'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.',
  'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.',
  'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.',
  'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.',
].join('\n\n');

/** The prefix the standard library directory (`<prefix>/lib/python3.8/`) implies. */
const PREFIX = CPYTHON_LIB_DIR.slice(0, CPYTHON_LIB_DIR.indexOf('/lib/'));

/** The build facts of a new `sys` module: name and value (a new reference). */
export function sysBuildValues(): readonly (readonly [string, PyObject])[] {
  return [
    ['prefix', newStr(PREFIX)],
    ['base_prefix', newStr(PREFIX)],
    ['exec_prefix', newStr(PREFIX)],
    ['base_exec_prefix', newStr(PREFIX)],
    ['abiflags', newStr('')],
    ['copyright', newStr(COPYRIGHT)],
    ['_git', newTupleStealing([newStr('CPython'), newStr(''), newStr('')])],
    ['_framework', newStr('')],
    ['_xoptions', newDict()],
    ['pycache_prefix', incref(None)],
  ];
}

/** `sys.getallocatedblocks()`: the heap's live blocks, those kept on free lists included. */
export const getAllocatedBlocksDef: NativeDef = {
  name: 'getallocatedblocks', kind: 'noargs',
  impl: () => {
    const stats = activeHeap().stats();
    return newInt(stats.liveBlocks + stats.cachedBlocks);
  },
};
