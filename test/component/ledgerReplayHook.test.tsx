// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConnectsDb } from '../../src/db/database';
import { primeLedgerReplay, useLedgerReplay } from '../../src/db/hooks';
import { setDatabase } from '../../src/db/instance';
import { saveAccount } from '../../src/db/accountMutations';
import { addEntry } from '../../src/db/ledgerMutations';
import { PLUS_ACCOUNT } from '../fixtures/account';

const ACCOUNT = PLUS_ACCOUNT;

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

describe('a slow read of the ledger', () => {
  it('leaves its snapshot and a checkpoint at today, tagged for the next load', async () => {
    const name = `hook-${Math.random()}`;
    const db = new ConnectsDb(name);
    setDatabase(db);
    await saveAccount(ACCOUNT);
    await addEntry({ date: '2026-01-12', type: 'spend', connects: 1 });
    primeLedgerReplay();
    render(<Probe />);
    await waitFor(() => expect(screen.getByTestId('probe')).toHaveTextContent('1 events'));
    await waitFor(async () =>
      expect((await db.kv.toArray()).map((r) => r.key).sort()).toEqual([
        'ledger-checkpoint',
        'ledger-rev',
        'ledger-snapshot',
      ]),
    );
    // Both are tagged with the ledger as it stands, so the next load can use them.
    const kv = new Map((await db.kv.toArray()).map((r) => [r.key, r.value]));
    const rev = kv.get('ledger-rev');
    expect(kv.get('ledger-snapshot')).toMatchObject({ rev, count: 1, lastId: 1 });
    expect(kv.get('ledger-checkpoint')).toMatchObject({
      rev,
      count: 1,
      lastId: 1,
      checkpoint: { count: 1, next: 1 },
    });
  });
});
