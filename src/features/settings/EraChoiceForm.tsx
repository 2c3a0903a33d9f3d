/** Which rules replay the ledger: automatic (the era in force at each cycle), fixed, or custom. */
import { useId, useState, type FormEvent } from 'react';
import { chooseEra } from '../../commands';
import type { AccountRecord, CustomEraRecord, EraSetting } from '../../read';
import { ERA_CATALOGUE } from '../../engine/eras';
import { perform } from '../../store/perform';

interface Props {
  account: AccountRecord;
  customEras: readonly CustomEraRecord[];
}

function describe(setting: EraSetting, customEras: readonly CustomEraRecord[]): string {
  if (setting.kind === 'auto') return 'automatic eras';
  if (setting.kind === 'fixed')
    return ERA_CATALOGUE.find((e) => e.id === setting.id)?.name ?? setting.id;
  return customEras.find((c) => c.id === setting.id)?.era.name ?? setting.id;
}

export function EraChoiceForm({ account, customEras }: Props) {
  const uid = useId();
  const [kind, setKind] = useState<EraSetting['kind']>(account.era.kind);
  const [fixedId, setFixedId] = useState(
    account.era.kind === 'fixed' ? account.era.id : (ERA_CATALOGUE[0]?.id ?? ''),
  );
  const [customId, setCustomId] = useState(
    account.era.kind === 'custom' ? account.era.id : (customEras[0]?.id ?? ''),
  );
  const chosenCustom = customEras.some((c) => c.id === customId)
    ? customId
    : (customEras[0]?.id ?? '');
  const setting: EraSetting =
    kind === 'auto'
      ? { kind }
      : kind === 'fixed'
        ? { kind, id: fixedId }
        : { kind, id: chosenCustom };
  const changed = JSON.stringify(setting) !== JSON.stringify(account.era);
  const invalid = kind === 'custom' && !chosenCustom;

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (invalid) return;
    await perform(chooseEra(setting, describe(setting, customEras)));
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="card" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>Rules era</h2>
      <fieldset className="radio-group">
        <legend>Replay the ledger with</legend>
        <div className="radio">
          <input
            type="radio"
            id={`${uid}-auto`}
            name={`${uid}-kind`}
            checked={kind === 'auto'}
            onChange={() => setKind('auto')}
          />
          <label htmlFor={`${uid}-auto`}>
            Automatic: the era in force at each cycle start (recommended)
          </label>
        </div>
        <div className="radio">
          <input
            type="radio"
            id={`${uid}-fixed`}
            name={`${uid}-kind`}
            checked={kind === 'fixed'}
            onChange={() => setKind('fixed')}
          />
          <label htmlFor={`${uid}-fixed`}>One era for the whole ledger</label>
        </div>
        {kind === 'fixed' && (
          <div className="radio__more">
            <label htmlFor={`${uid}-fixed-id`}>Era</label>
            <select
              id={`${uid}-fixed-id`}
              value={fixedId}
              onChange={(e) => setFixedId(e.target.value)}
            >
              {ERA_CATALOGUE.map((era) => (
                <option key={era.id} value={era.id}>
                  {era.name ?? era.id}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="radio">
          <input
            type="radio"
            id={`${uid}-custom`}
            name={`${uid}-kind`}
            checked={kind === 'custom'}
            disabled={customEras.length === 0}
            aria-describedby={customEras.length === 0 ? `${uid}-nocustom` : undefined}
            onChange={() => setKind('custom')}
          />
          <label htmlFor={`${uid}-custom`}>A custom era</label>
        </div>
        {customEras.length === 0 && (
          <p className="field__hint radio__more" id={`${uid}-nocustom`}>
            None yet: make one below by copying an era.
          </p>
        )}
        {kind === 'custom' && customEras.length > 0 && (
          <div className="radio__more">
            <label htmlFor={`${uid}-custom-id`}>Custom era</label>
            <select
              id={`${uid}-custom-id`}
              value={chosenCustom}
              onChange={(e) => setCustomId(e.target.value)}
            >
              {customEras.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.era.name ?? c.id}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <p className="muted">Now: {describe(account.era, customEras)}.</p>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={!changed || invalid}>
          Use these rules
        </button>
      </div>
    </form>
  );
}
