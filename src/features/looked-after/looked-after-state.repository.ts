// The looked-after facts the workflow (casework/workflow.ts) needs about one child's record, and
// the ids and dates the looked-after steps start from. Read by case-state.repository.ts.
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { SeenChildId } from '../casework/case-access.ts'

export type LookedAfterFact =
  'lookedAfter' | 'openMissingEpisode' | 'adoptionInProgress' | 'placedForAdoption'

export interface LookedAfterIds {
  periodOfCareId: number | null
  periodOfCareStartDate: IsoDate | null
  placementId: number | null
  placementStartDate: IsoDate | null
  legalStatusId: number | null
  legalStatusStartDate: IsoDate | null
  legalStatusCode: string | null
  missingEpisodeId: number | null
  missingStartDate: IsoDate | null
  adoptionJourneyId: number | null
  adoptionDecisionDate: IsoDate | null
  placementOrderDate: IsoDate | null
  matchedDate: IsoDate | null
  placedForAdoptionDate: IsoDate | null
  /** When the last ended period of care ended: a new one cannot start before it (SSDA903: periods never overlap). */
  lastPeriodEndDate: IsoDate | null
}

const openOn = (today: IsoDate) => sql<boolean>`(end_date is null or end_date > ${today})`

export async function readLookedAfterState(
  db: Kysely<DB>,
  childId: SeenChildId,
  today: IsoDate,
): Promise<{ state: Record<LookedAfterFact, boolean>; ids: LookedAfterIds }> {
  const period = await db
    .selectFrom('period_of_care')
    .select(['id', 'start_date'])
    .where('child_id', '=', childId)
    .where(openOn(today))
    .orderBy('start_date', 'desc')
    .executeTakeFirst()
  const lastEnded = await db
    .selectFrom('period_of_care')
    .select('end_date')
    .where('child_id', '=', childId)
    .where('end_date', 'is not', null)
    .orderBy('end_date', 'desc')
    .executeTakeFirst()
  const [placement, legalStatus, missing, adoption] = period
    ? await Promise.all([
        db
          .selectFrom('placement')
          .select(['id', 'start_date'])
          .where('period_of_care_id', '=', period.id)
          .where('end_date', 'is', null)
          .orderBy('start_date', 'desc')
          .orderBy('id', 'desc')
          .executeTakeFirst(),
        db
          .selectFrom('legal_status')
          .select(['id', 'start_date', 'code'])
          .where('period_of_care_id', '=', period.id)
          .where('end_date', 'is', null)
          .orderBy('start_date', 'desc')
          .orderBy('id', 'desc')
          .executeTakeFirst(),
        db
          .selectFrom('missing_episode')
          .select(['id', 'start_date'])
          .where('child_id', '=', childId)
          .where('rhi_offered', 'is', null)
          .orderBy('start_date', 'desc')
          .executeTakeFirst(),
        db
          .selectFrom('adoption_journey')
          .select(['id', 'adm_decision_date', 'placement_order_date', 'matched_date', 'placed_date'])
          .where('period_of_care_id', '=', period.id)
          .where('adoption_order_date', 'is', null)
          .where('reversed_date', 'is', null)
          .orderBy('id', 'desc')
          .executeTakeFirst(),
      ])
    : [undefined, undefined, undefined, undefined]
  return {
    state: {
      lookedAfter: period !== undefined,
      openMissingEpisode: missing !== undefined,
      adoptionInProgress: adoption !== undefined,
      placedForAdoption: adoption !== undefined && adoption.placed_date !== null,
    },
    ids: {
      periodOfCareId: period?.id ?? null,
      periodOfCareStartDate: period?.start_date ?? null,
      placementId: placement?.id ?? null,
      placementStartDate: placement?.start_date ?? null,
      legalStatusId: legalStatus?.id ?? null,
      legalStatusStartDate: legalStatus?.start_date ?? null,
      legalStatusCode: legalStatus?.code ?? null,
      missingEpisodeId: missing?.id ?? null,
      missingStartDate: missing?.start_date ?? null,
      adoptionJourneyId: adoption?.id ?? null,
      adoptionDecisionDate: adoption?.adm_decision_date ?? null,
      placementOrderDate: adoption?.placement_order_date ?? null,
      matchedDate: adoption?.matched_date ?? null,
      placedForAdoptionDate: adoption?.placed_date ?? null,
      lastPeriodEndDate: lastEnded?.end_date ?? null,
    },
  }
}
