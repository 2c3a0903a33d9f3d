/**
 * After an interview is marked in an era that pays for interviews (free-monthly-2020): the offer
 * to record the bonus, dated as the ledger's row control dates it (interviewBonusOffer). The
 * entry leaves the amount to the rules, which give the era's bonus and hold it to the era's cap
 * per 7 days (the replay warns when the cap cut it).
 */
import type { InterviewBonusOffer } from '../../engine';
import { connects, formatDate } from '../../engine/words';

export interface Offer {
  /** The bonus' date and amount (engine/outcomes/interviewBonus.ts decides them). */
  bonus: InterviewBonusOffer;
  title: string;
}

interface Props {
  offer: Offer;
  onRecord: () => void;
  onDismiss: () => void;
}

export function BonusOffer({ offer, onRecord, onDismiss }: Props) {
  return (
    <div className="prop-offer" role="status" data-testid="bonus-offer">
      <p>
        An interview for &lsquo;{offer.title}&rsquo;: the rules on {formatDate(offer.bonus.date)}{' '}
        give {connects(offer.bonus.amount)} for it (at most {connects(offer.bonus.capPer7Days)} in
        any 7 days).
      </p>
      <button type="button" aria-keyshortcuts="B" onClick={onRecord}>
        Record the interview bonus
      </button>
      <button type="button" onClick={onDismiss}>
        Not now
      </button>
    </div>
  );
}
