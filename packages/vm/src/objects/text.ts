/**
 * The text types' behaviour, installed for its side effects: str slots and methods, str
 * formatting, bytes slots and methods. The VM bootstrap imports this module. Mirrors the parts of
 * CPython 3.8 Objects/unicodeobject.c and Objects/bytesobject.c that fill the type objects.
 * @module
 */
import './str-slots.ts';
import './str-methods-search.ts';
import './str-methods-case.ts';
import './str-format.ts';
import './bytes-slots.ts';
import './bytes-methods.ts';
