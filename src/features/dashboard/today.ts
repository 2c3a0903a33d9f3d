/**
 * The dashboard's "today": the real local date. Its own module so tests can
 * pin the date (`vi.mock`) instead of faking the clock, which Dexie's timers dislike.
 */
export { localIsoDate as todayIso } from '../../engine/dates';
