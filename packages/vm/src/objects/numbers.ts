/**
 * The numeric types' behaviour, installed by importing this module: the number, comparison, hash
 * and repr slots, constructors and methods of `int`, `bool`, `float` and `complex`. The VM
 * bootstrap imports it for these side effects (CPython 3.8 fills `PyLong_Type`, `PyBool_Type`,
 * `PyFloat_Type` and `PyComplex_Type` statically in Objects/longobject.c, boolobject.c,
 * floatobject.c and complexobject.c).
 * @module
 */
import './int-slots.ts';
import './int-methods.ts';
import './bool-slots.ts';
import './float-slots.ts';
import './float-methods.ts';
import './complex-slots.ts';
