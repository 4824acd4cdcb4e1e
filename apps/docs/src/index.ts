/**
 * The corosim documentation site: pages generated from live runs of the VM, the event loop and
 * the CLI, never pasted by hand.
 *
 * @packageDocumentation
 */
export { renderConformanceTable } from './conformance-table.ts';
export type { AreaCounts } from './conformance-table.ts';
