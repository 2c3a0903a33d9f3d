/**
 * Calendar dates as whole day numbers (days since 1970-01-01, UTC).
 * The replay works on integers so that a million events need no Date objects;
 * the conversions follow Howard Hinnant's civil-from-days algorithms.
 */

export type Day = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0);
}

export function dayFromCivil(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Civil {
  y: number;
  m: number;
  d: number;
}

export function civilFromDay(day: Day): Civil {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** A `YYYY-MM-DD` string to a day number, or null when it is not a real calendar date. */
export function parseIsoDate(s: string): Day | null {
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayFromCivil(y, m, d);
}

export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatDay(day: Day): string {
  const { y, m, d } = civilFromDay(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Same day of the month one calendar year later; Feb 29 becomes Feb 28. */
export function addOneYear(day: Day): Day {
  const { y, m, d } = civilFromDay(day);
  return dayFromCivil(y + 1, m, Math.min(d, daysInMonth(y + 1, m)));
}

export function addMonths(day: Day, months: number): Day {
  const { y, m, d } = civilFromDay(day);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return dayFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** The platform renews cycles that would start on the 29th–31st on the 1st. */
export function effectiveCycleDay(cycleDay: number): number {
  return cycleDay >= 29 ? 1 : cycleDay;
}

export function isCycleStart(day: Day, cycleDay: number): boolean {
  return civilFromDay(day).d === effectiveCycleDay(cycleDay);
}

/** The start of the billing cycle that contains `day`. */
export function cycleStartOf(day: Day, cycleDay: number): Day {
  const cd = effectiveCycleDay(cycleDay);
  const { y, m, d } = civilFromDay(day);
  if (d >= cd) return dayFromCivil(y, m, cd);
  return m === 1 ? dayFromCivil(y - 1, 12, cd) : dayFromCivil(y, m - 1, cd);
}

/** The cycle start after `cycleStart` (which must itself be a cycle start). */
export function nextCycleStart(cycleStart: Day): Day {
  const { y, m, d } = civilFromDay(cycleStart);
  return m === 12 ? dayFromCivil(y + 1, 1, d) : dayFromCivil(y, m + 1, d);
}

/** The local calendar date of `now` (the browser's "today"), as YYYY-MM-DD. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
