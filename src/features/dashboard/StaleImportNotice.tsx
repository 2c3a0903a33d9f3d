/** Says when the last import is so old that the History page will soon no longer reach back to it. */
import { Link } from 'react-router';
import { HISTORY_PAGE_DAYS, staleImportAge } from '../../engine/reminders';
import { formatCount } from '../../engine/words';
import { useLastImportedAt } from '../../read';

export function StaleImportNotice({ today }: { today: string }) {
  const age = staleImportAge(useLastImportedAt() ?? null, today);
  if (age === null) return null;
  return (
    <p className="dash-card dash-stale" role="status" data-testid="stale-import">
      Your last import was {formatCount(age)} days ago: the platform's History page reaches back
      only {HISTORY_PAGE_DAYS} days. <Link to="/import">Import now</Link>, or rows older than{' '}
      {HISTORY_PAGE_DAYS} days can no longer be copied.
    </p>
  );
}
