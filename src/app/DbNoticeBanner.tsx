/** A banner for the storage's state: another tab's upgrade, a blocked upgrade, no storage. */
import { useStatusStore } from '../store/statusStore';

export function DbNoticeBanner() {
  const notice = useStatusStore((s) => s.dbNotice);
  if (!notice) return null;
  switch (notice.kind) {
    case 'reloading':
      return (
        <p className="banner banner--info" role="status">
          Connects Budget was updated in another tab. Reloading this tab to match…
        </p>
      );
    case 'blocked':
      return (
        <p className="banner banner--warn" role="alert">
          Waiting for another Connects Budget tab to close its older version. If nothing happens,
          close the other tabs of this app.
        </p>
      );
    case 'unavailable':
      return (
        <p className="banner banner--error" role="alert">
          Your ledger cannot be opened, so nothing can be saved: {notice.reason}
        </p>
      );
  }
}
