// Writes for the assessment and child protection journey. Each runs in one transaction as the
// signed-in user, with its audit row; the caller has already passed access and the workflow guard.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import { actorId } from '../../platform/auth/principal.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'

export type CpCategory = 'NEG' | 'PHY' | 'SAB' | 'EMO' | 'MUL'

export function createProtectionService(db: Kysely<DB>, audit: AuditService, calendar: WorkingDayCalendar) {
  const write = (form: FormContext, ctx: StepContext, recordType: string, work: (trx: Parameters<Parameters<typeof writeAs>[2]>[0]) => Promise<number>) =>
    writeAs(db, { id: actorId(form.principal) }, async (trx) => {
      const recordId = await work(trx)
      await audit.record({ principal: form.principal, action: 'create', recordType, recordId, childId: ctx.childId, outcome: 'allowed', requestId: form.requestId }, trx)
      return recordId
    })
  const referralId = (ctx: StepContext) => ctx.ids.referralId as number

  return {
    startAssessment: (form: FormContext, ctx: StepContext, input: { startDate: IsoDate; childSeenDate: IsoDate | null; factors: string[] }) =>
      write(form, ctx, 'assessment', async (trx) => {
        const row = await trx
          .insertInto('assessment')
          .values({ child_id: ctx.childId, referral_id: referralId(ctx), start_date: input.startDate, child_seen_date: input.childSeenDate, worker_id: form.principal.workerId })
          .returning('id')
          .executeTakeFirstOrThrow()
        for (const code of input.factors) await trx.insertInto('assessment_factor').values({ child_id: ctx.childId, assessment_id: row.id, code }).execute()
        return row.id
      }),

    authoriseAssessment: (form: FormContext, ctx: StepContext, input: { authorisedDate: IsoDate; nfa: boolean }) =>
      write(form, ctx, 'assessment', async (trx) => {
        const id = ctx.ids.assessmentId as number
        await trx.updateTable('assessment').set({ authorised_date: input.authorisedDate, authorised_by: form.principal.workerId, nfa: input.nfa }).where('id', '=', id).execute()
        return id
      }),

    strategyDiscussion: (form: FormContext, ctx: StepContext, input: { heldDate: IsoDate; outcome: 's47' | 'no_s47' }) =>
      write(form, ctx, 'strategy_discussion', async (trx) => {
        const row = await trx.insertInto('strategy_discussion').values({ child_id: ctx.childId, referral_id: referralId(ctx), held_date: input.heldDate, outcome: input.outcome }).returning('id').executeTakeFirstOrThrow()
        return row.id
      }),

    /** The ICPC target (15 working days from the strategy discussion) is stored beside the actual, as the data model asks. */
    startSection47: (form: FormContext, ctx: StepContext, input: { startDate: IsoDate }) =>
      write(form, ctx, 's47_enquiry', async (trx) => {
        const row = await trx
          .insertInto('s47_enquiry')
          .values({
            child_id: ctx.childId,
            referral_id: referralId(ctx),
            strategy_discussion_id: ctx.ids.strategyDiscussionId,
            start_date: input.startDate,
            icpc_target_date: calendar.addWorkingDays(ctx.ids.strategyDiscussionDate ?? input.startDate, 15),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    conference: (form: FormContext, ctx: StepContext, input: { conferenceDate: IsoDate; planMade: boolean; category: CpCategory | null }) =>
      write(form, ctx, 'cp_plan', async (trx) => {
        const s47Id = ctx.ids.s47Id as number
        await trx.updateTable('s47_enquiry').set({ icpc_date: input.conferenceDate, outcome: 'icpc', end_date: input.conferenceDate }).where('id', '=', s47Id).execute()
        if (!input.planMade || !input.category) return s47Id
        const plan = await trx
          .insertInto('cp_plan')
          .values({ child_id: ctx.childId, referral_id: referralId(ctx), s47_enquiry_id: s47Id, start_date: input.conferenceDate, initial_category: input.category, latest_category: input.category })
          .returning('id')
          .executeTakeFirstOrThrow()
        return plan.id
      }),

    reviewConference: (form: FormContext, ctx: StepContext, input: { heldDate: IsoDate; dueDate: IsoDate; continuePlan: boolean }) =>
      write(form, ctx, 'cp_review', async (trx) => {
        const planId = ctx.ids.cpPlanId as number
        const row = await trx.insertInto('cp_review').values({ child_id: ctx.childId, cp_plan_id: planId, due_date: input.dueDate, held_date: input.heldDate }).returning('id').executeTakeFirstOrThrow()
        if (!input.continuePlan) await trx.updateTable('cp_plan').set({ end_date: input.heldDate, end_reason: 'Plan ended at review conference' }).where('id', '=', planId).execute()
        return row.id
      }),

    /** Core group meetings: the first within 10 working days of the ICPC, then at least 6-weekly (timescales/child-protection.ts). */
    coreGroup: (form: FormContext, ctx: StepContext, input: { heldDate: IsoDate }) =>
      write(form, ctx, 'core_group', async (trx) => {
        const row = await trx.insertInto('core_group').values({ child_id: ctx.childId, cp_plan_id: ctx.ids.cpPlanId as number, held_date: input.heldDate }).returning('id').executeTakeFirstOrThrow()
        return row.id
      }),
  }
}

export type ProtectionService = ReturnType<typeof createProtectionService>
