/** The purchase planner's answer in words: what to buy now, or why not, and what is lost if the plan is not followed. */
import type { Losses, PurchasePlan } from '../../engine/compare';
import { connects, formatCount, formatDate, formatUsd, plural } from '../../engine/words';

export interface PlannerAsk {
  proposals: number;
  connectsPerProposal: number;
  boostPerProposal: number;
  by: string;
}

function askText(ask: PlannerAsk): string {
  const boost =
    ask.boostPerProposal > 0 ? ` plus a ${formatCount(ask.boostPerProposal)}-Connect boost` : '';
  return `${plural(ask.proposals, 'proposal')} of ${connects(ask.connectsPerProposal)}${boost} by ${formatDate(ask.by)}`;
}

function buyText(plan: PurchasePlan): string {
  const pieces =
    plan.pieces.length > 1
      ? `, as ${plan.pieces.length} purchases of ${plan.pieces.join(' + ')}`
      : '';
  return `buy ${formatCount(plan.buy)} now (cost ${formatUsd(plan.costUsd)}${pieces})`;
}

/** The main sentence, by status. */
export function plannerSentence(plan: PurchasePlan, ask: PlannerAsk): string {
  const what = askText(ask);
  const some = `${formatCount(plan.sendable)} of the ${formatCount(ask.proposals)}`;
  switch (plan.status) {
    case 'enough':
      return `You can send ${what} without buying: the ${connects(plan.balanceToday)} you hold today, with any allotment arriving on the way, cover the ${formatCount(plan.needed)} needed.`;
    case 'buy':
      return `To send ${what}, ${buyText(plan)}.`;
    case 'cannot-purchase':
      return `Your plan cannot buy Connects under its rules: of ${what}, you can send ${some} with what you hold and receive on the way.`;
    case 'over-max-balance':
      return plan.buy > 0
        ? `Your plan's maximum balance stops you buying all you need to send ${what}: ${buyText(plan)} to send ${some}, and buy again once you have spent some.`
        : `You cannot buy now: any purchase would take you over your plan's maximum balance. Of ${what}, you can send ${some}; buy once you have spent some.`;
    case 'buy-later':
      return plan.buy > 0
        ? `Connects bought now to send ${what} would expire or lapse before you used them all: ${buyText(plan)} to send ${some}, and buy the rest later, closer to when you need them.`
        : `Don't buy now for ${what}: Connects bought today would expire or lapse before you used them. You can send ${some} with what you hold; buy the rest closer to when you need them.`;
  }
}

/** "If you don't, …": what the next cycle start takes when no proposal goes out. */
export function lossSentence(losses: Losses, bought: boolean): string {
  const when = bought ? "If you buy and then don't send them" : "If you don't send them";
  const date = formatDate(losses.date);
  if (losses.expire > 0 && losses.lapse > 0) {
    return `${when}, ${connects(losses.expire)} expire on ${date} (over the rollover cap) and ${formatCount(losses.lapse)} lapse by then (a year after arriving).`;
  }
  if (losses.expire > 0) {
    return `${when}, ${connects(losses.expire)} expire on ${date}, over the rollover cap.`;
  }
  if (losses.lapse > 0) {
    return `${when}, ${connects(losses.lapse)} lapse by ${date}, a year after arriving.`;
  }
  return `${when}, nothing is lost by the next cycle start on ${date}.`;
}

export function PurchasePlannerResult({ plan, ask }: { plan: PurchasePlan; ask: PlannerAsk }) {
  return (
    <div className="dash-planner-result" aria-live="polite" data-status={plan.status}>
      <p className="dash-planner-answer" data-testid="planner-answer">
        {plannerSentence(plan, ask)}
      </p>
      <p className="dash-muted" data-testid="planner-figures">
        Needed: {connects(plan.needed)}. Held today: {formatCount(plan.balanceToday)}. Sent by the
        date with this plan: {formatCount(plan.sendable)} of {formatCount(ask.proposals)}.
      </p>
      <p
        className={
          plan.ifNotFollowed.expire + plan.ifNotFollowed.lapse > 0 ? 'dash-note' : 'dash-muted'
        }
        data-testid="planner-loss"
      >
        {lossSentence(plan.ifNotFollowed, plan.buy > 0)}
      </p>
    </div>
  );
}
