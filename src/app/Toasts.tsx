/**
 * Messages at the bottom of the screen. Errors (role="alert") stay until dismissed: nothing
 * unsaved goes unnoticed. Confirmations (role="status") fade unless focus or the pointer is on them.
 */
import { useEffect, useState } from 'react';
import { useToastStore, type Toast } from '../store/toastStore';

const INFO_MS = 10_000;

export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <div className="toasts">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (toast.kind !== 'info' || held) return;
    const timer = setTimeout(() => dismiss(toast.id), INFO_MS);
    return () => clearTimeout(timer);
  }, [toast, held, dismiss]);
  return (
    <div
      className={`toast toast--${toast.kind}`}
      role={toast.kind === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <p className="toast__message">{toast.message}</p>
      <div className="toast__actions">
        {toast.action && (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              toast.action?.run();
              dismiss(toast.id);
            }}
          >
            {toast.action.label}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => dismiss(toast.id)}
          aria-label="Dismiss message"
        >
          ×
        </button>
      </div>
    </div>
  );
}
