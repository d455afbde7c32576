// Becoming looked after, placement moves, legal status changes and leaving care: the spells the
// SSDA903 episodes are derived from (episodes.ts), never the episodes themselves.
import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import { invalid } from '../../platform/errors.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'
import { approvedCarers } from './looked-after.repository.ts'
import { endPeriod, lookedAfterWrites, periodId } from './looked-after-writes.ts'
import { permanenceOrderFor } from './options.ts'

export interface PlacementInput {
  placementType: string
  provider: string
  postcode: string | null
  urn: string | null
  /** The approved carer the child lives with, when there is one: it tells the 903 a move with the same carer (RNE T or U). */
  carerId: number | null
}

export interface CarerChoice {
  id: number
  name: string
  kind: string
  provider: string
}

export function createPeriodOfCareService(db: Kysely<DB>, audit: AuditService, clock: Clock) {
  const { write, update } = lookedAfterWrites(db, audit)

  const placementValues = (ctx: StepContext, startDate: IsoDate, input: PlacementInput) => ({
    child_id: ctx.childId,
    period_of_care_id: periodId(ctx),
    placement_type: input.placementType,
    provider: input.provider,
    postcode: input.postcode,
    urn: input.urn,
    carer_id: input.carerId,
    start_date: startDate,
  })

  /** A carer id from the form must be one the page offered: approved on the day the placement starts. */
  async function checkCarer(trx: Transaction<DB>, carerId: number | null, startDate: IsoDate) {
    if (carerId === null) return
    if (!(await approvedCarers(trx, startDate)).some((carer) => carer.id === carerId))
      throw invalid('Select a carer from the list')
  }

  return {
    /** Carers approved today, to choose from on the placement pages. */
    carers: (): Promise<CarerChoice[]> => approvedCarers(db, clock.today()),

    /** A new period of care begins with its first legal status and first placement on the same day (903 RNE S). */
    becomeLookedAfter: (
      form: FormContext,
      ctx: StepContext,
      input: { startDate: IsoDate; categoryOfNeed: string; legalStatus: string } & PlacementInput,
    ) =>
      write(form, ctx, 'period_of_care', async (trx) => {
        await checkCarer(trx, input.carerId, input.startDate)
        const period = await trx
          .insertInto('period_of_care')
          .values({
            child_id: ctx.childId,
            start_date: input.startDate,
            category_of_need: input.categoryOfNeed,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        const started = { ...ctx, ids: { ...ctx.ids, periodOfCareId: period.id } }
        await trx
          .insertInto('legal_status')
          .values({
            child_id: ctx.childId,
            period_of_care_id: period.id,
            code: input.legalStatus,
            start_date: input.startDate,
          })
          .execute()
        await trx
          .insertInto('placement')
          .values(placementValues(started, input.startDate, input))
          .execute()
        return period.id
      }),

    /** The placement that ends carries the reason for the change (903 REASON_PLACE_CHANGE). */
    changePlacement: (
      form: FormContext,
      ctx: StepContext,
      input: { moveDate: IsoDate; changeReason: string } & PlacementInput,
    ) =>
      write(form, ctx, 'placement', async (trx) => {
        await checkCarer(trx, input.carerId, input.moveDate)
        if (ctx.ids.placementId !== null) {
          await trx
            .updateTable('placement')
            .set({ end_date: input.moveDate, change_reason: input.changeReason })
            .where('id', '=', ctx.ids.placementId)
            .execute()
        }
        const row = await trx
          .insertInto('placement')
          .values(placementValues(ctx, input.moveDate, input))
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    changeLegalStatus: (form: FormContext, ctx: StepContext, input: { startDate: IsoDate; code: string }) =>
      write(form, ctx, 'legal_status', async (trx) => {
        if (ctx.ids.legalStatusId !== null)
          await trx
            .updateTable('legal_status')
            .set({ end_date: input.startDate })
            .where('id', '=', ctx.ids.legalStatusId)
            .execute()
        const row = await trx
          .insertInto('legal_status')
          .values({
            child_id: ctx.childId,
            period_of_care_id: periodId(ctx),
            code: input.code,
            start_date: input.startDate,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    /** Ends the period of care; a special guardianship or child arrangements order is recorded beside it. */
    leaveCare: (form: FormContext, ctx: StepContext, input: { endDate: IsoDate; reasonCeased: string }) =>
      update(form, ctx, 'period_of_care', async (trx) => {
        await endPeriod(trx, ctx, input.endDate, input.reasonCeased)
        const kind = permanenceOrderFor(input.reasonCeased)
        if (kind)
          await trx
            .insertInto('permanence_order')
            .values({
              child_id: ctx.childId,
              period_of_care_id: periodId(ctx),
              kind,
              order_date: input.endDate,
            })
            .execute()
        return periodId(ctx)
      }),
  }
}
