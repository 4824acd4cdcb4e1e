"""Generates goldens.json, the CPython 3.8 truth for the tests of packages/vm/src/format/.

Run with CPython 3.8 (not a later version), from this directory:

    PYENV_VERSION=3.8.18 python3.8 make-goldens.py

Each case is {"k": kind, "v": value, "s": spec or format, "o": output} or, when CPython raises,
{"k", "v", "s", "e": [exception class, message]}. Ints are decimal strings, floats are the hex of
their IEEE bits (so nan, -0.0 survive JSON), percent-format arguments are tagged lists.
"""
import json
import struct
import sys

assert sys.version_info[:2] == (3, 8), 'run with CPython 3.8'


def fbits(x):
    return '%016x' % struct.unpack('>Q', struct.pack('>d', x))[0]


def run(fn):
    try:
        return {'o': fn()}
    except Exception as e:  # noqa: BLE001 - the exception is the golden
        return {'e': [type(e).__name__, str(e)]}


INTS = [0, 1, -1, 7, 42, -42, 255, -255, 1234, -1234, 1234567, 2**31, 2**53 + 1, 2**64, -2**64 - 1,
        10**30 + 7, -(10**25), 0x10ffff, 65, 0x1f600, 2**63, 10**400]
INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'n', ',', '_', ',d', '_d', '_b', '_o', '_x',
             '#_x', '#_X', '010', '010,', '010_', '012,d', '+', ' ', '-', '+08', '=+10', '<10', '^10', '>10',
             '*^11,', '0<8', 'x>+#12_X', '\U0001F600^9', '#010x', '#012_b', '0=#10o', 'c', '>5c', '*^5c',
             'e', '.2e', 'E', 'f', '.3f', ',.2f', 'g', 'G', '%', '.1%', '010.2f', '.2', '.2d', '+c', '#c',
             ',b', ',x', ',c', ',s', 's', 'y', ',_', '_,', '.', '1.', 'xx', ',,', '04,', '05,', '06_',
             '\u0661\u0660', '9' * 20, '\u00e9', '\x01', ' 020,', '-#x', '+#b', '0', '00', '=', '=5',
             '_n', ',n', '.0f', '#.0f', 'F', '_e', '+%']
FLOATS = [0.0, -0.0, 1.0, -1.0, 1.5, 2.5, 0.5, 0.1, 1 / 3, 2 / 3, 123.456, -123.456, 1e16, 1e15, 1e17,
          12345678.9, 1e-5, 1e-4, 0.0001234, 5e-324, 1.7976931348623157e308, 1e100, 1e22, 1e23, 9.999,
          0.125, 0.375, 2.675, float('inf'), float('-inf'), float('nan'), 1234567.0, 100.0, 0.05,
          999999.5, 9.5, 0.95, -1e-7, 2e16 + 8, 123456789012345.0]
FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0e', '.0f', '.0g', '.0%', '.1f', '.2f', '.3',
               '.0', '.1', '.10', '.17', '.20e', '.25f', '.30g', '.60f', '#', '#.0f', '#.0e', '#g',
               '#.3g', '#.0', '#e', '#.3', '#.10g', ',', ',.2f', '_f', '_.3e', ',g', '010', '010.2f',
               '010,.1f', '+', '+.3e', ' ', ' g', '-', '=+12.3f', '<12', '^12', '>12', '*^15.2e', '0<12',
               '\U0001F600>10', '011,', '020_.3f', '+09.2%', '.3n', 'x', 'd', 'c', 's', ',n', ',x', '.',
               '015', '+015,', '.3G', '%', ',%', '#.0%', ',.0f']
STRS = ['', 'a', 'hello', 'h\u00e9llo', '\u65e5\u672c\u8a9e', '\U0001F600x\U0001F600', 'abcdefghij']
STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '\U0001F600^9', '.2', '.0', '10.3', '>10.3s',
             '0', '010', '=10', '+', '#', ' s', ',', '_s', 'd', 'x', '\x01', '\u00e9', '.', '1.', 'ss', '00',
             '0^10', '\u0665', '<\u0661\u0660', '.\u0663', '^', 'x<', '<<5', '+5', '9' * 20, '.' + '9' * 20]

cases = []
for v in INTS:
    for s in INT_SPECS:
        cases.append(dict(k='int', v=str(v), s=s, **run(lambda: format(v, s))))
for x in FLOATS:
    for s in FLOAT_SPECS:
        cases.append(dict(k='float', v=fbits(x), s=s, **run(lambda: format(x, s))))
