// catch_warnings(module=m) works on m's filters, showwarning and _showwarnmsg_impl through its attributes, and names it in its repr, as Lib/warnings.py does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "catch_warnings(module=m) saves and restores m's filters, showwarning and _showwarnmsg_impl, and its repr names the module",
    file: "catch_warnings_module.py",
    source: "# catch_warnings(module=m) saves and restores m's filters, showwarning and _showwarnmsg_impl, and its repr names the module\nimport warnings, types, sys\ndef show(*a):\n    print('orig show', a[0])\ndef impl(msg):\n    print('impl', msg)\ndef mutated():\n    print('_filters_mutated called')\nfake = types.SimpleNamespace(filters=['f1'], showwarning='SW', _showwarnmsg_impl=impl, _showwarning_orig=show, _filters_mutated=mutated)\ncw = warnings.catch_warnings(module=fake)\nprint(repr(cw))\nprint(repr(warnings.catch_warnings(record=True, module=fake)))\nprint(repr(warnings.catch_warnings(module=warnings)))\nprint(repr(warnings.catch_warnings(module=None)))\nwith cw as got:\n    print('entered', got, fake.filters)\n    fake.filters.append('f2')\n    fake.showwarning = 'changed'\nprint('after', fake.filters, fake.showwarning, fake._showwarnmsg_impl is impl)\nwith warnings.catch_warnings(record=True, module=fake) as log:\n    print(type(log).__name__, log, fake.showwarning is show, fake._showwarnmsg_impl == log.append)\n    fake._showwarnmsg_impl('recorded')\n    print(log)\nprint('after', fake.showwarning, fake._showwarnmsg_impl is impl)\ntry:\n    warnings.catch_warnings(module=fake).__exit__()\nexcept RuntimeError as e:\n    print('RuntimeError', e)\nprint(warnings.filters is warnings.filters)\n",
    stdout: "catch_warnings(module=namespace(_filters_mutated=<function mutated at 0x?>, _showwarning_orig=<function show at 0x?>, _showwarnmsg_impl=<function impl at 0x?>, filters=['f1'], showwarning='SW'))\ncatch_warnings(record=True, module=namespace(_filters_mutated=<function mutated at 0x?>, _showwarning_orig=<function show at 0x?>, _showwarnmsg_impl=<function impl at 0x?>, filters=['f1'], showwarning='SW'))\ncatch_warnings()\ncatch_warnings()\n_filters_mutated called\nentered None ['f1']\n_filters_mutated called\nafter ['f1'] SW True\n_filters_mutated called\nlist [] True True\n['recorded']\n_filters_mutated called\nafter SW True\nRuntimeError Cannot exit catch_warnings(module=namespace(_filters_mutated=<function mutated at 0x?>, _showwarning_orig=<function show at 0x?>, _showwarnmsg_impl=<function impl at 0x?>, filters=['f1'], showwarning='SW')) without entering first\nTrue\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("catch_warnings module", CASES, [0, Number.POSITIVE_INFINITY]);
