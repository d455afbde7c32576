// Adoption: the agency decision maker's decision, the milestones (placement order, match,
// placed) and the adoption order that ends the period of care.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'
import { endPeriod, lookedAfterWrites, periodId } from './looked-after-writes.ts'

export function createAdoptionService(db: Kysely<DB>, audit: AuditService) {
  const { write, update } = lookedAfterWrites(db, audit)
  return {
    /** The agency decision maker's decision starts the adoption journey and makes adoption the permanence plan. */
    adoptionDecision: (form: FormContext, ctx: StepContext, input: { decisionDate: IsoDate }) =>
      write(form, ctx, 'adoption_journey', async (trx) => {
        const row = await trx
          .insertInto('adoption_journey')
          .values({
            child_id: ctx.childId,
            period_of_care_id: periodId(ctx),
            adm_decision_date: input.decisionDate,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await trx
          .updateTable('permanence_plan')
          .set({ end_date: input.decisionDate })
          .where('period_of_care_id', '=', periodId(ctx))
          .where('end_date', 'is', null)
          .execute()
        await trx
          .insertInto('permanence_plan')
          .values({
            child_id: ctx.childId,
            period_of_care_id: periodId(ctx),
            code: 'ADOPTION',
            start_date: input.decisionDate,
          })
          .execute()
        return row.id
      }),

    adoptionMilestones: (
      form: FormContext,
      ctx: StepContext,
      input: { placementOrderDate: IsoDate | null; matchedDate: IsoDate | null; placedDate: IsoDate | null },
    ) =>
      update(form, ctx, 'adoption_journey', async (trx) => {
        const id = ctx.ids.adoptionJourneyId as number
        await trx
          .updateTable('adoption_journey')
          .set({
            placement_order_date: input.placementOrderDate,
            matched_date: input.matchedDate,
            placed_date: input.placedDate,
          })
          .where('id', '=', id)
          .execute()
        return id
      }),

    /** The adoption order ends the period of care (903 reason ceased E11 or E12). */
    adoptionOrder: (
      form: FormContext,
      ctx: StepContext,
      input: { orderDate: IsoDate; reasonCeased: 'E11' | 'E12' },
    ) =>
      write(form, ctx, 'permanence_order', async (trx) => {
        await trx
          .updateTable('adoption_journey')
          .set({ adoption_order_date: input.orderDate })
          .where('id', '=', ctx.ids.adoptionJourneyId as number)
          .execute()
        const order = await trx
          .insertInto('permanence_order')
          .values({
            child_id: ctx.childId,
            period_of_care_id: periodId(ctx),
            kind: 'adoption',
            order_date: input.orderDate,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await endPeriod(trx, ctx, input.orderDate, input.reasonCeased)
        return order.id
      }),
  }
}
