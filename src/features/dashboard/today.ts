/**
 * The dashboard's "today": the real local date. Its own module so tests can
 * pin the date (`vi.mock`) instead of faking the clock, which Dexie's timers dislike.
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
