/**
 * Reminders that work with the app closed: what to put in the user's calendar (each "spend by"
 * date of the expiry risk, and the next cycle start), and whether the last import is getting too
 * old to be repeated from the platform's 90-day History page.
 */
import { parseIsoDate } from './dates';
import type { ExpiryRisk } from './forecast';
import { connects, formatDate, planName } from './words';

export interface Reminder {
  /** The day of the event (YYYY-MM-DD), all day. */
  date: string;
  /** Stable across downloads, so a calendar updates the event rather than adding it twice. */
  uid: string;
  title: string;
  description: string;
}

export interface NextCycleStart {
  start: string;
  plan: string;
  allotment: number;
}

const lost = (risk: ExpiryRisk): string =>
  `${connects(risk.connects)} ${risk.kind === 'expire' ? 'over the rollover cap expire' : 'lapse, a year after arriving,'} on ${formatDate(risk.date)}`;

/** One reminder per "spend by" date (the risks of one date together), then the next cycle start. */
export function reminders(risk: readonly ExpiryRisk[], next: NextCycleStart): Reminder[] {
  const byDay = new Map<string, ExpiryRisk[]>();
  for (const r of risk) byDay.set(r.spendBy, [...(byDay.get(r.spendBy) ?? []), r]);
  const out: Reminder[] = [...byDay].map(([spendBy, risks]) => {
    const total = risks.reduce((n, r) => n + r.connects, 0);
    return {
      date: spendBy,
      uid: `spend-by-${spendBy}@connects-budget`,
      title: `Spend ${connects(total)} today, or lose them`,
      description: `${risks.map(lost).join('; ')}. Spend them on proposals by the end of ${formatDate(spendBy)} to keep them (Connects Budget).`,
    };
  });
  out.push({
    date: next.start,
    uid: `cycle-${next.start}@connects-budget`,
    title: `Connects renew: ${connects(next.allotment)}`,
    description: `Your billing cycle on ${planName(next.plan)} starts on ${formatDate(next.start)}, with ${connects(next.allotment)} (Connects Budget).`,
  });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The History page reaches back 90 days; past 75, the next import is due. */
export const STALE_IMPORT_DAYS = 75;
export const HISTORY_PAGE_DAYS = 90;

/** Whole days since the last import (an ISO timestamp) as of `today`, when that is too long. */
export function staleImportAge(lastImportedAt: string | null, today: string): number | null {
  if (lastImportedAt === null) return null;
  const day = parseIsoDate(lastImportedAt.slice(0, 10));
  const now = parseIsoDate(today);
  if (day === null || now === null) return null;
  const age = now - day;
  return age > STALE_IMPORT_DAYS ? age : null;
}
