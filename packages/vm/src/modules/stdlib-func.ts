/**
 * Built-in modules loaded for their registration (see module-builder.ts): func group.
 * @module
 */
import './operator.ts';
import './itertools.ts';
import './functools.ts';
import './heapq-module.ts';
import './math.ts';
