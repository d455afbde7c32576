// SQL for one child's record: the summary's open spells and the chronology. Every function takes
// a SeenChildId, so it cannot run before the access check in case-access.ts.
import { sql, type Kysely } from 'kysely'
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { SeenChildId } from '../casework/case-access.ts'

const openOn = (today: IsoDate) => sql<boolean>`(end_date is null or end_date > ${today})`

/**
 * The summary's open spells and allocations in one statement (one round trip, where separate
 * queries cost more in round trips than in work). Each spell is the first open row, as before;
 * JSON carries dates as 'YYYY-MM-DD' text, as the pool's parsers do.
 */
export async function openSpells(db: Kysely<DB>, childId: SeenChildId, today: IsoDate) {
  const first = <T>(query: { limit: (n: number) => T }) => query.limit(1)
  const row = await db
    .with('open_period', (q) => q.selectFrom('period_of_care').select(['id', 'start_date', 'category_of_need']).where('child_id', '=', childId).where(openOn(today)).limit(1))
    .selectNoFrom((eb) => [
      jsonObjectFrom(first(eb.selectFrom('early_help_episode').select(['id', 'start_date']).where('child_id', '=', childId).where(openOn(today)))).as('earlyHelp'),
      jsonObjectFrom(
        first(
          eb
            .selectFrom('referral')
            .select(['id', 'referral_date', 'primary_need'])
            .where('child_id', '=', childId)
            .where('nfa', '=', false)
            .where((w) => w.or([w('closure_date', 'is', null), w('closure_date', '>', today)]))
            .orderBy('referral_date', 'desc'),
        ),
      ).as('referral'),
      jsonObjectFrom(first(eb.selectFrom('cin_plan').select(['id', 'start_date']).where('child_id', '=', childId).where(openOn(today)))).as('cinPlan'),
      jsonObjectFrom(first(eb.selectFrom('cp_plan').select(['id', 'start_date', 'latest_category']).where('child_id', '=', childId).where(openOn(today)))).as('cpPlan'),
      jsonObjectFrom(eb.selectFrom('open_period').selectAll()).as('periodOfCare'),
      jsonObjectFrom(first(eb.selectFrom('care_leaver').select(['id', 'eligibility']).where('child_id', '=', childId))).as('careLeaver'),
      jsonObjectFrom(first(eb.selectFrom('address').select(['line1', 'town', 'postcode']).where('child_id', '=', childId).where('kind', '=', 'home').where(openOn(today)))).as('address'),
      jsonObjectFrom(
        first(
          eb
            .selectFrom('legal_status')
            .select(['code', 'start_date'])
            .where('period_of_care_id', '=', eb.selectFrom('open_period').select('id'))
            .where(openOn(today))
            .orderBy('start_date', 'desc'),
        ),
      ).as('legalStatus'),
      jsonObjectFrom(
        first(
          eb
            .selectFrom('placement')
            .leftJoin('carer', 'carer.id', 'placement.carer_id')
            .select(['placement.id', 'placement.placement_type', 'placement.start_date', 'carer.name as carer_name'])
            .where('placement.period_of_care_id', '=', eb.selectFrom('open_period').select('id'))
            .where(sql<boolean>`(placement.end_date is null or placement.end_date > ${today})`)
            .orderBy('placement.start_date', 'desc'),
        ),
      ).as('placement'),
      jsonArrayFrom(
        eb
          .selectFrom('allocation')
          .innerJoin('worker', 'worker.id', 'allocation.worker_id')
          .innerJoin('team', 'team.id', 'allocation.team_id')
          .select(['allocation.id', 'allocation.role', 'allocation.start_date', 'allocation.worker_id', 'allocation.team_id', 'worker.forename', 'worker.surname', 'team.name as team_name'])
          .where('allocation.child_id', '=', childId)
          .where(sql<boolean>`(allocation.end_date is null or allocation.end_date > ${today})`)
          .orderBy('allocation.start_date', 'desc'),
      ).as('allocations'),
    ])
    .executeTakeFirstOrThrow()
  return row
}

export interface ChronologyRow {
  event_date: IsoDate
  kind: string
  summary: string
  /** A code to label and add to the end of the summary, and the list that labels it. */
  summary_list: string | null
  summary_code: string | null
  detail: string | null
  /** A code to label and add to the end of the detail, and the list that labels it. */
  detail_list: string | null
  detail_code: string | null
  /** The table and id of an entry that can be removed if recorded in error; null otherwise. */
  entry_table: string | null
  entry_id: number | null
}

