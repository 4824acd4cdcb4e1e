/**
 * The ids of the playground page's elements, shared by the markup the site build writes and the
 * script that drives it (and by the browser test, which finds them by these ids).
 * @module
 */

/** Every element the page script looks up. */
export const ELEMENT_IDS = {
  source: 'pg-source',
  run: 'pg-run',
  stop: 'pg-stop',
  example: 'pg-example',
  memory: 'pg-memory',
  status: 'pg-status',
  output: 'pg-output',
  outputNote: 'pg-output-note',
  timeline: 'pg-timeline',
  timelineNote: 'pg-timeline-note',
  layoutStep: 'pg-layout-step',
  layoutPrevious: 'pg-layout-previous',
  layoutNext: 'pg-layout-next',
  layoutFit: 'pg-layout-fit',
  layout: 'pg-layout',
  layoutNote: 'pg-layout-note',
} as const;

/** The name of one of the page's elements. */
export type ElementName = keyof typeof ELEMENT_IDS;
