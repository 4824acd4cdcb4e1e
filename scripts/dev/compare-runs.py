#!/usr/bin/env python3
"""Differential runs: every NAME.py given (or under a folder given) runs under CPython 3.8 through
the oracle and under corosim; stdout, stderr and exit status are compared after the oracle's
normalisation. A developer tool: it needs python3.8 and never runs in CI.

    python3 scripts/dev/compare-runs.py DIR_OR_FILE... [--diffs OUTDIR] [--jobs N]

COROSIM_BIN overrides the corosim entry (default packages/cli/dist/bin.js); a failing case's diff
goes to OUTDIR/NAME.diff (default DIR/.diffs). Exit status 1 when any case differs.
"""
import concurrent.futures
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), 'shared')
ORACLE = os.path.join(SHARED, 'oracle')
sys.path.insert(0, ORACLE)
from normalize import normalize  # noqa: E402

BIN = os.environ.get('COROSIM_BIN', os.path.join(ROOT, 'packages', 'cli', 'dist', 'bin.js'))
TIMEOUT = int(os.environ.get('COMPARE_TIMEOUT', '120'))


def run(cmd, cwd, env):
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, timeout=TIMEOUT)
        return p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace'), p.returncode
    except subprocess.TimeoutExpired:
        return '', 'TIMEOUT\n', -999


def cpython(path):
    folder, name = os.path.split(path)
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.8.18', PYTHONPATH=folder or '.')
    return run(['python3.8', os.path.join(ORACLE, 'run_scenario.py'), name], folder or '.', env)


def corosim(path):
    folder, name = os.path.split(path)
    return run(['node', BIN, 'run', name], folder or '.', dict(os.environ))


def compare(path):
    name = os.path.basename(path)
    want = [normalize(t, name) if isinstance(t, str) else t for t in cpython(path)]
    got = [normalize(t, name) if isinstance(t, str) else t for t in corosim(path)]
    if want == got:
        return path, None
    parts = []
    for label, w, g in (('stdout', want[0], got[0]), ('stderr', want[1], got[1])):
        if w != g:
            parts.extend(difflib.unified_diff(w.splitlines(True), g.splitlines(True), f'cpython {label}', f'corosim {label}'))
    if want[2] != got[2]:
        parts.append(f'exit: cpython {want[2]}, corosim {got[2]}\n')
    return path, ''.join(parts)


def main(argv):
    args, diffs, jobs = [], None, 2
    it = iter(argv)
    for a in it:
        if a == '--diffs':
            diffs = next(it)
        elif a == '--jobs':
            jobs = int(next(it))
        else:
            args.append(a)
    files = []
    for a in args:
        if os.path.isdir(a):
            files.extend(sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith('.py') and f != 'minitest.py'))
        else:
            files.append(a)
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for path, diff in pool.map(compare, files):
            out = diffs or os.path.join(os.path.dirname(path) or '.', '.diffs')
            stale = os.path.join(out, os.path.basename(path)[:-3] + '.diff')
            if diff is None:
                print(f'PASS {path}')
                if os.path.exists(stale):
                    os.remove(stale)
                continue
            failed += 1
            print(f'FAIL {path}')
            os.makedirs(out, exist_ok=True)
            with open(stale, 'w') as fh:
                fh.write(diff)
    print(f'{len(files) - failed}/{len(files)} match CPython 3.8')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
