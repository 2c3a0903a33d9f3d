/**
 * The foot of an import preview: why storing it failed, if it did; the button that stores it,
 * disabled with its reason beside it while something still has to be decided; Cancel.
 */
export function PreviewActions({
  confirmLabel,
  blocked,
  blockedId,
  commitError,
  onConfirm,
  onCancel,
}: {
  confirmLabel: string;
  /** What still stops the import, or null when it can be stored. */
  blocked: string | null;
  /** The id of the reason, for the button's aria-describedby (unique on the page). */
  blockedId: string;
  commitError: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <>
      {commitError && (
        <p className="import-error" role="alert">
          {commitError}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={blocked !== null}
          aria-describedby={blocked ? blockedId : undefined}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {blocked && (
          <p id={blockedId} className="muted">
            {blocked}
          </p>
        )}
      </div>
    </>
  );
}
