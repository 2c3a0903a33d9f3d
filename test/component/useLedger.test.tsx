// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addEntry, undo } from '../../src/commands';
import { primeLedger, useLedger } from '../../src/read';
import { openTestDb, run, seedLedger } from '../fixtures/db';

function Probe() {
  const data = useLedger();
  return <p data-testid="probe">{data ? `${data.events.count} events` : 'loading'}</p>;
}

describe('useLedger', () => {
  it('follows the ledger live, also when the read was primed before the first render', async () => {
    const db = openTestDb('hook');
    await seedLedger(db, undefined, [{ date: '2026-01-12', type: 'spend', connects: 1 }]);
    primeLedger();
    render(<Probe />);
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('1 events'));
    await run(addEntry({ date: '2026-01-13', type: 'spend', connects: 1 }));
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('2 events'));
    await undo();
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('1 events'));
    await db.entries.clear();
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('0 events'));
  });
});
