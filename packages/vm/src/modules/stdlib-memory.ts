/**
 * Built-in modules loaded for their registration (see module-builder.ts): memory group.
 * @module
 */
export {};
