#!/usr/bin/env python3
"""Writes a vitest file of recorded multi-file programs (packages/vm/test/support/import-cases.ts),
for imports of a program's own modules and packages: each CASE_DIR holds main.py (its first line
a `# comment` naming the case) and the modules and packages beside it. The folder is copied to
/tmp/corosim-import-cases/NAME (a fixed path, so the file names tracebacks and reprs show are the
same in the test) and run there as `PYTHONHASHSEED=0 python3.8 main.py`; its files, stdout,
stderr and exit status (addresses as 0x?) become one case. A developer tool: it needs python3.8;
the test it writes never does.

    python3 scripts/dev/record-import-cases.py OUT.test.ts "describe title" "header comment" CASE_DIR...
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BASE = '/tmp/corosim-import-cases'
ADDR = re.compile(r'0x[0-9a-fA-F]+')


def record(case_dir):
    name = os.path.basename(os.path.normpath(case_dir))
    root = os.path.join(BASE, name)
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(case_dir, root, ignore=shutil.ignore_patterns('__pycache__'))
    files = {}
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for n in sorted(names):
            path = os.path.join(folder, n)
            with open(path) as fh:
                files[os.path.relpath(path, root)] = fh.read()
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.8.18', PYTHONDONTWRITEBYTECODE='1')
    p = subprocess.run(['python3.8', 'main.py'], cwd=root, env=env, capture_output=True)
    first = files['main.py'].splitlines()[0]
    return {
        'name': first[1:].strip() if first.startswith('#') else name,
        'root': root,
        'files': files,
        'stdout': ADDR.sub('0x?', p.stdout.decode()),
        'stderr': ADDR.sub('0x?', p.stderr.decode()),
        'exit': p.returncode,
    }


def main(argv):
    out, title, header, *dirs = argv
    support = os.path.relpath(os.path.join(ROOT, 'packages', 'vm', 'test', 'support', 'import-cases.ts'), os.path.dirname(os.path.abspath(out)))
    if not support.startswith('.'):
        support = './' + support
    lines = [f'// {header} Expected output recorded from CPython 3.8.18 (`PYTHONHASHSEED=0 python3.8 main.py` in the case\'s folder,',
             '// copied to /tmp/corosim-import-cases), addresses as 0x?.',
             f"import {{ describeImportCases, type ImportCase }} from '{support}';", '', 'const CASES: readonly ImportCase[] = [']
    for d in dirs:
        c = record(d)
        lines.append('  {')
        for k in ('name', 'root'):
            lines.append(f'    {k}: {json.dumps(c[k])},')
        lines.append('    files: {')
        for path, text in c['files'].items():
            lines.append(f'      {json.dumps(path)}: {json.dumps(text)},')
        lines.append('    },')
        for k in ('stdout', 'stderr'):
            lines.append(f'    {k}: {json.dumps(c[k])},')
        lines.append(f"    exit: {c['exit']},")
        lines.append('  },')
    lines += ['];', '', f'describeImportCases({json.dumps(title)}, CASES);', '']
    with open(out, 'w') as fh:
        fh.write('\n'.join(lines))
    print(f'{out}: {len(dirs)} cases')


if __name__ == '__main__':
    main(sys.argv[1:])
