/**
 * Built-in modules loaded for their registration (see module-builder.ts): collections group.
 * @module
 */
import './collections.ts';
import './collections-deque-ops.ts';
import './collections-deque-iter.ts';
import './collections-counter-inplace.ts';
import './abc.ts';
import './collections-abc.ts';
