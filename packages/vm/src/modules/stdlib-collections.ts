/**
 * Built-in modules loaded for their registration (see module-builder.ts): collections group.
 * @module
 */
import './collections.ts';
import './collections-deque-ops.ts';
import './abc.ts';
import './collections-abc.ts';
