/**
 * Built-in modules loaded for their registration (see module-builder.ts): misc group.
 * @module
 */
export {};
