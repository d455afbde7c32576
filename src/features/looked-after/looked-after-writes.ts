// What every looked-after write shares: an audited transaction as the signed-in user, and the
// period of care the workflow guard found open.
import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import { auditedWrite } from '../casework/audited-write.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'

type Work = (trx: Transaction<DB>) => Promise<number>

export function lookedAfterWrites(db: Kysely<DB>, audit: AuditService) {
  const audited = auditedWrite(db, audit)
  return {
    write: (form: FormContext, ctx: StepContext, recordType: string, work: Work) =>
      audited(form, ctx, { action: 'create', recordType }, work),
    update: (form: FormContext, ctx: StepContext, recordType: string, work: Work) =>
      audited(form, ctx, { action: 'update', recordType }, work),
  }
}

export const periodId = (ctx: StepContext) => ctx.ids.periodOfCareId as number

/** Ends the period of care and every spell still open in it on the same day (DfE: the last episode ends with the reason ceased). */
export async function endPeriod(
  trx: Transaction<DB>,
  ctx: StepContext,
  endDate: IsoDate,
  reasonCeased: string,
) {
  const id = periodId(ctx)
  await trx
    .updateTable('period_of_care')
    .set({ end_date: endDate, reason_ceased: reasonCeased })
    .where('id', '=', id)
    .execute()
  await trx
    .updateTable('placement')
    .set({ end_date: endDate })
    .where('period_of_care_id', '=', id)
    .where('end_date', 'is', null)
    .execute()
  await trx
    .updateTable('legal_status')
    .set({ end_date: endDate })
    .where('period_of_care_id', '=', id)
    .where('end_date', 'is', null)
    .execute()
  await trx
    .updateTable('permanence_plan')
    .set({ end_date: endDate })
    .where('period_of_care_id', '=', id)
    .where('end_date', 'is', null)
    .execute()
}
