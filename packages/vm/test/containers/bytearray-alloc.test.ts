// Deleting from the front advances ob_start (counted by PyByteArray_Resize); the downsize test halves alloc in integer arithmetic. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "bytearray: deleting from the front advances the buffer start; PyByteArray_Resize halves in size_t arithmetic",
    file: "bytearray_front_delete.py",
    source: "# bytearray: deleting from the front advances the buffer start; PyByteArray_Resize halves in size_t arithmetic\nimport sys\nba = bytearray(b'abcdefghij')\nprint(sys.getsizeof(ba))\ndel ba[:3]; print(sys.getsizeof(ba), ba)\ndel ba[2:4]; print(sys.getsizeof(ba), ba)\nba[0:1] = b''; print(sys.getsizeof(ba))\nba += b'xyz' * 10; print(sys.getsizeof(ba))\ndel ba[:20]; print(sys.getsizeof(ba))\nba.clear(); print(sys.getsizeof(ba))\nb2 = bytearray(b'0123456789' * 5)\nb2[:10] = b''; print(sys.getsizeof(b2))\nb2.pop(0); print(sys.getsizeof(b2))\ndel b2[-5:]; print(sys.getsizeof(b2))\nb2[5:30] = b''; print(sys.getsizeof(b2))\n",
    stdout: "67\n67 bytearray(b'defghij')\n67 bytearray(b'dehij')\n61\n91\n71\n57\n107\n107\n107\n66\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("bytearray buffer sizes after deletions", CASES);
