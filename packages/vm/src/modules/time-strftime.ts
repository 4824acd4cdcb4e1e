/**
 * `time.strftime`'s formatting: what glibc's `strftime` writes in the C locale, the library
 * CPython 3.8 calls on Linux. Flags `_` `-` `0` `^` `#`, a field width and the `E`/`O` modifiers
 * are understood as glibc understands them; an unknown conversion is copied as written.
 * @module
 */
import { isoWeek, secondsOf, type BrokenDownTime } from './time-calendar.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The conversions each is another format, in the C locale. */
const COMPOSITES: Readonly<Record<string, string>> = {
  c: '%a %b %e %H:%M:%S %Y',
  D: '%m/%d/%y',
  F: '%Y-%m-%d',
  r: '%I:%M:%S %p',
  R: '%H:%M',
  T: '%H:%M:%S',
  x: '%m/%d/%y',
  X: '%H:%M:%S',
};

/** Conversions that take the `E` modifier, and those that take `O`; any other pairing is not a conversion. */
const TAKES_E = 'cCnpPrRstTuxXyYzZ%';
const TAKES_O = 'bBCdegGhHIjklmMnpPrRsStTuUVwWyzZ%';

/** One conversion's flags and width. */
interface Spec {
  /** `_` (spaces), `-` (no padding), `0` (zeros), or '' (the conversion's default). */
  pad: string;
  upcase: boolean;
  swapcase: boolean;
  /** The field width, or 0. */
  width: number;
}

/** A number of at least `digits` digits, padded as the flags say (`defaultPad` unless one is given). */
function num(value: number, digits: number, spec: Spec, defaultPad = '0'): string {
  const pad = spec.pad === '' ? defaultPad : spec.pad;
  const sign = value < 0 ? '-' : '';
  const text = String(Math.abs(value));
  if (pad === '-') return (sign + text).padStart(spec.width, ' ');
  const size = Math.max(digits, spec.width);
  if (pad === '_') return (sign + text).padStart(size, ' ');
  return sign + text.padStart(size - sign.length, '0');
}

/** Text padded to the field width (zeros only when the `0` flag asks for them). */
function text(value: string, spec: Spec): string {
  return value.padStart(spec.width, spec.pad === '0' ? '0' : ' ');
}

/** A name: `^` and `#` both upper-case it. */
function name(value: string, spec: Spec): string {
  return text(spec.upcase || spec.swapcase ? value.toUpperCase() : value, spec);
}

