/** Steps shared by the import and backup component tests. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { renderApp } from './renderApp';

export async function openImport() {
  renderApp('/import');
  return screen.findByRole('heading', { level: 1, name: 'Import your history' }, { timeout: 5000 });
}

/** Pastes text (fireEvent: typing 80 lines key by key is slow and adds nothing) and previews it. */
export async function pasteAndPreview(text: string) {
  fireEvent.change(screen.getByLabelText('Paste your Connects History'), {
    target: { value: text },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Preview pasted text' }));
  return screen.findByRole('region', { name: /^Preview of/ }, { timeout: 5000 });
}

export function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('History file'), { target: { files: [file] } });
}

export async function confirmImport() {
  const preview = screen.getByRole('region', { name: /^Preview of/ });
  const button = within(preview).getByRole('button', { name: /^Import \d/ });
  expect(button).toBeEnabled();
  fireEvent.click(button);
  return screen.findByText(/^✓ Added/, undefined, { timeout: 5000 });
}

export async function failureMessage() {
  const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
  await waitFor(() => expect(alert).toHaveTextContent(/Nothing was saved/));
  return alert;
}
