// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConnectsDb } from '../../src/db/database';
import { primeLedgerReplay, useLedgerReplay } from '../../src/db/hooks';
import { setDatabase } from '../../src/db/instance';
import { addEntry } from '../../src/db/ledgerMutations';

function Probe() {
  const data = useLedgerReplay();
  return <p data-testid="probe">{data ? `${data.events.count} events` : 'loading'}</p>;
}

describe('useLedgerReplay', () => {
  it('follows the ledger live, also when the read was primed before the first render', async () => {
    const db = new ConnectsDb(`hook-${Math.random()}`);
    setDatabase(db);
    await addEntry({ date: '2026-01-12', type: 'spend', connects: 1 });
    primeLedgerReplay();
    render(<Probe />);
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('1 events'));
    await addEntry({ date: '2026-01-13', type: 'spend', connects: 1 });
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('2 events'));
    await db.entries.clear();
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('0 events'));
  });
});
