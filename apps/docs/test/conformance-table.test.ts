import { describe, expect, it } from 'vitest';
import { renderConformanceTable } from '../src/conformance-table.ts';

describe('renderConformanceTable', () => {
  it('renders one row per area and a total, with a dash for a check an area lacks', () => {
    const table = renderConformanceTable([
      { area: 'gen', runPass: 3, runTotal: 20, disPass: 20, disTotal: 20 },
      { area: 'syntax', runPass: 10, runTotal: 60, disPass: 0, disTotal: 0 },
    ]);
    expect(table.split('\n')).toEqual([
      '| area | run | dis |',
      '| --- | ---: | ---: |',
      '| gen | 3 / 20 | 20 / 20 |',
      '| syntax | 10 / 60 | – |',
      '| **total** | 13 / 80 | 20 / 20 |',
      '',
    ]);
  });
});
