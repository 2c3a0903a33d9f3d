/** Writes a previewed import: one transaction, so it is all stored or none of it. */
import { commitImport, undoBatch, type ImportOutcome } from '../../db/importBatch';
import { getDb } from '../../db/instance';
import type { BatchRecord } from '../../db/records';
import type { ImportPlan } from './importPlan';

export async function commitPlan(
  fileName: string,
  format: string,
  plan: ImportPlan,
  now: Date = new Date(),
): Promise<ImportOutcome> {
  // A new account gets the batch's own timestamp: undoing that batch can then remove it too.
  const account = plan.isNewAccount
    ? { ...plan.account, createdAt: now.toISOString() }
    : plan.account;
  return commitImport(getDb(), {
    fileName,
    format,
    events: plan.rows.map((r) => r.event),
    ...(plan.writesAccount ? { account } : {}),
    now,
  });
}

export async function undoImport(batch: BatchRecord): Promise<number> {
  return undoBatch(getDb(), batch.id as number, { dropCreatedAccount: true });
}
