// The routine of a looked-after child's care: statutory visits, reviews, missing episodes and
// return interviews, health and dental checks, personal education plans.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'
import { lookedAfterWrites, periodId } from './looked-after-writes.ts'

export type HealthCheckKind = 'initial_health' | 'review_health' | 'dental'

export function createCareRoutineService(db: Kysely<DB>, audit: AuditService) {
  const { write, update } = lookedAfterWrites(db, audit)
  return {
    visit: (
      form: FormContext,
      ctx: StepContext,
      input: { visitDate: IsoDate; seen: boolean; seenAlone: boolean },
    ) =>
      write(form, ctx, 'visit', async (trx) => {
        const row = await trx
          .insertInto('visit')
          .values({
            child_id: ctx.childId,
            kind: 'cla',
            visit_date: input.visitDate,
            seen: input.seen,
            seen_alone: input.seen && input.seenAlone,
            worker_id: form.principal.workerId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    /** The due date stored beside the held date is the one the timescale engine gave (CPPCR 2010 reg 33). */
    review: (
      form: FormContext,
      ctx: StepContext,
      input: { heldDate: IsoDate; dueDate: IsoDate; participation: string },
    ) =>
      write(form, ctx, 'cla_review', async (trx) => {
        const row = await trx
          .insertInto('cla_review')
          .values({
            child_id: ctx.childId,
            period_of_care_id: periodId(ctx),
            due_date: input.dueDate,
            held_date: input.heldDate,
            participation: input.participation,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    missingEpisode: (form: FormContext, ctx: StepContext, input: { kind: 'M' | 'A'; startDate: IsoDate }) =>
      write(form, ctx, 'missing_episode', async (trx) => {
        const row = await trx
          .insertInto('missing_episode')
          .values({
            child_id: ctx.childId,
            period_of_care_id: periodId(ctx),
            kind: input.kind,
            start_date: input.startDate,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    missingReturn: (
      form: FormContext,
      ctx: StepContext,
      input: {
        returnDate: IsoDate
        rhiOffered: boolean
        rhiAccepted: boolean | null
        rhiDate: IsoDate | null
      },
    ) =>
      update(form, ctx, 'missing_episode', async (trx) => {
        const id = ctx.ids.missingEpisodeId as number
        await trx
          .updateTable('missing_episode')
          .set({
            end_date: input.returnDate,
            rhi_offered: input.rhiOffered,
            rhi_accepted: input.rhiAccepted,
            rhi_date: input.rhiDate,
          })
          .where('id', '=', id)
          .execute()
        return id
      }),

    healthCheck: (
      form: FormContext,
      ctx: StepContext,
      input: { kind: HealthCheckKind; doneDate: IsoDate; status: 'completed' | 'refused' },
    ) =>
      write(form, ctx, 'health_check', async (trx) => {
        const row = await trx
          .insertInto('health_check')
          .values({
            child_id: ctx.childId,
            kind: input.kind,
            done_date: input.doneDate,
            status: input.status,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    personalEducationPlan: (form: FormContext, ctx: StepContext, input: { planDate: IsoDate }) =>
      write(form, ctx, 'personal_education_plan', async (trx) => {
        const row = await trx
          .insertInto('personal_education_plan')
          .values({ child_id: ctx.childId, period_of_care_id: periodId(ctx), plan_date: input.planDate })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),
  }
}
