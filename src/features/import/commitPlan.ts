/** What confirming a previewed import writes, as the importBatch command's request. */
import type { ImportRequest } from '../../commands';
import type { ImportPlan } from './importPlan';

export function importRequest(
  fileName: string,
  format: string,
  plan: ImportPlan,
  now: Date = new Date(),
): ImportRequest {
  // A new account gets the batch's own timestamp: undoing that batch can then remove it too.
  const account = plan.isNewAccount
    ? { ...plan.account, createdAt: now.toISOString() }
    : plan.account;
  return {
    fileName,
    format,
    events: plan.rows.map((r) => r.event),
    ...(plan.writesAccount ? { account } : {}),
    now,
  };
}
