// Loads the case record as at a view (now, or as recorded at an instant) for the indicators.
// One query per table, each through tableAsAt, each limited to what had started by `until`.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { DB } from '../../../db/schema.ts'
import { addMonths, type IsoDate } from '../../../platform/time/dates.ts'
import { columnsAsAtSql, tableAsAtSql, type RecordView, type VersionedTable } from './as-at.ts'
import type { CaseRecord, ChildFacts } from './case-record.ts'

export async function loadCaseRecord(db: Kysely<DB>, view: RecordView, until: IsoDate): Promise<CaseRecord> {
  // Event tables are read only as far back as the 12-point trend and its look-backs need.
  const back = (months: number) => addMonths(until, -months)
  const parts: Array<[string, RawBuilder<unknown>]> = [
    ['child', part(db, view, 'child', ['id', 'date_of_birth', 'sex', 'ethnicity'])],
    [
      'address',
      part(
        db,
        view,
        'address',
        ['id', 'child_id', 'ward_code', 'start_date', 'end_date'],
        sql`kind = 'home' and start_date <= ${until}`,
      ),
    ],
    [
      'referral',
      part(
        db,
        view,
        'referral',
        [
          'id',
          'child_id',
          'referral_date',
          'closure_date',
          'nfa',
          instant('received_at'),
          instant('decision_at'),
          'team_id',
          'worker_id',
        ],
        sql`referral_date <= ${until} and (referral_date >= ${back(36)} or closure_date is null or closure_date >= ${back(13)})`,
      ),
    ],
    [
      'assessment',
      part(
        db,
        view,
        'assessment',
        ['id', 'child_id', 'referral_id', 'start_date', 'authorised_date'],
        sql`start_date <= ${until} and (authorised_date is null or authorised_date >= ${back(24)})`,
      ),
    ],
    [
      's47',
      part(
        db,
        view,
        's47_enquiry',
        ['id', 'child_id', 'start_date', 'icpc_date', 'icpc_not_required'],
        sql`start_date <= ${until} and start_date >= ${back(25)}`,
      ),
    ],
    [
      'cp_plan',
      part(db, view, 'cp_plan', ['id', 'child_id', 'start_date', 'end_date'], sql`start_date <= ${until}`),
    ],
    [
      'cp_review',
      part(
        db,
        view,
        'cp_review',
        ['cp_plan_id', 'child_id', 'due_date', 'held_date'],
        sql`due_date <= ${until}`,
      ),
    ],
    [
      'period',
      part(
        db,
        view,
        'period_of_care',
        ['id', 'child_id', 'start_date', 'end_date'],
        sql`start_date <= ${until}`,
      ),
    ],
    [
      'legal_status',
      part(
        db,
        view,
        'legal_status',
        ['id', 'child_id', 'period_of_care_id', 'code', 'start_date', 'end_date'],
        sql`start_date <= ${until}`,
      ),
    ],
    [
      'placement',
      sql`(select json_build_array(json_agg(p.id), json_agg(p.child_id), json_agg(p.period_of_care_id), json_agg(p.placement_type), json_agg(c.kind), json_agg(p.start_date), json_agg(p.end_date), json_agg(p.weekly_cost), json_agg(p.change_reason)) from ${tableAsAtSql('placement', view)} as p left join ${tableAsAtSql('carer', view)} as c on c.id = p.carer_id where p.start_date <= ${until})`,
    ],
    [
      'cla_review',
      part(
        db,
        view,
        'cla_review',
        ['child_id', 'period_of_care_id', 'due_date', 'held_date', 'cancelled'],
        sql`due_date <= ${until} and due_date >= ${back(24)}`,
      ),
    ],
    [
      'pep',
      part(
        db,
        view,
        'personal_education_plan',
        ['child_id', 'plan_date'],
        sql`plan_date <= ${until} and plan_date >= ${back(18)}`,
      ),
    ],
    [
      'health_check',
      part(
        db,
        view,
        'health_check',
        ['child_id', 'kind', 'done_date', 'status'],
        sql`done_date is null or (done_date <= ${until} and done_date >= ${back(24)})`,
      ),
    ],
    [
      'immunisation',
      part(
        db,
        view,
        'immunisation_status',
        ['child_id', 'up_to_date', 'recorded_date'],
        sql`recorded_date <= ${until}`,
      ),
    ],
    [
      'sdq',
      part(
        db,
        view,
        'sdq',
        ['child_id', 'completed_date'],
        sql`completed_date <= ${until} and completed_date >= ${back(24)}`,
      ),
    ],
    [
      'missing',
      part(
        db,
        view,
        'missing_episode',
        ['child_id', 'kind', 'start_date', 'end_date', 'rhi_offered', 'rhi_accepted'],
        sql`start_date <= ${until} and (start_date >= ${back(25)} or end_date is null or end_date >= ${back(25)})`,
      ),
    ],
    ['care_leaver', part(db, view, 'care_leaver', ['child_id', 'eligibility'])],
    [
      'care_leaver_contact',
      part(
        db,
        view,
        'care_leaver_contact',
        ['child_id', 'contact_date', 'in_touch', 'activity', 'accommodation_suitable'],
        sql`contact_date <= ${until} and contact_date >= ${back(24)}`,
      ),
    ],
    [
      'visit',
      part(
        db,
        view,
        'visit',
        ['child_id', 'kind', 'visit_date', 'seen'],
        sql`visit_date <= ${until} and visit_date >= ${back(15)}`,
      ),
    ],
    [
      'oversight',
      part(
        db,
        view,
        'management_oversight',
        ['child_id', 'oversight_date'],
        sql`oversight_date <= ${until} and oversight_date >= ${back(13)}`,
      ),
    ],
    [
      'allocation',
      part(
        db,
        view,
        'allocation',
        ['id', 'child_id', 'worker_id', 'team_id', 'role', 'start_date', 'end_date'],
        sql`start_date <= ${until} and (end_date is null or end_date >= ${back(24)})`,
      ),
    ],
    [
      'worker',
      part(db, view, 'worker', ['id', 'team_id', 'role', 'fte', 'agency', 'start_date', 'end_date']),
    ],
    ['team', part(db, view, 'team', ['id', 'name'])],
    [
      'early_help',
      part(
        db,
        view,
        'early_help_episode',
        ['id', 'child_id', 'start_date', 'end_date', 'team_id', 'lead_worker_id'],
        sql`start_date <= ${until} and (end_date is null or end_date >= ${back(13)})`,
      ),
    ],
    [
      'adoption',
      part(db, view, 'adoption_journey', [
        'child_id',
        'period_of_care_id',
        'placement_order_date',
        'matched_date',
        'placed_date',
        'adoption_order_date',
        'adopted_by_foster_carer',
        'foster_placement_start_date',
      ]),
    ],
    [
      'screening',
      part(db, view, 'screening_decision', ['child_id', instant('decided_at'), 'threshold_level']),
    ],
  ]
  // One round trip, one JSON text per table, column by column (an array of each column's values,
  // all in the same row order): far cheaper to build and to parse than one array per row.
  const result = await sql<
    Record<string, string>
  >`select ${sql.join(parts.map(([name, query]) => sql`${query}::text as ${sql.ref(name)}`))}`.execute(db)
  const row = result.rows[0] ?? {}
  // Each table's rows become facts in one step. `make` reads the row it is given at once (it
  // destructures it), so one scratch array serves every row.
  const rowsOf = <T>(name: string, make: (values: unknown[]) => T): T[] => {
    const columns = JSON.parse(row[name] ?? '[]') as Array<unknown[] | null>
    const count = columns[0]?.length ?? 0
    const values: unknown[] = new Array(columns.length)
    const facts: T[] = []
    for (let i = 0; i < count; i++) {
      for (let c = 0; c < columns.length; c++) values[c] = (columns[c] as unknown[])[i]
      facts.push(make(values))
    }
    return facts
  }
  const str = (v: unknown) => v as string
  const strOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v))
  const num = (v: unknown) => Number(v)
  const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v))
  const boolOrNull = (v: unknown) => (v === null ? null : v === true)

  const children = new Map<number, ChildFacts>()
  rowsOf('child', ([id, dob, sex, ethnicity]) => {
    children.set(num(id), {
      id: num(id),
      dateOfBirth: strOrNull(dob),
      sex: str(sex),
      ethnicity: str(ethnicity),
      homes: [],
    })
  })
  // Homes oldest first: by start date, then id (sorted here rather than inside the query).
  const addresses = rowsOf('address', ([id, child_id, ward_code, start_date, end_date]) => ({
    id: num(id),
    childId: num(child_id),
    wardCode: strOrNull(ward_code),
    start: str(start_date),
    end: strOrNull(end_date),
  }))
  addresses.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id))
  for (const a of addresses)
    children.get(a.childId)?.homes.push({ wardCode: a.wardCode, start: a.start, end: a.end })

  const referrals = rowsOf(
    'referral',
    ([id, child_id, referral_date, closure_date, nfa, received_at, decision_at, team_id, worker_id]) => ({
      id: num(id),
      childId: num(child_id),
      start: str(referral_date),
      end: strOrNull(closure_date),
      nfa: nfa === true,
      receivedAt: asDate(received_at),
      decisionAt: asDate(decision_at),
      teamId: numOrNull(team_id),
      workerId: numOrNull(worker_id),
    }),
  )
  const referralDates = new Map(referrals.map((r) => [r.id, r.start]))

  return {
    children,
    referrals,
    assessments: rowsOf('assessment', ([id, child_id, referral_id, start_date, authorised_date]) => ({
      id: num(id),
      childId: num(child_id),
      referralId: num(referral_id),
      start: str(start_date),
      authorised: strOrNull(authorised_date),
      referralDate: referralDates.get(num(referral_id)) ?? null,
    })),
    s47s: rowsOf('s47', ([id, child_id, start_date, icpc_date, icpc_not_required]) => ({
      id: num(id),
      childId: num(child_id),
      start: str(start_date),
      icpcDate: strOrNull(icpc_date),
      icpcNotRequired: icpc_not_required === true,
    })),
    cpPlans: rowsOf('cp_plan', ([id, child_id, start_date, end_date]) => ({
      id: num(id),
      childId: num(child_id),
      start: str(start_date),
      end: strOrNull(end_date),
    })),
    cpReviews: rowsOf('cp_review', ([cp_plan_id, child_id, due_date, held_date]) => ({
      planId: num(cp_plan_id),
      childId: num(child_id),
      due: str(due_date),
      held: strOrNull(held_date),
    })),
    periods: rowsOf('period', ([id, child_id, start_date, end_date]) => ({
      id: num(id),
      childId: num(child_id),
      start: str(start_date),
      end: strOrNull(end_date),
    })),
    legalStatuses: rowsOf(
      'legal_status',
      ([id, child_id, period_of_care_id, code, start_date, end_date]) => ({
        id: num(id),
        childId: num(child_id),
        periodId: num(period_of_care_id),
        code: str(code),
        start: str(start_date),
        end: strOrNull(end_date),
      }),
    ),
    placements: rowsOf(
      'placement',
      ([
        id,
        child_id,
        period_of_care_id,
        placement_type,
        carer_kind,
        start_date,
        end_date,
        weekly_cost,
        change_reason,
      ]) => ({
        id: num(id),
        childId: num(child_id),
        periodId: num(period_of_care_id),
        type: str(placement_type),
        carerKind: strOrNull(carer_kind),
        start: str(start_date),
        end: strOrNull(end_date),
        weeklyCost: numOrNull(weekly_cost),
        changeReason: strOrNull(change_reason),
      }),
    ),
    claReviews: rowsOf('cla_review', ([child_id, period_of_care_id, due_date, held_date, cancelled]) => ({
      childId: num(child_id),
      periodId: num(period_of_care_id),
      due: str(due_date),
      held: strOrNull(held_date),
      cancelled: cancelled === true,
    })),
    peps: rowsOf('pep', ([child_id, plan_date]) => ({ childId: num(child_id), date: str(plan_date) })),
    healthChecks: rowsOf('health_check', ([child_id, kind, done_date, status]) => ({
      childId: num(child_id),
      kind: str(kind),
      done: strOrNull(done_date),
      status: str(status),
    })),
    immunisations: rowsOf('immunisation', ([child_id, up_to_date, recorded_date]) => ({
      childId: num(child_id),
      date: str(recorded_date),
      upToDate: up_to_date === true,
    })),
    sdqs: rowsOf('sdq', ([child_id, completed_date]) => ({
      childId: num(child_id),
      date: str(completed_date),
    })),
    missing: rowsOf('missing', ([child_id, kind, start_date, end_date, rhi_offered, rhi_accepted]) => ({
      childId: num(child_id),
      kind: str(kind),
      start: str(start_date),
      end: strOrNull(end_date),
      rhiOffered: boolOrNull(rhi_offered),
      rhiAccepted: boolOrNull(rhi_accepted),
    })),
    careLeavers: new Map(
      rowsOf('care_leaver', ([child_id, eligibility]) => [num(child_id), str(eligibility)]),
    ),
    careLeaverContacts: rowsOf(
      'care_leaver_contact',
      ([child_id, contact_date, in_touch, activity, accommodation_suitable]) => ({
        childId: num(child_id),
        date: str(contact_date),
        inTouch: str(in_touch),
        activity: strOrNull(activity),
        accommodationSuitable: boolOrNull(accommodation_suitable),
      }),
    ),
    visits: rowsOf('visit', ([child_id, kind, visit_date, seen]) => ({
      childId: num(child_id),
      date: str(visit_date),
      kind: str(kind),
      seen: seen === true,
    })),
    oversight: rowsOf('oversight', ([child_id, oversight_date]) => ({
      childId: num(child_id),
      date: str(oversight_date),
    })),
    allocations: rowsOf('allocation', ([id, child_id, worker_id, team_id, role, start_date, end_date]) => ({
      id: num(id),
      childId: num(child_id),
      workerId: num(worker_id),
      teamId: num(team_id),
      role: str(role),
      start: str(start_date),
      end: strOrNull(end_date),
    })),
    workers: new Map(
      rowsOf('worker', ([id, team_id, role, fte, agency, start_date, end_date]) => [
        num(id),
        {
          id: num(id),
          teamId: numOrNull(team_id),
          role: str(role),
          fte: num(fte),
          agency: agency === true,
          start: str(start_date),
          end: strOrNull(end_date),
        },
      ]),
    ),
    teams: new Map(rowsOf('team', ([id, name]) => [num(id), str(name)])),
    earlyHelp: rowsOf('early_help', ([id, child_id, start_date, end_date, team_id, lead_worker_id]) => ({
      id: num(id),
      childId: num(child_id),
      start: str(start_date),
      end: strOrNull(end_date),
      teamId: numOrNull(team_id),
      workerId: numOrNull(lead_worker_id),
    })),
    adoptions: rowsOf(
      'adoption',
      ([
        child_id,
        period_of_care_id,
        placement_order_date,
        matched_date,
        placed_date,
        adoption_order_date,
        adopted_by_foster_carer,
        foster_placement_start_date,
      ]) => ({
        childId: num(child_id),
        periodId: num(period_of_care_id),
        placementOrder: strOrNull(placement_order_date),
        matched: strOrNull(matched_date),
        placed: strOrNull(placed_date),
        adoptionOrder: strOrNull(adoption_order_date),
        adoptedByFosterCarer: adopted_by_foster_carer === true,
        fosterPlacementStart: strOrNull(foster_placement_start_date),
      }),
    ),
    screenings: rowsOf('screening', ([child_id, decided_at, threshold_level]) => ({
      childId: numOrNull(child_id) ?? -1,
      decidedAt: numOrNull(decided_at) ?? 0,
      level: num(threshold_level),
    })),
  }
}

/** An instant sent as epoch milliseconds (see `instant`), or null. */
function asDate(value: unknown): Date | null {
  return value === null || value === undefined ? null : new Date(Number(value))
}

/** A column read back as it is stored, or an instant sent as epoch milliseconds (cheaper to print and parse). */
type Column = string | { instant: string }

function instant(column: string): Column {
  return { instant: column }
}

/** One table as at the view, as a JSON array holding an array of each named column's values. */
function part(
  _db: Kysely<DB>,
  view: RecordView,
  table: VersionedTable,
  columns: Column[],
  where?: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const names = columns.map((c) => (typeof c === 'string' ? c : c.instant))
  // floor(): JavaScript reads an ISO instant to the millisecond by dropping any further digits.
  const json = sql.join(
    columns.map((c) =>
      typeof c === 'string'
        ? sql`json_agg(${sql.ref(c)})`
        : sql`json_agg(floor(extract(epoch from ${sql.ref(c.instant)}) * 1000))`,
    ),
  )
  return sql`(select json_build_array(${json}) from ${columnsAsAtSql(table, view, names, where)} as ${sql.table(table)})`
}
