/**
 * Calendar arithmetic of the `time` module: seconds since the epoch to a broken-down time and
 * back, in the one time zone a corosim run has, UTC (a run sees nothing of the host, its zone
 * included). The proleptic Gregorian calendar, as glibc's `gmtime_r` and `mktime` compute it for
 * CPython 3.8 Modules/timemodule.c.
 * @module
 */

/** `struct tm` as the C library fills it: months from 0, years from 1900, Sunday = 0. */
export interface BrokenDownTime {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  /** `tm_zone` (null when the time came from a plain tuple). */
  zone: string | null;
  gmtoff: number;
}

/** The C library's year range: `tm_year` is an int. */
const INT_MAX = 2 ** 31 - 1;

/** Whether `year` (the actual year) is a leap year. */
export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `year`. */
export function daysInYear(year: number): number {
  return isLeap(year) ? 366 : 365;
}

const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Days from 1970-01-01 to the first of month `mon` (0-11) of `year`. */
function daysBefore(year: number, mon: number): number {
  // Leap years from year 1 (or, floored, back from it) to the year before.
  const y = year - 1;
  const leapDays = Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  const daysToYear = 365 * (year - 1970) + leapDays - 477; // 477 leap days before 1970
  return daysToYear + (MONTH_START[mon] as number) + (mon >= 2 && isLeap(year) ? 1 : 0);
}

/**
 * `gmtime_r(&t)`: the broken-down UTC time of `t` whole seconds, or null when its year does not
 * fit `tm_year` (glibc fails with EOVERFLOW).
 */
export function brokenDown(t: number, zone: string): BrokenDownTime | null {
  const days = Math.floor(t / 86400);
  const secs = t - days * 86400;
  // The year from the days: estimate, then correct by at most a year either way.
  let year = 1970 + Math.floor(days / 365.2425);
  while (daysBefore(year, 0) > days) year--;
  while (daysBefore(year + 1, 0) <= days) year++;
  if (year - 1900 > INT_MAX || year - 1900 < -INT_MAX - 1) return null;
  const yday = days - daysBefore(year, 0);
  let mon = 11;
  while (mon > 0 && daysBefore(year, mon) > days) mon--;
  return {
    year: year - 1900,
    mon,
    mday: days - daysBefore(year, mon) + 1,
    hour: Math.floor(secs / 3600),
    min: Math.floor((secs % 3600) / 60),
    sec: secs % 60,
    // 1970-01-01 was a Thursday.
    wday: (((days + 4) % 7) + 7) % 7,
    yday,
    isdst: 0,
    zone,
    gmtoff: 0,
  };
}

/**
 * `mktime` in UTC: the seconds since the epoch of `tm`, its fields normalised first (month 13 is
 * January of the next year, second 60 the next minute, ...), or null when the result's year does
 * not fit `tm_year`. A time said to be in summer time (`tm_isdst` > 0) is taken to be an hour
 * ahead, as glibc takes it in a zone without summer time.
 */
export function secondsOf(tm: BrokenDownTime): number | null {
  const year = tm.year + 1900 + Math.floor(tm.mon / 12);
  const mon = ((tm.mon % 12) + 12) % 12;
  const t = (daysBefore(year, mon) + tm.mday - 1) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec - (tm.isdst > 0 ? 3600 : 0);
  const check = brokenDown(t, 'UTC');
  return check === null ? null : t;
}

/** ISO 8601 week-numbering year and week of `tm` (its own `tm_yday` and `tm_wday`, as strftime reads them). */
export function isoWeek(tm: BrokenDownTime): { readonly year: number; readonly week: number } {
  let year = tm.year + 1900;
  // The day of the year of this week's Thursday: the week belongs to that day's year.
  let thursday = tm.yday - ((tm.wday + 6) % 7) + 3;
  if (thursday < 0) {
    year--;
    thursday += daysInYear(year);
  } else if (thursday >= daysInYear(year)) {
    thursday -= daysInYear(year);
    year++;
  }
  return { year, week: Math.floor(thursday / 7) + 1 };
}
