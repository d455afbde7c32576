// Checks a seeded database against the published figures it was tuned to, by querying the
// database (never the simulator's own state). Counts scale with --scale; shares and rates do not.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { addYears, assertIsoDate, type IsoDate } from '../../platform/time/dates.ts'
import { benchmarks, type BenchmarkMeasure } from './curves.ts'
import { calibrationTargets, type Measure } from './calibration-targets.ts'

export interface CalibrationRow {
  target: string
  date: string
  expected: number
  simulated: number
  difference: number
  tolerance: number
  ok: boolean
}

export async function calibrationReport(db: Kysely<DB>, today: IsoDate, options: { scale?: number } = {}): Promise<CalibrationRow[]> {
  const scale = options.scale ?? 1
  const rows: CalibrationRow[] = []
  for (const t of calibrationTargets(today, benchmarks() as Map<BenchmarkMeasure, Map<number, number>>)) {
    const expected = t.scales ? t.expected * scale : t.expected
    const simulated = round(await measure(db, t.measure, t.date, scale))
    const tolerance = round(t.tolerance.kind === 'relative' ? Math.abs(expected) * t.tolerance.value : t.tolerance.value)
    const difference = round(simulated - expected)
    rows.push({ target: t.target, date: t.date, expected: round(expected), simulated, difference, tolerance, ok: Math.abs(difference) <= tolerance })
  }
  return rows
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

async function one(db: Kysely<DB>, query: RawBuilder<{ n: number | string | null }>): Promise<number> {
  const result = await query.execute(db)
  return Number(result.rows[0]?.n ?? 0)
}

/** `alias` open on date d (d is a checked IsoDate, so it is safe to write into the SQL text). */
const openOn = (alias: string, d: IsoDate, start = 'start_date', end = 'end_date') => {
  assertIsoDate(d)
  return sql.raw(`${alias}.${start} <= '${d}' and (${alias}.${end} is null or ${alias}.${end} > '${d}')`)
}

function looked(d: IsoDate) {
  return sql<{ n: number }>`select count(distinct child_id) as n from period_of_care where ${openOn('period_of_care', d)}`
}

function onPlan(d: IsoDate) {
  return sql<{ n: number }>`select count(distinct child_id) as n from cp_plan where ${openOn('cp_plan', d)}`
}

/** Open CIN episodes for children neither on a CP plan nor looked after (S002 §21's "CiN"). */
const notProtectedOrLooked = (d: IsoDate, alias: string) =>
  sql`not exists (select 1 from cp_plan x where x.child_id = ${sql.ref(`${alias}.child_id`)} and ${openOn('x', d)})
   and not exists (select 1 from period_of_care y where y.child_id = ${sql.ref(`${alias}.child_id`)} and ${openOn('y', d)})`

async function measure(db: Kysely<DB>, m: Measure, d: IsoDate, scale: number): Promise<number> {
  switch (m.kind) {
    case 'looked_after':
      return one(db, looked(d))
    case 'protection':
      return one(db, onPlan(d))
    case 'in_need':
      return one(db, sql`select count(distinct r.child_id) as n from referral r where not r.nfa and ${openOn('r', d, 'referral_date', 'closure_date')} and ${notProtectedOrLooked(d, 'r')}`)
    case 'cin_plans':
      return one(db, sql`select count(distinct p.child_id) as n from cin_plan p where ${openOn('p', d)} and ${notProtectedOrLooked(d, 'p')}`)
    case 'early_help':
      return one(db, sql`select count(distinct child_id) as n from early_help_episode e where ${openOn('e', d)}`)
    case 'disabled':
      return one(db, sql`select count(distinct child_id) as n from referral r where not r.nfa and r.primary_need = 'N2' and ${openOn('r', d, 'referral_date', 'closure_date')}`)
    case 'care_leavers':
      return one(db, sql`select count(distinct a.child_id) as n from allocation a join care_leaver l on l.child_id = a.child_id join child c on c.id = a.child_id
        where a.role = 'personal_adviser' and ${openOn('a', d)} and c.date_of_birth <= ${addYears(d, -18)} and c.date_of_birth > ${addYears(d, -22)}`)
    case 'cla_rate': {
      const population = await one(db, sql`select persons as n from population where area_code = 'E06000002' and age_band = '0-17' and year <= ${Number(d.slice(0, 4)) - (d.slice(5) < '06-30' ? 1 : 0)} order by year desc limit 1`)
      return ((await one(db, looked(d))) / (population * scale)) * 10000
    }
    case 'cla_age_share':
      return share(db, d, sql`extract(year from age(${d}::date, c.date_of_birth)) between ${m.minAge} and ${m.maxAge}`)
    case 'cla_ethnicity_share':
      return share(db, d, sql`(case when left(c.ethnicity, 1) = 'C' then 'O' else left(c.ethnicity, 1) end) = ${m.group}`, sql`c.ethnicity not in ('REFU', 'NOBT')`)
    case 'starters_under_1': {
      const all = await one(db, sql`select count(*) as n from period_of_care where start_date between ${m.from} and ${d}`)
      const babies = await one(db, sql`select count(*) as n from period_of_care p join child c on c.id = p.child_id where p.start_date between ${m.from} and ${d} and p.start_date < c.date_of_birth + interval '1 year'`)
      return all === 0 ? 0 : (babies / all) * 100
    }
    case 'placements':
      return one(db, sql`select count(distinct child_id) as n from placement p where ${openOn('p', d)} and p.placement_type = any(${m.types}) and p.provider = any(${m.providers})`)
    case 'foster_share': {
      const foster = await one(db, sql`select count(distinct child_id) as n from placement p where ${openOn('p', d)} and p.placement_type like 'U%'`)
      return (foster / Math.max(1, await one(db, looked(d)))) * 100
    }
    case 'caseload': {
      const cases = await one(db, sql`select count(*) as n from allocation a where a.role = 'social_worker' and ${openOn('a', d)}`)
      const fte = await one(db, sql`select sum(w.fte) as n from worker w where w.id in (select worker_id from allocation a where a.role = 'social_worker' and ${openOn('a', d)})`)
      return fte === 0 ? 0 : cases / fte
    }
    case 'agency':
      return one(db, sql`select count(*) as n from worker w where w.agency and w.role in ('social_worker', 'senior_practitioner') and w.start_date <= ${d} and (w.end_date is null or w.end_date > ${d})`)
    case 'ward_cla_per_thousand': {
      const children = await one(db, sql`select sum(case when p.age_band in ('0-4', '5-10', '11-15') then p.persons when p.age_band = '16-19' then p.persons / 2.0 else 0 end) as n
        from population p join ward w on w.code_2015_2022 = p.area_code where w.name = ${m.ward} and p.year = 2020`)
      return ((await wardCount(db, 'period_of_care', m.ward, d)) / (children * scale)) * 1000
    }
    case 'ward_cla_to_cp':
      return (await wardCount(db, 'period_of_care', m.ward, d)) / Math.max(1, await wardCount(db, 'cp_plan', m.ward, d))
    case 'yearly':
      return yearly(db, m.measure, m.year)
  }
}

async function share(db: Kysely<DB>, d: IsoDate, condition: RawBuilder<unknown>, base: RawBuilder<unknown> = sql`true`): Promise<number> {
  const total = await one(db, sql`select count(distinct p.child_id) as n from period_of_care p join child c on c.id = p.child_id where ${openOn('p', d)} and ${base}`)
  const part = await one(db, sql`select count(distinct p.child_id) as n from period_of_care p join child c on c.id = p.child_id where ${openOn('p', d)} and ${base} and ${condition}`)
  return total === 0 ? 0 : (part / total) * 100
}

async function wardCount(db: Kysely<DB>, table: 'period_of_care' | 'cp_plan', ward: string, d: IsoDate): Promise<number> {
  return one(db, sql`select count(distinct s.child_id) as n from ${sql.table(table)} s
    join address a on a.child_id = s.child_id and a.kind = 'home' and ${openOn('a', d)}
    join ward w on w.code = a.ward_code where w.name = ${ward} and ${openOn('s', d)}`)
}

async function yearly(db: Kysely<DB>, measure: BenchmarkMeasure, year: number): Promise<number> {
  const from = `${year - 1}-04-01`
  const to = `${year}-03-31`
  switch (measure) {
    case 'cla_31_march_count':
      return one(db, looked(to))
    case 'cpp_31_march_count':
      return one(db, onPlan(to))
    case 'cla_started_during_year_count':
      return one(db, sql`select count(distinct child_id) as n from period_of_care where start_date between ${from} and ${to}`)
    case 'cla_ceased_during_year_count':
      return one(db, sql`select count(distinct child_id) as n from period_of_care where end_date between ${from} and ${to}`)
    case 'referrals_count':
      return one(db, sql`select count(*) as n from referral where referral_date between ${from} and ${to}`)
    case 'rereferrals_within_12_months_percent':
      return one(db, sql`select 100.0 * count(*) filter (where exists (select 1 from referral p where p.child_id = r.child_id and p.referral_date < r.referral_date
        and p.referral_date >= r.referral_date - interval '12 months')) / nullif(count(*), 0) as n from referral r where r.referral_date between ${from} and ${to}`)
    case 'cpp_started_during_year_count':
      return one(db, sql`select count(*) as n from cp_plan where start_date between ${from} and ${to}`)
    case 'cpp_second_or_subsequent_percent':
      return one(db, sql`select 100.0 * count(*) filter (where exists (select 1 from cp_plan e where e.child_id = p.child_id and e.start_date < p.start_date))
        / nullif(count(*), 0) as n from cp_plan p where p.start_date between ${from} and ${to}`)
  }
}