/** One conversion, or null when `c` is none. */
function convert(c: string, spec: Spec, tm: BrokenDownTime): string | null {
  const year = tm.year + 1900;
  const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  switch (c) {
    case 'a': return name((WEEKDAYS[tm.wday] ?? '?').slice(0, 3), spec);
    case 'A': return name(WEEKDAYS[tm.wday] ?? '?', spec);
    case 'b':
    case 'h': return name((MONTHS[tm.mon] ?? '?').slice(0, 3), spec);
    case 'B': return name(MONTHS[tm.mon] ?? '?', spec);
    case 'C': return num(Math.floor(year / 100), 1, spec);
    case 'd': return num(tm.mday, 2, spec);
    case 'e': return num(tm.mday, 2, spec, '_');
    case 'G': return num(isoWeek(tm).year, 1, spec);
    case 'g': return num(((isoWeek(tm).year % 100) + 100) % 100, 2, spec);
    case 'H': return num(tm.hour, 2, spec);
    case 'I': return num(hour12, 2, spec);
    case 'j': return num(tm.yday + 1, 3, spec);
    case 'k': return num(tm.hour, 2, spec, '_');
    case 'l': return num(hour12, 2, spec, '_');
    case 'm': return num(tm.mon + 1, 2, spec);
    case 'M': return num(tm.min, 2, spec);
    case 'n': return text('\n', spec);
    case 'p': return text(spec.swapcase ? (tm.hour >= 12 ? 'pm' : 'am') : tm.hour >= 12 ? 'PM' : 'AM', spec);
    case 'P': return text(tm.hour >= 12 ? 'pm' : 'am', spec);
    case 's': return num(secondsOf(tm) ?? 0, 1, spec, '_');
    case 'S': return num(tm.sec, 2, spec);
    case 't': return text('\t', spec);
    case 'u': return num(tm.wday === 0 ? 7 : tm.wday, 1, spec);
    case 'U': return num(Math.floor((tm.yday - tm.wday + 7) / 7), 2, spec);
    case 'V': return num(isoWeek(tm).week, 2, spec);
    case 'w': return num(tm.wday, 1, spec);
    case 'W': return num(Math.floor((tm.yday - ((tm.wday + 6) % 7) + 7) / 7), 2, spec);
    case 'y': return num(((year % 100) + 100) % 100, 2, spec);
    case 'Y': return num(year, 1, spec);
    case 'z': {
      // Nothing when it is unknown whether summer time is in effect. A width pads twice: before
      // the sign (one less than the width) and the digits after it.
      if (tm.isdst < 0) return '';
      const off = Math.abs(tm.gmtoff);
      const hhmm = Math.floor(off / 3600) * 100 + Math.floor((off % 3600) / 60);
      const digits = spec.pad === '-' ? Math.max(1, spec.width) : Math.max(4, spec.width);
      const body = num(hhmm, digits, { ...spec, pad: spec.pad === '-' ? '_' : spec.pad, width: 0 });
      return (spec.pad === '0' ? '0' : ' ').repeat(Math.max(0, spec.width - 1)) + (tm.gmtoff < 0 ? '-' : '+') + body;
    }
    case 'Z': {
      const zone = tm.zone !== null && tm.zone !== '' ? tm.zone : tm.isdst >= 0 ? 'UTC' : '';
      return text(spec.swapcase ? zone.toLowerCase() : spec.upcase ? zone.toUpperCase() : zone, spec);
    }
    case '%': return text('%', spec);
    default: {
      const sub = COMPOSITES[c];
      if (sub === undefined) return null;
      const out = strftime(sub, tm);
      return text(spec.upcase ? out.toUpperCase() : out, spec);
    }
  }
}

/**
 * Formats `tm` as glibc's `strftime(format, tm)` does in the C locale.
 *
 * @param format - the format, `%` conversions and plain text.
 * @param tm - the broken-down time, already checked (`checktm`).
 * @returns the formatted text.
 */
export function strftime(format: string, tm: BrokenDownTime): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const at = format.indexOf('%', i);
    if (at < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, at);
    i = at + 1;
    const spec: Spec = { pad: '', upcase: false, swapcase: false, width: 0 };
    for (let f = format[i]; f !== undefined && '_-0^#'.includes(f); f = format[++i]) {
      if (f === '^') spec.upcase = true;
      else if (f === '#') spec.swapcase = true;
      else spec.pad = f;
    }
    while (i < format.length && (format[i] as string) >= '0' && (format[i] as string) <= '9') spec.width = spec.width * 10 + Number(format[i++]);
    const modifier = format[i] === 'E' || format[i] === 'O' ? format[i++] : '';
    const c = format[i];
    const allowed = modifier === '' || (modifier === 'E' ? TAKES_E : TAKES_O).includes(c ?? '%');
    const converted = c !== undefined && allowed ? convert(c, spec, tm) : null;
    if (converted !== null) {
      out += converted;
      i++;
      continue;
    }
    // Not a conversion: copied as written (a `%` at the very end included), padded to the width
    // and upper-cased by `^` (or by `#` when it was a name's conversion with a wrong modifier).
    const end = c === undefined ? i : i + 1;
    out += name(format.slice(at, end), { ...spec, swapcase: spec.swapcase && c !== undefined && 'bBh'.includes(c) });
    i = end;
  }
  return out;
}