/**
 * Every event on the record, newest first: one branch per table, each turning its row into a
 * dated line. Codes stay codes here, each named with its list (chronology-labels.ts), so the
 * service shows their wording. `kinds` filters (empty = all).
 * Columns: date, kind, summary, summary list, summary code, detail, detail list, detail code, order.
 */
export async function chronologyRows(db: Kysely<DB>, childId: SeenChildId, kinds: readonly string[]): Promise<ChronologyRow[]> {
  const c = childId
  const branches = sql`
    select (received_at at time zone 'Europe/London')::date as event_date, 'contact' as kind, 'Contact received' as summary, null::text as summary_list, null::text as summary_code, reason as detail, null::text as detail_list, null::text as detail_code, 1 as seq from contact where child_id = ${c}
    union all select sd.decided_at::date, 'contact', 'Screening decision (threshold level ' || sd.threshold_level || '): ', 'screening_outcome', sd.outcome, nullif(sd.rationale, ''), null, null, 2 from screening_decision sd where sd.child_id = ${c}
    union all select referral_date, 'referral', 'Referral', null, null, 'Primary need: ', 'category_of_need', primary_need, 3 from referral where child_id = ${c}
    union all select closure_date, 'referral', 'Case closed', null, null, null, 'cin_closure_reason', closure_reason, 99 from referral where child_id = ${c} and closure_date is not null
    union all select start_date, 'assessment', 'Single assessment started', null, null, null, null, null, 4 from assessment where child_id = ${c}
    union all select child_seen_date, 'assessment', 'Child seen during assessment', null, null, null, null, null, 5 from assessment where child_id = ${c} and child_seen_date is not null
    union all select authorised_date, 'assessment', 'Assessment authorised by manager', null, null, case when nfa then 'No further action' end, null, null, 6 from assessment where child_id = ${c} and authorised_date is not null
    union all select start_date, 'child_in_need', 'Child in need plan started', null, null, null, null, null, 7 from cin_plan where child_id = ${c}
    union all select end_date, 'child_in_need', 'Child in need plan ended', null, null, null, null, null, 8 from cin_plan where child_id = ${c} and end_date is not null
    union all select held_date, 'child_protection', 'Strategy discussion', null, null, case when outcome = 's47' then 'Section 47 enquiry to start' else 'No section 47 enquiry' end, null, null, 9 from strategy_discussion where child_id = ${c}
    union all select start_date, 'child_protection', 'Section 47 enquiry started', null, null, null, null, null, 10 from s47_enquiry where child_id = ${c}
    union all select icpc_date, 'child_protection', 'Initial child protection conference', null, null, null, null, null, 11 from s47_enquiry where child_id = ${c} and icpc_date is not null
    union all select start_date, 'child_protection', 'Child protection plan started', null, null, 'Category: ', 'cp_category', initial_category, 12 from cp_plan where child_id = ${c}
    union all select held_date, 'child_protection', 'Child protection review conference', null, null, null, null, null, 13 from cp_review where child_id = ${c} and held_date is not null
    union all select end_date, 'child_protection', 'Child protection plan ended', null, null, end_reason, null, null, 14 from cp_plan where child_id = ${c} and end_date is not null
    union all select meeting_date, 'proceedings', 'Public law outline meeting (' || kind || ')', null, null, null, 'plo_outcome', outcome, 15 from plo_meeting where child_id = ${c}
    union all select application_date, 'proceedings', 'Care proceedings issued', null, null, null, null, null, 16 from care_proceedings where child_id = ${c}
    union all select final_order_date, 'proceedings', 'Final order: ', 'final_order', final_order, null, null, null, 17 from care_proceedings where child_id = ${c} and final_order_date is not null
    union all select start_date, 'looked_after', 'Became looked after', null, null, 'Category of need: ', 'category_of_need', category_of_need, 18 from period_of_care where child_id = ${c}
    union all select end_date, 'looked_after', 'Ceased to be looked after', null, null, 'Reason: ', 'reason_episode_ceased', reason_ceased, 98 from period_of_care where child_id = ${c} and end_date is not null
    union all select start_date, 'looked_after', 'Legal status: ', 'legal_status', code, null, null, null, 19 from legal_status where child_id = ${c}
    union all select start_date, 'looked_after', 'Placement started: ', 'placement_type', placement_type, null, 'placement_change_reason', change_reason, 20 from placement where child_id = ${c}
    union all select rhi_date, 'missing', 'Return interview', null, null, null, null, null, 25 from missing_episode where child_id = ${c} and rhi_date is not null
    union all select adm_decision_date, 'permanence', 'Agency decision: should be placed for adoption', null, null, null, null, null, 27 from adoption_journey where child_id = ${c}
    union all select placement_order_date, 'permanence', 'Placement order granted', null, null, null, null, null, 28 from adoption_journey where child_id = ${c} and placement_order_date is not null
    union all select matched_date, 'permanence', 'Matched with prospective adopters', null, null, null, null, null, 29 from adoption_journey where child_id = ${c} and matched_date is not null
    union all select placed_date, 'permanence', 'Placed for adoption', null, null, null, null, null, 30 from adoption_journey where child_id = ${c} and placed_date is not null
    union all select order_date, 'permanence', 'Order granted: ', 'permanence_order', kind, null, null, null, 31 from permanence_order where child_id = ${c}
    union all select start_date, 'early_help', 'Early help started', null, null, reason, null, null, 33 from early_help_episode where child_id = ${c}
    union all select end_date, 'early_help', 'Early help ended', null, null, null, 'early_help_end', end_reason, 35 from early_help_episode where child_id = ${c} and end_date is not null
    union all select start_date, 'allocation', 'Allocated to a worker', null, null, null, 'worker_change_reason', change_reason, 36 from allocation where child_id = ${c}
    union all select note_date, 'note', summary, null, null, null, null, null, 37 from case_note where child_id = ${c}
  `
  // Standalone entries that nothing hangs off, with their table and id so a page can offer to
  // remove one recorded in error (features/corrections); and the trace each removal leaves.
  const removable = sql`
    select held_date, 'child_in_need', 'Child in need plan review', null, null, null, null, null, 8, 'cin_plan_review', id from cin_plan_review where child_id = ${c} and held_date is not null
    union all select held_date, 'child_protection', 'Core group meeting', null, null, null, null, null, 13, 'core_group', id from core_group where child_id = ${c}
    union all select held_date, 'looked_after', 'Looked-after review', null, null, null, 'review_participation', participation, 21, 'cla_review', id from cla_review where child_id = ${c} and held_date is not null
    union all select plan_date, 'looked_after', 'Personal education plan', null, null, null, null, null, 22, 'personal_education_plan', id from personal_education_plan where child_id = ${c}
    union all select done_date, 'health', 'Health check: ', 'health_check', kind, null, 'health_check_status', status, 23, 'health_check', id from health_check where child_id = ${c} and done_date is not null
    union all select start_date, 'missing', case when kind = 'M' then 'Missing' else 'Away without authorisation' end, null, null, null, null, null, 24, 'missing_episode', id from missing_episode where child_id = ${c}
    union all select visit_date, 'visit', '', 'visit', kind, case when seen_alone then 'Seen alone' when seen then 'Seen' else 'Not seen' end, null, null, 26, 'visit', id from visit where child_id = ${c}
    union all select contact_date, 'care_leaver', 'Personal adviser contact', null, null, null, 'in_touch', in_touch, 32, 'care_leaver_contact', id from care_leaver_contact where child_id = ${c}
    union all select held_date, 'early_help', 'Early help review', null, null, null, null, null, 34, 'early_help_review', id from early_help_review where child_id = ${c} and held_date is not null
    union all select r.entry_date, case r.entry_table when 'visit' then 'visit' when 'health_check' then 'health' when 'missing_episode' then 'missing' when 'care_leaver_contact' then 'care_leaver' when 'cin_plan_review' then 'child_in_need' when 'early_help_review' then 'early_help' when 'core_group' then 'child_protection' else 'looked_after' end,
      r.entry_label || ' on ' || to_char(r.entry_date, 'FMDD FMMonth YYYY') || ' removed (recorded in error): ' || r.reason || ' — ' || u.display_name || ', ' || to_char((r.removed_at at time zone 'Europe/London')::date, 'FMDD FMMonth YYYY'),
      null, null, null, null, null, 38, null, null from removed_entry r join app_user u on u.id = r.removed_by where r.child_id = ${c}
  `
  const filter = kinds.length > 0 ? sql`where kind in (${sql.join(kinds)})` : sql``
  const result = await sql<ChronologyRow>`
    select event_date::text as event_date, kind, summary, summary_list, summary_code, detail, detail_list, detail_code, entry_table, entry_id
    from (select *, null::text as entry_table, null::integer as entry_id from (${branches}) fixed union all ${removable}) events ${filter}
    order by event_date desc, seq desc`.execute(db)
  return result.rows
}
