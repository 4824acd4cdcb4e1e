/**
 * The struct sequences of `sys` that describe the interpreter: `float_info`, `int_info`,
 * `hash_info`, `version_info`, `flags` and `thread_info`, with the values CPython 3.8.18 reports on 64-bit Linux
 * (run with `PYTHONHASHSEED=0` and no other option). Mirrors CPython 3.8 Objects/floatobject.c
 * `PyFloat_GetInfo`, Objects/longobject.c `PyLong_GetInfo`, Python/sysmodule.c `get_hash_info`,
 * `make_version_info` and `make_flags`.
 * @module
 */
import { False, True, newInt } from '../objects/int.ts';
import { newFloat } from '../objects/float.ts';
import { incref, type PyObject, type PyType } from '../runtime/object.ts';
import { newStr } from '../objects/str.ts';
import { newStructSeq, newStructSeqType, type StructSeqField } from '../objects/struct-seq.ts';
import { INT_MAX_STR_DIGITS } from '../objects/number-parse.ts';

type Value = number | bigint | string | boolean;

/** A struct sequence of `sys`: its type and how to make its one instance. */
interface InfoSpec {
  readonly name: string;
  readonly doc: string;
  readonly canCreate: boolean;
  /** Field name, value and member doc. */
  readonly fields: readonly (readonly [string, Value, string])[];
  /** Fields whose value is a float although written as an integer literal. */
  readonly floats?: readonly string[];
}

const INFOS: readonly InfoSpec[] = [
  {
    name: 'float_info',
    doc: "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.",
    canCreate: true,
    floats: ['max', 'min', 'epsilon'],
    fields: [
      ['max', Number.MAX_VALUE, 'DBL_MAX -- maximum representable finite float'],
      ['max_exp', 1024, 'DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable'],
      ['max_10_exp', 308, 'DBL_MAX_10_EXP -- maximum int e such that 10**e is representable'],
      ['min', 2.2250738585072014e-308, 'DBL_MIN -- Minimum positive normalized float'],
      ['min_exp', -1021, 'DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float'],
      ['min_10_exp', -307, 'DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized'],
      ['dig', 15, 'DBL_DIG -- digits'],
      ['mant_dig', 53, 'DBL_MANT_DIG -- mantissa digits'],
      ['epsilon', Number.EPSILON, 'DBL_EPSILON -- Difference between 1 and the next representable float'],
      ['radix', 2, 'FLT_RADIX -- radix of exponent'],
      ['rounds', 1, 'FLT_ROUNDS -- rounding mode'],
    ],
  },
  {
    name: 'int_info',
    doc: "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.",
    canCreate: true,
    fields: [
      ['bits_per_digit', 30, 'size of a digit in bits'],
      ['sizeof_digit', 4, 'size in bytes of the C type used to represent a digit'],
      ['default_max_str_digits', INT_MAX_STR_DIGITS, 'maximum string conversion digits limitation'],
      ['str_digits_check_threshold', 640, 'minimum positive value for int_max_str_digits'],
    ],
  },
  {
    name: 'hash_info',
    doc: 'hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.',
    canCreate: true,
    fields: [
      ['width', 64, 'width of the type used for hashing, in bits'],
      ['modulus', 2n ** 61n - 1n, 'prime number giving the modulus on which the hash function is based'],
      ['inf', 314159, 'value to be used for hash of a positive infinity'],
      ['nan', 0, 'value to be used for hash of a nan'],
      ['imag', 1000003, 'multiplier used for the imaginary part of a complex number'],
      ['algorithm', 'siphash24', 'name of the algorithm for hashing of str, bytes and memoryviews'],
      ['hash_bits', 64, 'internal output size of hash algorithm'],
      ['seed_bits', 128, 'seed size of hash algorithm'],
      ['cutoff', 0, 'small string optimization cutoff'],
    ],
  },
  {
    name: 'version_info',
    doc: 'sys.version_info\n\nVersion information as a named tuple.',
    canCreate: false,
    fields: [
      ['major', 3, 'Major release number'],
      ['minor', 8, 'Minor release number'],
      ['micro', 18, 'Patch release number'],
      ['releaselevel', 'final', "'alpha', 'beta', 'candidate', or 'final'"],
      ['serial', 0, 'Serial release number'],
    ],
  },
  {
    name: 'flags',
    doc: 'sys.flags\n\nFlags provided through command line arguments or environment vars.',
    canCreate: false,
    fields: [
      ['debug', 0, '-d'],
      ['inspect', 0, '-i'],
      ['interactive', 0, '-i'],
      ['optimize', 0, '-O or -OO'],
      ['dont_write_bytecode', 0, '-B'],
      ['no_user_site', 0, '-s'],
      ['no_site', 0, '-S'],
      ['ignore_environment', 0, '-E'],
      ['verbose', 0, '-v'],
      ['bytes_warning', 0, '-b'],
      ['quiet', 0, '-q'],
      // PYTHONHASHSEED=0: hashing is not randomised.
      ['hash_randomization', 0, '-R'],
      ['isolated', 0, '-I'],
      ['dev_mode', false, '-X dev'],
      ['utf8_mode', 0, '-X utf8'],
      ['int_max_str_digits', -1, '-X int_max_str_digits'],
    ],
  },
  {
    name: 'thread_info',
    doc: 'sys.thread_info\n\nA named tuple holding information about the thread implementation.',
    canCreate: true,
    fields: [
      ['name', 'pthread', 'name of the thread implementation'],
      ['lock', 'semaphore', 'name of the lock implementation'],
      ['version', 'NPTL 2.36', 'name and version of the thread library'],
    ],
  },
];

const TYPES: readonly (readonly [InfoSpec, PyType])[] = INFOS.map((spec) => [
  spec,
  newStructSeqType({
    name: spec.name,
    module: 'sys',
    doc: spec.doc,
    canCreate: spec.canCreate,
    fields: spec.fields.map(([name, , doc]): StructSeqField => ({ name, doc })),
  }),
]);

function toPy(value: Value, isFloat: boolean): PyObject {
  if (typeof value === 'string') return newStr(value);
  if (typeof value === 'boolean') return incref(value ? True : False);
  return isFloat && typeof value === 'number' ? newFloat(value) : newInt(value);
}

/**
 * The `sys` attributes holding the interpreter's struct sequences, each a new reference.
 *
 * @returns `[name, value]` pairs for `float_info`, `int_info`, `hash_info`, `version_info` and `flags`.
 * @see CPython 3.8 Python/sysmodule.c `_PySys_InitCore`
 */
export function sysInfoValues(): (readonly [string, PyObject])[] {
  return TYPES.map(([spec, type]) => [
    spec.name,
    newStructSeq(type, spec.fields.map(([name, value]) => toPy(value, spec.floats?.includes(name) === true))),
  ]);
}
