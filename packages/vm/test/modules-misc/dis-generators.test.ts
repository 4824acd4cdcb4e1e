// The iterators dis gives are CPython's generators: their type and repr, made one item at a time, and errors raised when first stepped. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "dis.get_instructions, Bytecode.__iter__ and findlinestarts are generators, stepped lazily",
    file: "dis_generators.py",
    source: "# dis.get_instructions, Bytecode.__iter__ and findlinestarts are generators, stepped lazily\nimport dis\ndef f(a):\n    return a + 1\ng = dis.get_instructions(f)\nprint(type(g).__name__, repr(g)[:45])\nprint(next(g))\nids = [id(i) for i in dis.get_instructions(f)]\nprint(len(ids), len(set(ids)))\nb = dis.Bytecode(f)\nit = iter(b)\nprint(repr(it)[:45], [i.opname for i in it])\nls = dis.findlinestarts(f.__code__)\nprint(repr(ls)[:36], list(ls))\nbad = dis.findlinestarts(42)\nprint(type(bad).__name__)\ntry:\n    next(bad)\nexcept AttributeError as e:\n    print(e)\nprint(list(bad))\nIns = dis.Instruction\ndel dis.Instruction\ng = dis.get_instructions(f)\ntry:\n    next(g)\nexcept NameError as e:\n    print(e)\ndis.Instruction = Ins\nprint([i.opname for i in dis.Bytecode(\"x = 1\")])\n",
    stdout: "generator <generator object _get_instructions_bytes at \nInstruction(opname='LOAD_FAST', opcode=124, arg=0, argval='a', argrepr='a', offset=0, starts_line=4, is_jump_target=False)\n4 2\n<generator object _get_instructions_bytes at  ['LOAD_FAST', 'LOAD_CONST', 'BINARY_ADD', 'RETURN_VALUE']\n<generator object findlinestarts at  [(0, 4)]\ngenerator\n'int' object has no attribute 'co_lnotab'\n[]\nname 'Instruction' is not defined\n['LOAD_CONST', 'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("dis generators", CASES, [0, Number.POSITIVE_INFINITY]);
