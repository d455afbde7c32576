// A quick, deterministic synthetic authority for the scorecard benchmark when the simulator
// (src/features/simulator) cannot seed: children with referrals, assessments, plans, periods of
// care, placements, visits, reviews, health checks, early help and care leaving, spread over the
// wards, plus some later edits so record_history is not empty. Not for tests of indicator values
// (those use hand-built fixtures) and not a replacement for the simulator.
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import { addDays, type IsoDate } from '../../platform/time/dates.ts'

const ACTOR = { id: 'system:performance-bench' }

function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Row = Record<string, unknown>

export async function seedSyntheticAuthority(
  db: Kysely<DB>,
  options: { scale: number; seed: number; today: IsoDate },
): Promise<Record<string, number>> {
  const rnd = random(options.seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1))
  const start = '2021-04-01'
  const span = Math.round((Date.parse(options.today) - Date.parse(start)) / 86_400_000)
  const dateIn = (from: IsoDate, days: number) => addDays(from, int(0, Math.max(0, days)))
  const capped = (d: IsoDate) => (d > options.today ? null : d)
  const tables: Record<string, Row[]> = {}
  const ids: Record<string, number> = {}
  const add = (table: string, row: Row): number => {
    const id = (ids[table] = (ids[table] ?? 0) + 1)
    ;(tables[table] ??= []).push({ id, ...row })
    return id
  }
  const wards = (await db.selectFrom('ward').select('code').execute()).map((w) => w.code)

  const teams = Array.from({ length: 8 * Math.ceil(options.scale) }, (_, i) =>
    add('team', {
      name: `Team ${i + 1}`,
      service: i % 4 === 0 ? 'early_help' : 'children_in_care',
      start_date: '2015-01-01',
    }),
  )
  const workers = Array.from({ length: 60 * options.scale }, (_, i) =>
    add('worker', {
      forename: 'Synthetic',
      surname: `Worker ${i + 1}`,
      role: 'social_worker',
      team_id: pick(teams),
      fte: pick([1, 1, 1, 0.8, 0.6]),
      agency: rnd() < 0.15,
      start_date: '2018-01-01',
      end_date: rnd() < 0.1 ? dateIn('2025-01-01', 600) : null,
    }),
  )
  const kinds = [
    'in_house_foster',
    'in_house_foster',
    'ifa_foster',
    'ifa_foster',
    'connected_carer',
    'in_house_residential',
    'external_residential',
  ] as const
  const typeFor = {
    in_house_foster: 'U4',
    ifa_foster: 'U6',
    connected_carer: 'U3',
    in_house_residential: 'K2',
    external_residential: 'K2',
  } as const
  const carers = Array.from({ length: 120 * options.scale }, (_, i) => {
    const kind = kinds[i % kinds.length] as (typeof kinds)[number]
    return {
      id: add('carer', {
        kind,
        name: `Carer ${i}`,
        provider: kind.startsWith('in_house') ? 'PR1' : 'PR4',
        approved_date: '2015-01-01',
        capacity: 3,
      }),
      kind,
    }
  })

  const children = 6000 * options.scale
  for (let c = 0; c < children; c++) {
    const dob = dateIn('2003-01-01', span + 6600)
    const child = add('child', {
      forename: 'Synthetic',
      surname: `Child ${c + 1}`,
      sex: rnd() < 0.5 ? 'F' : 'M',
      date_of_birth: dob > options.today ? options.today : dob,
      ethnicity: pick(['WBRI', 'WBRI', 'WBRI', 'WBRI', 'APKN', 'MWBC', 'BAFR', 'WOTH', 'NOBT']),
    })
    add('address', {
      child_id: child,
      kind: 'home',
      line1: '1 Synthetic Street',
      town: 'Middlesbrough',
      postcode: 'TS1 1AA',
      ward_code: pick(wards),
      start_date: '2015-01-01',
    })
    const worker = pick(workers)
    if (rnd() < 0.3) {
      const s = dateIn(start, span)
      add('early_help_episode', {
        child_id: child,
        start_date: s,
        end_date: rnd() < 0.6 ? capped(addDays(s, int(60, 400))) : null,
        reason: 'family support',
        team_id: teams[0],
        lead_worker_id: worker,
      })
    }
    if (rnd() < 0.55) {
      const referralDate = dateIn(start, span)
      const closure = rnd() < 0.7 ? capped(addDays(referralDate, int(20, 500))) : null
      const received = new Date(`${referralDate}T09:00:00Z`)
      const referral = add('referral', {
        child_id: child,
        referral_date: referralDate,
        received_at: received,
        decision_at: new Date(received.getTime() + int(1, 72) * 3_600_000),
        source: '1A',
        primary_need: 'N1',
        nfa: rnd() < 0.08,
        closure_date: closure,
        team_id: pick(teams),
        worker_id: worker,
      })
      if (rnd() < 0.2)
        add('referral', {
          child_id: child,
          referral_date: dateIn(referralDate, 300) > options.today ? referralDate : dateIn(referralDate, 300),
          source: '1A',
          primary_need: 'N1',
          closure_date: null,
        })
      add('allocation', {
        child_id: child,
        worker_id: worker,
        team_id: pick(teams),
        role: 'social_worker',
        start_date: referralDate,
        end_date: null,
      })
      if (rnd() < 0.3)
        add('allocation', {
          child_id: child,
          worker_id: pick(workers),
          team_id: pick(teams),
          role: 'social_worker',
          start_date: dateIn(referralDate, 200) > options.today ? referralDate : dateIn(referralDate, 200),
          end_date: null,
        })
      const assessStart = addDays(referralDate, int(0, 3))
      add('assessment', {
        child_id: child,
        referral_id: referral,
        start_date: assessStart,
        authorised_date: capped(addDays(assessStart, int(10, 70))),
      })
      for (let m = 0; m < 12; m += 2) {
        const d = capped(addDays(referralDate, 30 * (m + 1)))
        if (d && (!closure || d < closure))
          add('management_oversight', { child_id: child, manager_id: worker, oversight_date: d })
      }
      if (rnd() < 0.2) {
        const s47 = addDays(referralDate, int(1, 10))
        const icpc = rnd() < 0.6 ? capped(addDays(s47, int(5, 25))) : null
        const s47Id = add('s47_enquiry', {
          child_id: child,
          referral_id: referral,
          start_date: s47,
          icpc_date: icpc,
          outcome: icpc ? 'icpc' : 'nfa',
        })
        if (icpc) {
          const end = rnd() < 0.6 ? capped(addDays(icpc, int(90, 900))) : null
          const plan = add('cp_plan', {
            child_id: child,
            referral_id: referral,
            s47_enquiry_id: s47Id,
            start_date: icpc,
            end_date: end,
            initial_category: 'NEG',
            latest_category: 'NEG',
          })
          for (let r = 1; r < 5; r++) {
            const due = addDays(icpc, r === 1 ? 90 : 90 + (r - 1) * 180)
            if (due <= options.today && (!end || due < end))
              add('cp_review', {
                child_id: child,
                cp_plan_id: plan,
                due_date: due,
                held_date: addDays(due, int(-10, 8)),
              })
          }
        }
      }
      if (rnd() < 0.18) {
        const s = addDays(referralDate, int(10, 200))
        if (s <= options.today) {
          const end = rnd() < 0.45 ? capped(addDays(s, int(60, 1500))) : null
          const period = add('period_of_care', {
            child_id: child,
            start_date: s,
            end_date: end,
            reason_ceased: end ? 'E8' : null,
            category_of_need: 'N1',
          })
          add('legal_status', {
            child_id: child,
            period_of_care_id: period,
            code: pick(['C1', 'C2', 'V2']),
            start_date: s,
            end_date: end,
          })
          let from = s
          const moves = int(1, 4)
          let cost = int(500, 5000)
          for (let p = 0; p < moves && from <= options.today; p++) {
            const carer = pick(carers)
            const to = p === moves - 1 ? end : capped(addDays(from, int(30, 500)))
            const last = to === null || (end !== null && to >= end)
            add('placement', {
              child_id: child,
              period_of_care_id: period,
              placement_type: rnd() < 0.08 ? 'P1' : typeFor[carer.kind],
              provider: 'PR1',
              carer_id: carer.id,
              start_date: from,
              end_date: last ? end : to,
              weekly_cost: cost,
            })
            cost = Math.max(300, cost + int(-1500, 1500))
            if (last || !to) break
            from = to
          }
          for (let v = addDays(s, int(5, 40)); v <= (end ?? options.today); v = addDays(v, int(25, 60)))
            add('visit', { child_id: child, kind: 'cla', visit_date: v, seen: rnd() < 0.95 })
          for (
            let r = 0, due = addDays(s, 28);
            due <= (end ?? options.today) && r < 8;
            r++, due = addDays(due, r === 1 ? 90 : 180)
          ) {
            add('cla_review', {
              child_id: child,
              period_of_care_id: period,
              due_date: due,
              held_date: addDays(due, int(-10, 10)),
            })
          }
          for (let d = addDays(s, 20); d <= (end ?? options.today); d = addDays(d, 180))
            add('personal_education_plan', { child_id: child, period_of_care_id: period, plan_date: d })
          for (let d = addDays(s, 30); d <= (end ?? options.today); d = addDays(d, 365)) {
            add('health_check', { child_id: child, kind: 'review_health', done_date: d, status: 'completed' })
            if (rnd() < 0.8)
              add('health_check', {
                child_id: child,
                kind: 'dental',
                done_date: addDays(d, 20),
                status: 'completed',
              })
            add('immunisation_status', { child_id: child, up_to_date: rnd() < 0.85, recorded_date: d })
            if (rnd() < 0.7) add('sdq', { child_id: child, completed_date: d, score: int(0, 40) })
          }
          if (rnd() < 0.12) {
            const m = dateIn(s, 300)
            if (m <= options.today)
              add('missing_episode', {
                child_id: child,
                period_of_care_id: period,
                kind: 'M',
                start_date: m,
                end_date: addDays(m, int(0, 3)),
                rhi_offered: rnd() < 0.8,
                rhi_accepted: rnd() < 0.6,
              })
          }
          if (end && dob < addDays(options.today, -17 * 365)) {
            add('care_leaver', { child_id: child, eligibility: 'former_relevant' })
            add('care_leaver_contact', {
              child_id: child,
              contact_date: dateIn(addDays(options.today, -300), 280),
              in_touch: 'YES',
              activity: pick(['F2', 'F5', 'G5', 'G6']),
              accommodation_suitable: rnd() < 0.85,
            })
          }
        }
      }
    }
  }

  const order = [
    'team',
    'worker',
    'carer',
    'child',
    'address',
    'early_help_episode',
    'referral',
    'allocation',
    'assessment',
    'management_oversight',
    's47_enquiry',
    'cp_plan',
    'cp_review',
    'period_of_care',
    'legal_status',
    'placement',
    'visit',
    'cla_review',
    'personal_education_plan',
    'health_check',
    'immunisation_status',
    'sdq',
    'missing_episode',
    'care_leaver',
    'care_leaver_contact',
  ]
  const at = new Date(`${addDays(options.today, -3)}T12:00:00Z`)
  await writeAs(
    db,
    ACTOR,
    async (trx) => {
      for (const table of order) {
        const rows = tables[table] ?? []
        for (let i = 0; i < rows.length; i += 1000)
          await trx
            .insertInto(table as keyof DB)
            .values(rows.slice(i, i + 1000) as never)
            .execute()
        if (rows.length)
          await sql`select setval(pg_get_serial_sequence(${table}, 'id'), ${rows.length})`.execute(trx)
      }
    },
    { at },
  )
  // Later corrections, so "as recorded" has history to read.
  await writeAs(
    db,
    ACTOR,
    (trx) =>
      trx
        .updateTable('placement')
        .set({ weekly_cost: sql`weekly_cost + 10` })
        .where('id', '<=', Math.floor((tables.placement?.length ?? 0) / 10))
        .execute(),
    { at: new Date(`${addDays(options.today, -1)}T12:00:00Z`) },
  )
  return Object.fromEntries(order.map((t) => [t, tables[t]?.length ?? 0]))
}
