/**
 * Undo and redo from the keyboard, on every page: Ctrl+Z (⌘Z) undoes the latest change,
 * Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y redo it. Not while typing: a text field keeps its own undo.
 */
import { useEffect } from 'react';
// The history module alone: the commands' index would bring every command (and zod) into the
// first screen.
import { getHistory } from '../commands/history';
import { redoStep, undoStep } from '../store/perform';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(target.type);
  }
  return false;
}

/** Which way a key press goes in the history, if it is one of the shortcuts. */
function directionOf(e: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.shiftKey) return 'redo';
  return null;
}

export function useHistoryShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const direction = directionOf(e);
      if (!direction || isEditable(e.target) || getHistory()[direction].length === 0) return;
      e.preventDefault();
      void (direction === 'undo' ? undoStep() : redoStep());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
