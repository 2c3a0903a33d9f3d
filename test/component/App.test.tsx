// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, renderApp } from './renderApp';

vi.mock('../../src/engine/words', async (original) => ({
  ...(await original<typeof import('../../src/engine/words')>()),
  todayIso: () => '2026-11-21',
}));

describe('App shell', () => {
  beforeEach(() => {
    freshDb();
  });

  it('shows the first-run setup on an empty ledger, with a skip link and the main navigation', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Connects Budget' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Ledger' })).not.toHaveAttribute('aria-current');
  });

  it('navigates between pages, marking the current one', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 5000 }),
    ).toBeVisible();
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute(
      'aria-current',
    );
    await user.click(within(nav).getByRole('link', { name: 'Ledger' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ledger' }, { timeout: 5000 }),
    ).toBeVisible();
  });

  it('shows a not-found page for an unknown address', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByText('/nowhere')).toBeVisible();
  });
});
