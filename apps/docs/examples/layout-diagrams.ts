// Memory-layout diagrams from TypeScript: `onLayout` receives what each `corosim.layout(obj)`
// call of the program showed, and `renderLayoutSvg` draws it, highlighting the fields that
// changed since the previous diagram of the same object.
import { renderLayoutSvg, runMain, type LayoutSnapshot } from '@corosim/vm';

const PROGRAM = `import corosim

def gen():
    yield 1
    yield 2

g = gen()
corosim.layout(g)
next(g)
corosim.layout(g)
`;

export function layoutDiagrams(): { snapshots: LayoutSnapshot[]; svgs: string[] } {
  const snapshots: LayoutSnapshot[] = [];
  runMain(PROGRAM, {
    filename: 'gen.py',
    write: () => undefined, // the tables corosim.layout prints are not needed here
    onLayout: (snapshot) => snapshots.push(snapshot),
  });
  const svgs = snapshots.map((snapshot) =>
    renderLayoutSvg(snapshot, snapshot.previousIndex === null ? null : snapshots[snapshot.previousIndex]),
  );
  return { snapshots, svgs }; // svgs[1] marks f_lasti, the value stack, ... as changed
}
