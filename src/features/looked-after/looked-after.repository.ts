// SQL for the looked-after record as read back: every period of care with its legal status,
// placement and home address spells, the sources of the derived SSDA903 episodes (episodes.ts).
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { SeenChildId } from '../casework/case-access.ts'

export async function episodeSources(db: Kysely<DB>, childId: SeenChildId) {
  const [periods, legalStatuses, placements, addresses] = await Promise.all([
    db
      .selectFrom('period_of_care')
      .select(['id', 'start_date', 'end_date', 'reason_ceased', 'category_of_need'])
      .where('child_id', '=', childId)
      .orderBy('start_date')
      .execute(),
    db
      .selectFrom('legal_status')
      .select(['period_of_care_id', 'code', 'start_date', 'end_date'])
      .where('child_id', '=', childId)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('placement')
      .select([
        'period_of_care_id',
        'placement_type',
        'provider',
        'carer_id',
        'postcode',
        'urn',
        'start_date',
        'end_date',
        'change_reason',
      ])
      .where('child_id', '=', childId)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('address')
      .select(['postcode', 'start_date', 'end_date'])
      .where('child_id', '=', childId)
      .where('kind', '=', 'home')
      .execute(),
  ])
  return { periods, legalStatuses, placements, addresses }
}

/** Carers approved on `today`, for choosing who a child is placed with. Carers are not child records. */
export async function approvedCarers(db: Kysely<DB>, today: IsoDate) {
  return db
    .selectFrom('carer')
    .select(['id', 'name', 'kind', 'provider'])
    .where('approved_date', '<=', today)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', today)]))
    .orderBy('name')
    .orderBy('id')
    .execute()
}
