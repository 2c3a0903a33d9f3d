/** /settings: the account, the rules era, the era catalogue, custom eras, storage. */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useLedgerData } from '../../read';
import { ERA_CATALOGUE } from '../../engine/eras';
import { AccountForm } from './AccountForm';
import { CustomEraEditor } from './CustomEraEditor';
import { EraChoiceForm } from './EraChoiceForm';
import { EraTable } from './EraTable';
import { BackupSection } from './BackupSection';
import { StorageSection } from './StorageSection';

export function SettingsPage() {
  const data = useLedgerData();
  const plans = useMemo(() => {
    const ids = new Set<string>();
    for (const era of ERA_CATALOGUE) for (const p of Object.keys(era.plans)) ids.add(p);
    for (const c of data?.customEras ?? []) for (const p of Object.keys(c.era.plans)) ids.add(p);
    return [...ids];
  }, [data?.customEras]);

  return (
    <section className="settings-page">
      <title>Settings · Connects Budget</title>
      <h1>Settings</h1>
      {data === undefined ? (
        <p className="loading">Loading…</p>
      ) : data.account ? (
        <div className="settings-grid">
          <AccountForm key={JSON.stringify(data.account)} account={data.account} plans={plans} />
          <EraChoiceForm
            key={JSON.stringify(data.account.era)}
            account={data.account}
            customEras={data.customEras}
          />
        </div>
      ) : (
        <p className="card">
          No account yet: <Link to="/">set it up</Link> first.
        </p>
      )}
      <section className="card" aria-labelledby="era-catalogue-h">
        <h2 id="era-catalogue-h">Era catalogue</h2>
        <p className="muted">
          The platform’s rules over time, as this app applies them. Values marked{' '}
          <span className="assumed">assumed</span> are not fixed by any source.
        </p>
        {ERA_CATALOGUE.map((era) => (
          <EraTable key={era.id} era={era} />
        ))}
      </section>
      {data && <CustomEraEditor customEras={data.customEras} />}
      <StorageSection />
      <BackupSection />
    </section>
  );
}
