/**
 * "Add to calendar": the expiry risk's "spend by" dates and the next cycle start as an .ics file
 * made in the page, so the reminders reach the user with the app closed. The `ics` library (and
 * its validation) is loaded on the click only.
 */
import { useState } from 'react';
import { parseIsoDate, formatDay } from '../../engine/dates';
import { reminders, type Reminder } from '../../engine/reminders';
import { downloadText } from '../shared/download';
import type { LedgerModel } from './ledgerModel';

type DateArray = [number, number, number];

const dateArray = (iso: string): DateArray => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y as number, m as number, d as number];
};

const nextDay = (iso: string): string => formatDay((parseIsoDate(iso) as number) + 1);

async function calendarText(list: readonly Reminder[]): Promise<string> {
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(
    list.map((r) => ({
      uid: r.uid,
      title: r.title,
      description: r.description,
      start: dateArray(r.date),
      end: dateArray(nextDay(r.date)),
      productId: 'connects-budget',
      // A reminder at 9:00 on the day.
      alarms: [{ action: 'display', description: r.title, trigger: { hours: 9, before: false } }],
    })),
  );
  if (error || !value) throw error ?? new Error('the calendar could not be made');
  return value;
}

export function CalendarButton({ model }: { model: LedgerModel }) {
  const [problem, setProblem] = useState<string | null>(null);
  const list = reminders(model.idle.risk, model.next);
  async function download(): Promise<void> {
    setProblem(null);
    try {
      downloadText('connects-budget-reminders.ics', await calendarText(list), 'text/calendar');
    } catch (error) {
      setProblem(
        `The calendar file could not be made: ${error instanceof Error ? error.message : String(error)}.`,
      );
    }
  }
  const spendBy = list.length - 1;
  return (
    <div className="dash-calendar">
      <button type="button" className="button" onClick={() => void download()}>
        Add to calendar
      </button>
      <p className="dash-muted">
        {spendBy === 0
          ? 'A reminder on the next cycle start, as an .ics file for any calendar app.'
          : `${spendBy === 1 ? 'A reminder' : `${spendBy} reminders`} to spend Connects before they are lost, and one on the next cycle start, as an .ics file for any calendar app.`}
      </p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
