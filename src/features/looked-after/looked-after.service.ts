// Writes for the looked-after child's journey: becoming looked after, placements, legal statuses,
// visits, reviews, missing episodes, health, education, adoption and leaving care. Each runs in one
// transaction as the signed-in user, with its audit row; the caller has already passed access and
// the workflow guard (casework/record-step.ts). SSDA903 episodes are never written: they are
// derived from the placement and legal status spells written here (episodes.ts).
import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import { invalid } from '../../platform/errors.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import { auditedWrite } from '../casework/audited-write.ts'
import type { CaseAccess } from '../casework/case-access.ts'
import { childHeader, type ChildHeader } from '../casework/child-header.ts'
import { codeLabel } from '../casework/codes.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'
import { deriveEpisodes } from './episodes.ts'
import { approvedCarers, episodeSources } from './looked-after.repository.ts'
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

export type HealthCheckKind = 'initial_health' | 'review_health' | 'dental'

/** One SSDA903 episode as the episodes page shows it. */
export interface EpisodeView {
  decom: IsoDate
  rne: string
  rneLabel: string
  legalStatus: string | null
  legalStatusLabel: string
  placementType: string | null
  placementLabel: string
  provider: string | null
  dec: IsoDate | null
  rec: string | null
  recLabel: string
  reasonPlaceChange: string | null
  homePostcode: string | null
}

export interface PeriodEpisodes {
  startDate: IsoDate
  endDate: IsoDate | null
  reasonCeased: string | null
  reasonCeasedLabel: string
  categoryOfNeed: string
  episodes: EpisodeView[]
}

export function createLookedAfterService(
  db: Kysely<DB>,
  audit: AuditService,
  access: CaseAccess,
  clock: Clock,
) {
  const audited = auditedWrite(db, audit)
  const write = (
    form: FormContext,
    ctx: StepContext,
    recordType: string,
    work: (trx: Transaction<DB>) => Promise<number>,
  ) => audited(form, ctx, { action: 'create', recordType }, work)
  const update = (
    form: FormContext,
    ctx: StepContext,
    recordType: string,
    work: (trx: Transaction<DB>) => Promise<number>,
  ) => audited(form, ctx, { action: 'update', recordType }, work)
  const periodId = (ctx: StepContext) => ctx.ids.periodOfCareId as number

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

  /** Ends the period of care and every spell still open in it on the same day (DfE: the last episode ends with the reason ceased). */
  async function endPeriod(trx: Transaction<DB>, ctx: StepContext, endDate: IsoDate, reasonCeased: string) {
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

  return {
    /** Carers approved today, to choose from on the placement pages. */
    carers: (): Promise<CarerChoice[]> => approvedCarers(db, clock.today()),

    /** Every period of care with its derived 903 episodes, newest period first (read, audited). */
    async episodes(
      form: FormContext,
      childId: number,
    ): Promise<{ child: ChildHeader; periods: PeriodEpisodes[] }> {
      const seen = await access.openChild({
        principal: form.principal,
        childId,
        requestId: form.requestId,
        action: 'view',
        recordType: 'ssda903_episodes',
      })
      const [child, sources] = await Promise.all([
        childHeader(db, seen, clock.today()),
        episodeSources(db, seen),
      ])
      const homeAddresses = sources.addresses.map((a) => ({
        postcode: a.postcode,
        startDate: a.start_date,
        endDate: a.end_date,
      }))
      const periods = sources.periods.map((period): PeriodEpisodes => {
        const episodes = deriveEpisodes({
          period: {
            startDate: period.start_date,
            endDate: period.end_date,
            reasonCeased: period.reason_ceased,
            categoryOfNeed: period.category_of_need,
          },
          legalStatuses: sources.legalStatuses
            .filter((l) => l.period_of_care_id === period.id)
            .map((l) => ({ code: l.code, startDate: l.start_date, endDate: l.end_date })),
          placements: sources.placements
            .filter((p) => p.period_of_care_id === period.id)
            .map((p) => ({
              placementType: p.placement_type,
              provider: p.provider,
              carerId: p.carer_id,
              postcode: p.postcode,
              urn: p.urn,
              startDate: p.start_date,
              endDate: p.end_date,
              changeReason: p.change_reason,
            })),
          homeAddresses,
        })
        return {
          startDate: period.start_date,
          endDate: period.end_date,
          reasonCeased: period.reason_ceased,
          reasonCeasedLabel: codeLabel('reason_episode_ceased', period.reason_ceased),
          categoryOfNeed: period.category_of_need,
          episodes: episodes.map((e) => ({
            decom: e.decom,
            rne: e.rne,
            rneLabel: codeLabel('reason_new_episode', e.rne),
            legalStatus: e.legalStatus?.code ?? null,
            legalStatusLabel: codeLabel('legal_status', e.legalStatus?.code),
            placementType: e.placement?.placementType ?? null,
            placementLabel: codeLabel('placement_type', e.placement?.placementType),
            provider: e.placement?.provider ?? null,
            dec: e.dec,
            rec: e.rec,
            recLabel: codeLabel('reason_episode_ceased', e.rec),
            reasonPlaceChange: e.reasonPlaceChange,
            homePostcode: e.homePostcode,
          })),
        }
      })
      return { child, periods: periods.reverse() }
    },

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

export type LookedAfterService = ReturnType<typeof createLookedAfterService>
