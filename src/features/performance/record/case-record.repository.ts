// Loads the case record as at a view (now, or as recorded at an instant) for the indicators.
// One query per table, each through tableAsAt, each limited to what had started by `until`.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { DB } from '../../../db/schema.ts'
import { addMonths, type IsoDate } from '../../../platform/time/dates.ts'
import { tableAsAtSql, type RecordView, type VersionedTable } from './as-at.ts'
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
        ['child_id', 'ward_code', 'start_date', 'end_date'],
        sql`kind = 'home' and start_date <= ${until}`,
        sql`start_date, id`,
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
          'received_at',
          'decision_at',
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
      sql`(select coalesce(json_agg(json_build_array(p.id, p.child_id, p.period_of_care_id, p.placement_type, c.kind, p.start_date, p.end_date, p.weekly_cost, p.change_reason)), '[]') from ${tableAsAtSql('placement', view)} as p left join ${tableAsAtSql('carer', view)} as c on c.id = p.carer_id where p.start_date <= ${until})`,
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
    ['screening', part(db, view, 'screening_decision', ['child_id', 'decided_at', 'threshold_level'])],
  ]
  // One round trip, one JSON text per table: far cheaper than tens of thousands of result rows.
  const result = await sql<
    Record<string, string>
  >`select ${sql.join(parts.map(([name, query]) => sql`${query}::text as ${sql.ref(name)}`))}`.execute(db)
  const row = result.rows[0] ?? {}
  const rowsOf = (name: string): unknown[][] => JSON.parse(row[name] ?? '[]') as unknown[][]
  const str = (v: unknown) => v as string
  const strOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v))
  const num = (v: unknown) => Number(v)
  const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v))
  const children = rowsOf('child').map(([id, dob, sex, ethnicity]) => ({
    id: num(id),
    date_of_birth: strOrNull(dob),
    sex: str(sex),
    ethnicity: str(ethnicity),
  }))
  const addresses = rowsOf('address').map(([child_id, ward_code, start_date, end_date]) => ({
    child_id: num(child_id),
    ward_code: strOrNull(ward_code),
    start_date: str(start_date),
    end_date: strOrNull(end_date),
  }))
  const referrals = rowsOf('referral').map(
    ([id, child_id, referral_date, closure_date, nfa, received_at, decision_at, team_id, worker_id]) => ({
      id: num(id),
      child_id: num(child_id),
      referral_date: str(referral_date),
      closure_date: strOrNull(closure_date),
      nfa: nfa === true,
      received_at: strOrNull(received_at),
      decision_at: strOrNull(decision_at),
      team_id: numOrNull(team_id),
      worker_id: numOrNull(worker_id),
    }),
  )
  const assessments = rowsOf('assessment').map(
    ([id, child_id, referral_id, start_date, authorised_date]) => ({
      id: num(id),
      child_id: num(child_id),
      referral_id: num(referral_id),
      start_date: str(start_date),
      authorised_date: strOrNull(authorised_date),
    }),
  )
  const s47s = rowsOf('s47').map(([id, child_id, start_date, icpc_date, icpc_not_required]) => ({
    id: num(id),
    child_id: num(child_id),
    start_date: str(start_date),
    icpc_date: strOrNull(icpc_date),
    icpc_not_required: icpc_not_required === true,
  }))
  const cpPlans = rowsOf('cp_plan').map(([id, child_id, start_date, end_date]) => ({
    id: num(id),
    child_id: num(child_id),
    start_date: str(start_date),
    end_date: strOrNull(end_date),
  }))
  const cpReviews = rowsOf('cp_review').map(([cp_plan_id, child_id, due_date, held_date]) => ({
    cp_plan_id: num(cp_plan_id),
    child_id: num(child_id),
    due_date: str(due_date),
    held_date: strOrNull(held_date),
  }))
  const periods = rowsOf('period').map(([id, child_id, start_date, end_date]) => ({
    id: num(id),
    child_id: num(child_id),
    start_date: str(start_date),
    end_date: strOrNull(end_date),
  }))
  const legalStatuses = rowsOf('legal_status').map(
    ([id, child_id, period_of_care_id, code, start_date, end_date]) => ({
      id: num(id),
      child_id: num(child_id),
      period_of_care_id: num(period_of_care_id),
      code: str(code),
      start_date: str(start_date),
      end_date: strOrNull(end_date),
    }),
  )
  const placements = rowsOf('placement').map(
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
      child_id: num(child_id),
      period_of_care_id: num(period_of_care_id),
      placement_type: str(placement_type),
      carer_kind: strOrNull(carer_kind),
      start_date: str(start_date),
      end_date: strOrNull(end_date),
      weekly_cost: numOrNull(weekly_cost),
      change_reason: strOrNull(change_reason),
    }),
  )
  const claReviews = rowsOf('cla_review').map(
    ([child_id, period_of_care_id, due_date, held_date, cancelled]) => ({
      child_id: num(child_id),
      period_of_care_id: num(period_of_care_id),
      due_date: str(due_date),
      held_date: strOrNull(held_date),
      cancelled: cancelled === true,
    }),
  )
  const peps = rowsOf('pep').map(([child_id, plan_date]) => ({
    child_id: num(child_id),
    plan_date: str(plan_date),
  }))
  const healthChecks = rowsOf('health_check').map(([child_id, kind, done_date, status]) => ({
    child_id: num(child_id),
    kind: str(kind),
    done_date: strOrNull(done_date),
    status: str(status),
  }))
  const immunisations = rowsOf('immunisation').map(([child_id, up_to_date, recorded_date]) => ({
    child_id: num(child_id),
    up_to_date: up_to_date === true,
    recorded_date: str(recorded_date),
  }))
  const sdqs = rowsOf('sdq').map(([child_id, completed_date]) => ({
    child_id: num(child_id),
    completed_date: str(completed_date),
  }))
  const missing = rowsOf('missing').map(
    ([child_id, kind, start_date, end_date, rhi_offered, rhi_accepted]) => ({
      child_id: num(child_id),
      kind: str(kind),
      start_date: str(start_date),
      end_date: strOrNull(end_date),
      rhi_offered: rhi_offered === null ? null : rhi_offered === true,
      rhi_accepted: rhi_accepted === null ? null : rhi_accepted === true,
    }),
  )
  const careLeavers = rowsOf('care_leaver').map(([child_id, eligibility]) => ({
    child_id: num(child_id),
    eligibility: str(eligibility),
  }))
  const careLeaverContacts = rowsOf('care_leaver_contact').map(
    ([child_id, contact_date, in_touch, activity, accommodation_suitable]) => ({
      child_id: num(child_id),
      contact_date: str(contact_date),
      in_touch: str(in_touch),
      activity: strOrNull(activity),
      accommodation_suitable: accommodation_suitable === null ? null : accommodation_suitable === true,
    }),
  )
  const visits = rowsOf('visit').map(([child_id, kind, visit_date, seen]) => ({
    child_id: num(child_id),
    kind: str(kind),
    visit_date: str(visit_date),
    seen: seen === true,
  }))
  const oversight = rowsOf('oversight').map(([child_id, oversight_date]) => ({
    child_id: num(child_id),
    oversight_date: str(oversight_date),
  }))
  const allocations = rowsOf('allocation').map(
    ([id, child_id, worker_id, team_id, role, start_date, end_date]) => ({
      id: num(id),
      child_id: num(child_id),
      worker_id: num(worker_id),
      team_id: num(team_id),
      role: str(role),
      start_date: str(start_date),
      end_date: strOrNull(end_date),
    }),
  )
  const workers = rowsOf('worker').map(([id, team_id, role, fte, agency, start_date, end_date]) => ({
    id: num(id),
    team_id: numOrNull(team_id),
    role: str(role),
    fte: num(fte),
    agency: agency === true,
    start_date: str(start_date),
    end_date: strOrNull(end_date),
  }))
  const teams = rowsOf('team').map(([id, name]) => ({ id: num(id), name: str(name) }))
  const earlyHelp = rowsOf('early_help').map(
    ([id, child_id, start_date, end_date, team_id, lead_worker_id]) => ({
      id: num(id),
      child_id: num(child_id),
      start_date: str(start_date),
      end_date: strOrNull(end_date),
      team_id: numOrNull(team_id),
      lead_worker_id: numOrNull(lead_worker_id),
    }),
  )
  const adoptions = rowsOf('adoption').map(
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
      child_id: num(child_id),
      period_of_care_id: num(period_of_care_id),
      placement_order_date: strOrNull(placement_order_date),
      matched_date: strOrNull(matched_date),
      placed_date: strOrNull(placed_date),
      adoption_order_date: strOrNull(adoption_order_date),
      adopted_by_foster_carer: adopted_by_foster_carer === true,
      foster_placement_start_date: strOrNull(foster_placement_start_date),
    }),
  )
  const screenings = rowsOf('screening').map(([child_id, decided_at, threshold_level]) => ({
    child_id: numOrNull(child_id) ?? -1,
    decided_at: str(decided_at),
    threshold_level: num(threshold_level),
  }))

  const childMap = new Map<number, ChildFacts>()
  for (const c of children) {
    childMap.set(c.id, {
      id: c.id,
      dateOfBirth: c.date_of_birth,
      sex: c.sex,
      ethnicity: c.ethnicity,
      homes: [],
    })
  }
  for (const a of addresses)
    childMap.get(a.child_id)?.homes.push({ wardCode: a.ward_code, start: a.start_date, end: a.end_date })

  return {
    children: childMap,
    referrals: referrals.map((r) => ({
      id: r.id,
      childId: r.child_id,
      start: r.referral_date,
      end: r.closure_date,
      nfa: r.nfa,
      receivedAt: asDate(r.received_at),
      decisionAt: asDate(r.decision_at),
      teamId: r.team_id,
      workerId: r.worker_id,
    })),
    assessments: (() => {
      const referralDates = new Map(referrals.map((r) => [r.id, r.referral_date]))
      return assessments.map((a) => ({
        id: a.id,
        childId: a.child_id,
        referralId: a.referral_id,
        start: a.start_date,
        authorised: a.authorised_date,
        referralDate: referralDates.get(a.referral_id) ?? null,
      }))
    })(),
    s47s: s47s.map((s) => ({
      id: s.id,
      childId: s.child_id,
      start: s.start_date,
      icpcDate: s.icpc_date,
      icpcNotRequired: s.icpc_not_required,
    })),
    cpPlans: cpPlans.map((p) => ({ id: p.id, childId: p.child_id, start: p.start_date, end: p.end_date })),
    cpReviews: cpReviews.map((r) => ({
      planId: r.cp_plan_id,
      childId: r.child_id,
      due: r.due_date,
      held: r.held_date,
    })),
    periods: periods.map((p) => ({ id: p.id, childId: p.child_id, start: p.start_date, end: p.end_date })),
    legalStatuses: legalStatuses.map((l) => ({
      id: l.id,
      childId: l.child_id,
      periodId: l.period_of_care_id,
      code: l.code,
      start: l.start_date,
      end: l.end_date,
    })),
    placements: placements.map((p) => ({
      id: p.id,
      childId: p.child_id,
      periodId: p.period_of_care_id,
      type: p.placement_type,
      carerKind: p.carer_kind,
      start: p.start_date,
      end: p.end_date,
      weeklyCost: p.weekly_cost === null ? null : Number(p.weekly_cost),
      changeReason: p.change_reason,
    })),
    claReviews: claReviews.map((r) => ({
      childId: r.child_id,
      periodId: r.period_of_care_id,
      due: r.due_date,
      held: r.held_date,
      cancelled: r.cancelled,
    })),
    peps: peps.map((p) => ({ childId: p.child_id, date: p.plan_date })),
    healthChecks: healthChecks.map((h) => ({
      childId: h.child_id,
      kind: h.kind,
      done: h.done_date,
      status: h.status,
    })),
    immunisations: immunisations.map((i) => ({
      childId: i.child_id,
      date: i.recorded_date,
      upToDate: i.up_to_date,
    })),
    sdqs: sdqs.map((s) => ({ childId: s.child_id, date: s.completed_date })),
    missing: missing.map((m) => ({
      childId: m.child_id,
      kind: m.kind,
      start: m.start_date,
      end: m.end_date,
      rhiOffered: m.rhi_offered,
      rhiAccepted: m.rhi_accepted,
    })),
    careLeavers: new Map(careLeavers.map((c) => [c.child_id, c.eligibility])),
    careLeaverContacts: careLeaverContacts.map((c) => ({
      childId: c.child_id,
      date: c.contact_date,
      inTouch: c.in_touch,
      activity: c.activity,
      accommodationSuitable: c.accommodation_suitable,
    })),
    visits: visits.map((v) => ({ childId: v.child_id, date: v.visit_date, kind: v.kind, seen: v.seen })),
    oversight: oversight.map((o) => ({ childId: o.child_id, date: o.oversight_date })),
    allocations: allocations.map((a) => ({
      id: a.id,
      childId: a.child_id,
      workerId: a.worker_id,
      teamId: a.team_id,
      role: a.role,
      start: a.start_date,
      end: a.end_date,
    })),
    workers: new Map(
      workers.map((w) => [
        w.id,
        {
          id: w.id,
          teamId: w.team_id,
          role: w.role,
          fte: Number(w.fte),
          agency: w.agency,
          start: w.start_date,
          end: w.end_date,
        },
      ]),
    ),
    teams: new Map(teams.map((team) => [team.id, team.name])),
    earlyHelp: earlyHelp.map((e) => ({
      id: e.id,
      childId: e.child_id,
      start: e.start_date,
      end: e.end_date,
      teamId: e.team_id,
      workerId: e.lead_worker_id,
    })),
    adoptions: adoptions.map((a) => ({
      childId: a.child_id,
      periodId: a.period_of_care_id,
      placementOrder: a.placement_order_date,
      matched: a.matched_date,
      placed: a.placed_date,
      adoptionOrder: a.adoption_order_date,
      adoptedByFosterCarer: a.adopted_by_foster_carer,
      fosterPlacementStart: a.foster_placement_start_date,
    })),
    screenings: screenings.map((s) => ({
      childId: s.child_id,
      decidedAt: asDate(s.decided_at) ?? new Date(0),
      level: s.threshold_level,
    })),
  }
}

/** jsonb_populate_record hands timestamps back the same as the table does; this narrows the type once. */
function asDate(value: Date | string | null): Date | null {
  if (value === null) return null
  return value instanceof Date ? value : new Date(value)
}

/** One table as at the view, as a JSON array of arrays of the named columns. */
function part(
  _db: Kysely<DB>,
  view: RecordView,
  table: VersionedTable,
  columns: string[],
  where?: RawBuilder<unknown>,
  orderBy?: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const cols = sql.join(columns.map((c) => sql.ref(c)))
  const order = orderBy ? sql` order by ${orderBy}` : sql``
  return sql`(select coalesce(json_agg(json_build_array(${cols})${order}), '[]') from ${tableAsAtSql(table, view)} as ${sql.table(table)}${where ? sql` where ${where}` : sql``})`
}
