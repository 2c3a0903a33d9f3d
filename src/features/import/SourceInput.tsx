/** Where the history comes in: a paste box, and a drop zone with a keyboard-friendly file chooser. */
import { useId, useState, type DragEvent } from 'react';
import { TEXT_LIMITS } from '../../import/limits';
import { FileButton } from '../shared/FileButton';
import type { SourceInfo } from './useImportSession';

interface SourceInputProps {
  onSource: (source: SourceInfo) => void;
  busy: boolean;
}

export function SourceInput({ onSource, busy }: SourceInputProps) {
  const uid = useId();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);

  const takeFile = (file: File | undefined): void => {
    // The name is kept with the import: cut to its limit (limits.ts), the file is not refused.
    const name = (file?.name || 'Dropped file').slice(0, TEXT_LIMITS.fileName);
    if (file) onSource({ name, input: { kind: 'file', file } });
  };

  const drop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    takeFile(event.dataTransfer.files[0]);
  };

  return (
    <div className="card import-source">
      <h2 id={`${uid}-h`}>Bring in your history</h2>
      <div className="field">
        <label htmlFor={`${uid}-paste`}>Paste your Connects History</label>
        <textarea
          id={`${uid}-paste`}
          className="import-paste"
          rows={7}
          value={text}
          spellCheck={false}
          wrap="off"
          placeholder={
            'Connects History\nMy balance\n108 Connects\nDate\tAction\tDetails\tConnects\n…'
          }
          aria-describedby={`${uid}-paste-hint`}
          onChange={(e) => setText(e.target.value)}
        />
        <p className="field__hint" id={`${uid}-paste-hint`}>
          The whole page as copied, rows or one cell per line; a CSV’s text works too.
        </p>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || text.trim() === ''}
          onClick={() => onSource({ name: 'Pasted text', input: { kind: 'text', text } })}
        >
          Preview pasted text
        </button>
        {text !== '' && (
          <button type="button" className="button button--quiet" onClick={() => setText('')}>
            Clear
          </button>
        )}
      </div>
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>
          <strong>Or drop a file here</strong>: a saved .txt of the page, a CSV, or this app’s CSV
          export.
        </p>
        <FileButton
          inputLabel="History file"
          accept=".txt,.csv,.tsv,text/plain,text/csv"
          disabled={busy}
          onFile={(file) => takeFile(file)}
        >
          Choose a file…
        </FileButton>
      </div>
    </div>
  );
}