for x, s in [(5e-324, '.1100f'), (5e-324, '.760e'), (1.7976931348623157e308, '.0f'), (0.1, '.120f'),
             (1 / 3, '.150e'), (2.0**-1074 * 3, '.400g'), (1e300, ',.2f'), (0.1, '#.130g'), (1.0, '.3000000000'),
             (1.0, '.2147483648f'), (1e22, '.50'), (1.0, '.1%')]:
    cases.append(dict(k='float', v=fbits(x), s=s, **run(lambda: format(x, s))))
for v in STRS:
    for s in STR_SPECS:
        cases.append(dict(k='str', v=v, s=s, **run(lambda: format(v, s))))


def tag(a):
    if isinstance(a, bool):
        raise TypeError(a)
    if isinstance(a, int):
        return ['i', str(a)]
    if isinstance(a, float):
        return ['f', fbits(a)]
    if isinstance(a, str):
        return ['s', a]
    if isinstance(a, tuple):
        return ['t', [tag(b) for b in a]]
    if isinstance(a, dict):
        return ['m', [[k, tag(b)] for k, b in a.items()]]
    raise TypeError(a)


PCT = []
for conv in 'diouxXeEfFgGc':
    for flags in ['', '-', '+', ' ', '#', '0', '-0', '+#0', ' 0']:
        for wp in ['', '8', '.3', '10.4', '.0', '*.*', '02.1']:
            fmt = '%' + flags + wp + conv
            stars = (8,) * wp.count('*')
            vals = [0, -42, 255, -(2**70)] if conv not in 'c' else [65, 0x1f600, 'z']
            if conv in 'eEfFgG':
                vals = [-42, 2**70, -0.0, 1.5, -2.5, 1e-5, 1e20, float('inf'), float('nan'), 2 / 3]
            elif conv in 'diu':
                vals += [-2.5]
            for v in vals:
                PCT.append((fmt, stars + (v,)))
PCT += [('%', ()), ('abc%', (1,)), ('%5', (1,)), ('%.', (1,)), ('%-', (1,)), ('%y', (1,)), ('%y', ()),
        ('abc %\u00e9', (1,)), ('%\U0001F600', (1,)), ('%d %d', (1,)), ('%d', (1, 2)), ('%%', ()), ('a%%b%s', ('x',)),
        ('%(a)s %(b)d', {'a': 'x', 'b': 3}), ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(a(b))s', {'a(b)': 5}),
        ('%(a)s', (1,)), ('%(a)*d', {'a': 1}), ('%*d', (-6, 3)), ('%.*f', (-3, 1.25)),
        ('%hd %ld %Lf', (1, 2, 3.0)), ('%l', (1,)), ('%h', ()), ('%*', (1,)), ('%.*', (1,)), ('%*', ()),
        ('%.5s|%-6.2s|%6s', ('abcdefg', 'xyz', '\U0001F600\U0001F600')), ('%c%c', ('\U0001F600', 0x1f600)),
        ('%5c|%-5c', ('a', 98)), ('%c', ('ab',)), ('%c', (2**70,)), ('%c', (0x110000,)), ('%c', (-1,)),
        ('%x', (1.5,)), ('%d', ('s',)), ('%' + '9' * 20 + 'd', (1,)), ('%.' + '9' * 12 + 'd', (1,)),
        ('%.2147483646d', (1,)), ('%*d', (2**64, 1)), ('%.*d', (2**40, 1)), ('%5%', ()), ('%-+ #0%', ()),
        ('%(x)-5d|', {'x': -3}), ('%s', ('\U0001F600abc',)), ('%.1s', ('\U0001F600abc',)),
        ('%08.3e|%-+10.2f|% g', (1234.5, 2.0, 0.0001)), ('%#.0f %#.0e %#g %#.3g', (2.0, 3.0, 1.0, 0.5)),
        ('%.120f', (0.1,)), ('%.0f %.0f %.0f', (0.5, 1.5, 2.5)), ('%#o %#x %#X', (-8, -255, -255)),
        ('%+.3d|% .3d|%+05.3d', (7, 7, 7)), ('%-#10x|', (255,)), ('%s', (1.5,)), ('%s', (-0.0,)), ('%s', (10**20,))]

for fmt, args in PCT:
    cases.append(dict(k='pct', v=tag(args), s=fmt, **run(lambda: fmt % args)))
for fmt, args in PCT[-60:]:
    if isinstance(args, tuple) and len(args) == 1:
        cases.append(dict(k='pct', v=tag(args[0]), s=fmt, **run(lambda: fmt % args[0])))

with open('goldens.json', 'w', encoding='utf-8') as f:
    f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases) + '\n]\n')
print(len(cases), 'cases')
