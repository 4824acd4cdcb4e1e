/**
 * Built-in modules loaded for their registration (see module-builder.ts): func group.
 * @module
 */
export {};
