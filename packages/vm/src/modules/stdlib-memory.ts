/**
 * Built-in modules loaded for their registration (see module-builder.ts): memory group
 * (`gc`, `weakref`, `atexit`).
 * @module
 */
import './atexit.ts';
import './gc.ts';
import './weakref.ts';
