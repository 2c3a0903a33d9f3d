// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectsDb } from '../../src/db/database';
import { freshDb, renderApp } from './renderApp';
import { seed } from './seed';

vi.mock('../../src/engine/words', async (original) => ({
  ...(await original<typeof import('../../src/engine/words')>()),
  todayIso: () => '2026-11-21',
}));

describe('a write that fails', () => {
  let db: ConnectsDb;
  beforeEach(async () => {
    db = freshDb();
    await seed(db);
  });

  it('says what was not saved and why, and keeps the form as typed', async () => {
    const user = userEvent.setup();
    renderApp('/ledger');
    const form = await screen.findByRole('form', { name: 'Add an entry' }, { timeout: 5000 });
    vi.spyOn(db.entries, 'add').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await user.type(within(form).getByLabelText('Job title or reference'), 'Logo refresh');
    await user.type(within(form).getByLabelText('Connects'), '12');
    await user.click(within(form).getByRole('button', { name: 'Add entry' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "Not saved: the proposal 'Logo refresh' (12 Connects) — the browser's storage is full.",
    );
    expect(within(form).getByLabelText('Job title or reference')).toHaveValue('Logo refresh');
    expect(await db.entries.count()).toBe(0);

    // The message stays until dismissed.
    await user.click(within(alert).getByRole('button', { name: 'Dismiss message' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
