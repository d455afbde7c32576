// Writes for the child in need plan: start, review, end. Each runs in one transaction as the
// signed-in user with its audit row; the caller has already passed access and the workflow guard.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import { auditedWrite } from '../casework/audited-write.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'
import { cinReviewDue } from './cin-review-timescale.ts'

export function createChildInNeedService(db: Kysely<DB>, audit: AuditService) {
  const write = auditedWrite(db, audit)
  const planId = (ctx: StepContext) => ctx.ids.cinPlanId as number

  return {
    startPlan: (form: FormContext, ctx: StepContext, input: { startDate: IsoDate }) =>
      write(form, ctx, { action: 'create', recordType: 'cin_plan' }, async (trx) => {
        const row = await trx
          .insertInto('cin_plan')
          .values({ child_id: ctx.childId, referral_id: ctx.ids.referralId as number, start_date: input.startDate, worker_id: form.principal.workerId })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    /** The due date stored beside the held date is the one the review answered (cin-review-timescale.ts). */
    reviewPlan: (form: FormContext, ctx: StepContext, input: { heldDate: IsoDate }) =>
      write(form, ctx, { action: 'create', recordType: 'cin_plan_review' }, async (trx) => {
        const dueDate = cinReviewDue(ctx.ids.cinPlanStartDate as IsoDate, ctx.ids.cinLastReviewDate)
        const row = await trx
          .insertInto('cin_plan_review')
          .values({ child_id: ctx.childId, cin_plan_id: planId(ctx), due_date: dueDate, held_date: input.heldDate })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    endPlan: (form: FormContext, ctx: StepContext, input: { endDate: IsoDate }) =>
      write(form, ctx, { action: 'update', recordType: 'cin_plan' }, async (trx) => {
        await trx.updateTable('cin_plan').set({ end_date: input.endDate }).where('id', '=', planId(ctx)).execute()
        return planId(ctx)
      }),
  }
}

export type ChildInNeedService = ReturnType<typeof createChildInNeedService>
