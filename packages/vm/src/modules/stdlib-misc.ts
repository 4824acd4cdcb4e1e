/**
 * Built-in modules loaded for their registration (see module-builder.ts): misc group.
 * @module
 */
import './time.ts';
import './inspect.ts';
import './contextlib.ts';
import './random.ts';
import './types.ts';
import './types-coroutine.ts';
import './warnings.ts';
import './opcode.ts';
import './dis.ts';
import './unawaited-coroutine.ts';
import './corosim-module.ts';
import './future.ts';
import './string-helper.ts';
import './contextvars.ts';
