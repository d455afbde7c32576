// Writes for early help: the episode, its assessment and family plan, its reviews, and the moves
// between early help and children's social care (step up to a referral, step down from one). Each
// runs in one transaction as the signed-in user with its audit row; the caller has already passed
// access and the workflow guard.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import { auditedWrite } from '../casework/audited-write.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'
import type { EarlyHelpEndReason } from './early-help.ts'

/** CIN census source for a referral made by the council's own early help service. */
export const STEP_UP_REFERRAL_SOURCE = '5B'

export function createEarlyHelpService(db: Kysely<DB>, audit: AuditService) {
  const write = auditedWrite(db, audit)
  const episodeId = (ctx: StepContext) => ctx.ids.earlyHelpId as number

  return {
    startEpisode: (form: FormContext, ctx: StepContext, input: { startDate: IsoDate; reason: string }) =>
      write(form, ctx, { action: 'create', recordType: 'early_help_episode' }, async (trx) => {
        const row = await trx
          .insertInto('early_help_episode')
          .values({ child_id: ctx.childId, start_date: input.startDate, reason: input.reason, lead_worker_id: form.principal.workerId })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    recordPlan: (form: FormContext, ctx: StepContext, input: { assessmentDate: IsoDate; planDate: IsoDate }) =>
      write(form, ctx, { action: 'update', recordType: 'early_help_episode' }, async (trx) => {
        await trx.updateTable('early_help_episode').set({ assessment_date: input.assessmentDate, plan_date: input.planDate }).where('id', '=', episodeId(ctx)).execute()
        return episodeId(ctx)
      }),

    review: (form: FormContext, ctx: StepContext, input: { heldDate: IsoDate; dueDate: IsoDate; notes: string }) =>
      write(form, ctx, { action: 'create', recordType: 'early_help_review' }, async (trx) => {
        const row = await trx
          .insertInto('early_help_review')
          .values({ child_id: ctx.childId, episode_id: episodeId(ctx), due_date: input.dueDate, held_date: input.heldDate, notes: input.notes === '' ? null : input.notes })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    /** Ends the episode for a reason other than a step up (which has its own step). */
    endEpisode: (form: FormContext, ctx: StepContext, input: { endDate: IsoDate; endReason: EarlyHelpEndReason }) =>
      write(form, ctx, { action: 'update', recordType: 'early_help_episode' }, async (trx) => {
        await trx.updateTable('early_help_episode').set({ end_date: input.endDate, end_reason: input.endReason }).where('id', '=', episodeId(ctx)).execute()
        return episodeId(ctx)
      }),

    /**
     * Ends the episode as stepped up, linked to the open referral, or to a new one made here and
     * sent to the front door team for a decision.
     */
    stepUp: (form: FormContext, ctx: StepContext, input: { stepUpDate: IsoDate; primaryNeed: string; reason: string }) =>
      write(form, ctx, { action: 'update', recordType: 'early_help_episode' }, async (trx) => {
        const frontDoor = await trx
          .selectFrom('team')
          .select('id')
          .where('service', '=', 'front_door')
          .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', ctx.today)]))
          .orderBy('id')
          .executeTakeFirst()
        const referralId =
          ctx.ids.referralId ??
          (
            await trx
              .insertInto('referral')
              .values({
                child_id: ctx.childId,
                referral_date: input.stepUpDate,
                source: STEP_UP_REFERRAL_SOURCE,
                source_detail: `Step up from early help: ${input.reason}`,
                primary_need: input.primaryNeed,
                team_id: frontDoor?.id ?? null,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id
        await trx
          .updateTable('early_help_episode')
          .set({ end_date: input.stepUpDate, end_reason: 'stepped_up', stepped_up_referral_id: referralId })
          .where('id', '=', episodeId(ctx))
          .execute()
        return episodeId(ctx)
      }),

    /**
     * Closes the referral and opens an early help episode from it. The census closure reason is
     * RC9 (closed after assessment, referred to early help) when an assessment was completed and
     * no child in need plan followed; otherwise RC7 (services ceased for any other reason).
     * An open child in need plan ends the same day.
     */
    stepDown: (form: FormContext, ctx: StepContext, input: { stepDownDate: IsoDate; reason: string }) =>
      write(form, ctx, { action: 'create', recordType: 'early_help_episode' }, async (trx) => {
        const referralId = ctx.ids.referralId as number
        const [assessed, plan] = await Promise.all([
          trx.selectFrom('assessment').select('id').where('referral_id', '=', referralId).where('authorised_date', 'is not', null).executeTakeFirst(),
          trx.selectFrom('cin_plan').select('id').where('referral_id', '=', referralId).executeTakeFirst(),
        ])
        const closureReason = assessed && !plan ? 'RC9' : 'RC7'
        await trx.updateTable('referral').set({ closure_date: input.stepDownDate, closure_reason: closureReason }).where('id', '=', referralId).execute()
        await trx.updateTable('cin_plan').set({ end_date: input.stepDownDate }).where('referral_id', '=', referralId).where('end_date', 'is', null).execute()
        const row = await trx
          .insertInto('early_help_episode')
          .values({ child_id: ctx.childId, start_date: input.stepDownDate, reason: input.reason, stepped_down_from_referral_id: referralId })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),
  }
}

export type EarlyHelpService = ReturnType<typeof createEarlyHelpService>
