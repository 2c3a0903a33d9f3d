/**
 * A button that opens the file chooser. The input itself stays out of the tab order: the
 * button is what keyboard users reach, and its label says what the file is for.
 */
import { useRef } from 'react';

interface FileButtonProps {
  children: string;
  /** The hidden input's accessible name (tests and assistive technology find it by this). */
  inputLabel: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File | undefined) => void;
}

export function FileButton({ children, inputLabel, accept, disabled, onFile }: FileButtonProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => fileRef.current?.click()}
      >
        {children}
      </button>
      <input
        ref={fileRef}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={inputLabel}
        accept={accept}
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          // Choosing the same file again must fire a change too.
          e.target.value = '';
        }}
      />
    </>
  );
}
