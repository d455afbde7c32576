// Teams and workers: who holds each child. Social workers are hired as demand rises so that open
// cases per FTE follow the caseload curve (S002 §44 page 2: 22.3 in December 2020, 16.7 in
// December 2021), with agency staff filling posts up to the agency curve (S002 §167 table,
// indicator 1). Each worker's leaving date is drawn at hire: agency staff stay months, employed
// staff years, and a leaver's children pass to a colleague with reason LEFTRL.
import { type IsoDate } from '../../platform/time/dates.ts'
import { adultForename, surname } from './identity.ts'
import { valueOn } from './curves.ts'
import { ALLOCATION_FLOOR, globalRow, openAllocation, recordedAt } from './records.ts'
import { addDays, stamp } from './calendar.ts'
import { AGENCY_SOCIAL_WORKERS, CASELOAD } from './targets.ts'
import type { AllocationRole, Child, Team, Worker, WorkerRole, World } from './state.ts'

type Service = Team['service']

const TEAMS: ReadonlyArray<{ key: string; name: string; service: Service; locality?: string; start?: IsoDate; end?: IsoDate }> = [
  { key: 'leadership', name: 'Children’s Services Leadership', service: 'leadership' },
  { key: 'performance', name: 'Performance and Intelligence', service: 'performance' },
  { key: 'front_door', name: 'Multi-Agency Children’s Hub', service: 'front_door' },
  { key: 'eh_North', name: 'Early Help North', service: 'early_help', locality: 'North' },
  { key: 'eh_East', name: 'Early Help East', service: 'early_help', locality: 'East' },
  { key: 'eh_South', name: 'Early Help South', service: 'early_help', locality: 'South' },
  { key: 'eh_West', name: 'Early Help West', service: 'early_help', locality: 'West' },
  { key: 'assessment_1', name: 'Assessment Team 1', service: 'assessment' },
  { key: 'assessment_2', name: 'Assessment Team 2', service: 'assessment' },
  { key: 'safeguarding_1', name: 'Safeguarding and Care Planning 1', service: 'safeguarding' },
  { key: 'safeguarding_2', name: 'Safeguarding and Care Planning 2', service: 'safeguarding' },
  { key: 'safeguarding_3', name: 'Safeguarding and Care Planning 3', service: 'safeguarding' },
  { key: 'safeguarding_4', name: 'Safeguarding and Care Planning 4', service: 'safeguarding' },
  { key: 'cic_1', name: 'Children in Care 1', service: 'children_in_care' },
  { key: 'cic_2', name: 'Children in Care 2', service: 'children_in_care' },
  // S002 §127: a managed team, "Innovate", commissioned in July 2020 for children on care orders.
  { key: 'innovate', name: 'Innovate (managed team)', service: 'children_in_care', start: '2020-07-01', end: '2022-03-31' },
  { key: 'disability', name: 'Children with Disabilities', service: 'disability' },
  { key: 'care_leavers', name: 'Pathways (Care Leavers)', service: 'care_leavers' },
  { key: 'reviewing', name: 'Independent Reviewing Service', service: 'reviewing' },
  { key: 'fostering', name: 'Fostering Service', service: 'fostering' },
  { key: 'adoption', name: 'Adoption and Permanence', service: 'adoption' },
]

const TEAMS_FROM: IsoDate = '2014-09-01'

/** Cases an ordinary full-time worker holds, by role (IROs, advisers and practitioners). */
const OTHER_CASELOAD: Partial<Record<AllocationRole, number>> = { iro: 55, personal_adviser: 20, early_help_practitioner: 24 }

/** The named demo accounts (src/features/sign-in/demo-accounts.ts) and where they sit. */
export const DEMO_STAFF = {
  screener: 'demo-screener',
  socialWorker: 'demo-social-worker',
  earlyHelp: 'demo-early-help',
  teamManager: 'demo-team-manager',
  iro: 'demo-iro',
  personalAdviser: 'demo-personal-adviser',
  analyst: 'demo-analyst',
  seniorLeader: 'demo-senior-leader',
  councillor: 'demo-councillor',
  admin: 'demo-admin',
} as const
export const DEMO_TEAM = 'safeguarding_2'

export function createTeams(world: World): void {
  const suffix = world.unit === 0 ? '' : ` (area ${world.unit + 1})`
  for (const t of TEAMS) {
    const start = t.start ?? TEAMS_FROM
    // A team that the authority had not yet formed by "today" is not in the record.
    if (start > world.today) continue
    const end = t.end !== undefined && t.end <= world.today ? t.end : null
    const row = globalRow(world, 'team', { name: `${t.name}${suffix}`, parent_team_id: null, service: t.service, locality: t.locality ?? null, start_date: start, end_date: end }, stamp(start, 600))
    world.teams.set(t.key, { id: row.id, name: row.name, service: t.service, locality: t.locality ?? null, workers: [] })
  }
  const demo = world.unit === 0
  const director = hire(world, team(world, 'leadership'), 'senior_leader', TEAMS_FROM, { permanent: true })
  for (const [key, t] of world.teams) {
    if (t.service === 'leadership' || t.service === 'performance') continue
    const named = demo && key === DEMO_TEAM ? { demo: DEMO_STAFF.teamManager } : {}
    t.manager = hire(world, t, 'team_manager', TEAMS_FROM, { managerId: director.id, permanent: true, ...named })
  }
  hire(world, team(world, 'performance'), 'performance_analyst', TEAMS_FROM, { managerId: director.id })
  if (!demo) return
  // The demo people: ordinary workers in the simulation, shaped at the end (demo.ts). An authority
  // simulated to an earlier "today" still has them, starting no later than that day.
  const by = (date: IsoDate): IsoDate => (date < world.today ? date : world.today)
  hire(world, team(world, 'front_door'), 'screener', by('2018-05-14'), { demo: DEMO_STAFF.screener, fte: 1 })
  hire(world, team(world, DEMO_TEAM), 'social_worker', by('2017-09-04'), { demo: DEMO_STAFF.socialWorker, fte: 1 })
  hire(world, team(world, 'eh_East'), 'early_help_practitioner', by('2017-06-05'), { demo: DEMO_STAFF.earlyHelp, fte: 1 })
  hire(world, team(world, 'reviewing'), 'iro', by('2016-11-07'), { demo: DEMO_STAFF.iro, fte: 1, weight: 0.55 })
  hire(world, team(world, 'care_leavers'), 'personal_adviser', by('2018-01-08'), { demo: DEMO_STAFF.personalAdviser, fte: 1 })
  hire(world, team(world, 'performance'), 'performance_analyst', by('2019-02-04'), { demo: DEMO_STAFF.analyst, managerId: director.id, fte: 1 })
  hire(world, team(world, 'leadership'), 'senior_leader', by('2020-01-06'), { demo: DEMO_STAFF.seniorLeader, managerId: director.id, fte: 1 })
  hire(world, undefined, 'elected_member', by('2019-05-09'), { demo: DEMO_STAFF.councillor, fte: 1 })
  hire(world, undefined, 'administrator', by('2016-04-01'), { demo: DEMO_STAFF.admin, fte: 1 })
}

/** Posts filled before the simulation starts, sized to the opening caseloads. */
export function initialStaff(world: World, cases: Partial<Record<string, number>>): void {
  const rng = world.rng
  for (const [key, count] of Object.entries(cases)) {
    const t = team(world, key)
    const role: WorkerRole = t.service === 'early_help' ? 'early_help_practitioner' : t.service === 'reviewing' ? 'iro' : t.service === 'care_leavers' ? 'personal_adviser' : t.service === 'front_door' ? 'screener' : 'social_worker'
    for (let i = 0; i < Math.max(1, Math.round(count ?? 0)); i++) {
      const agency = role === 'social_worker' && rng.chance(0.2)
      hire(world, t, role === 'social_worker' && rng.chance(0.15) ? 'senior_practitioner' : role, addDays(ALLOCATION_FLOOR, -rng.between(10, agency ? 120 : 600)), { agency })
    }
  }
}

export function team(world: World, key: string): Team {
  const found = world.teams.get(key)
  if (!found) throw new Error(`No team ${key}`)
  return found
}

export function hire(
  world: World,
  to: Team | undefined,
  role: WorkerRole,
  date: IsoDate,
  options: { agency?: boolean; managerId?: number; permanent?: boolean; demo?: string; fte?: number; weight?: number } = {},
): Worker {
  const rng = world.rng
  const sex = rng.chance(0.82) ? 'F' : 'M'
  const agency = options.agency ?? false
  const tenureDays = Math.round(rng.exponential(agency ? 300 : 1500)) + 60
  const end = options.permanent || options.demo ? null : addDays(date, tenureDays)
  const fte = options.fte ?? (rng.chance(0.85) ? 1 : rng.pick([0.5, 0.6, 0.8]))
  const id = world.ids.take('worker')
  const managerId = options.managerId ?? to?.manager?.id ?? null
  const registered = role === 'social_worker' || role === 'senior_practitioner' || role === 'team_manager' || role === 'iro'
  world.sink.add(
    'worker',
    {
      id,
      staff_id: options.demo ?? `MBR${String(id).padStart(6, '0')}`,
      forename: adultForename(rng, sex),
      surname: surname(rng),
      role,
      team_id: to?.id ?? null,
      manager_id: managerId,
      swe_registration: registered ? `SW${String(100000 + ((id * 7919) % 900000))}` : null,
      fte,
      agency,
      start_date: date,
      end_date: end !== null && end <= world.today ? end : null,
      end_reason: end !== null && end <= world.today ? rng.weighted([['Resigned', 6], ['Contract ended', agency ? 8 : 1], ['Retired', 1], ['Moved to another authority', 2]] as const) : null,
    },
    recordedAt(world, date, 5),
  )
  const worker: Worker = { id, role, team: to, fte, agency, start: date, end, managerId, open: new Set(), weight: options.weight ?? 1, ...(options.demo ? { demo: options.demo } : {}) }
  world.workers.push(worker)
  to?.workers.push(worker)
  return worker
}

function active(worker: Worker, date: IsoDate): boolean {
  return worker.start <= date && (worker.end === null || worker.end > date)
}

const SERVICE_ROLES: Record<AllocationRole, readonly WorkerRole[]> = {
  social_worker: ['social_worker', 'senior_practitioner'],
  early_help_practitioner: ['early_help_practitioner'],
  personal_adviser: ['personal_adviser'],
  iro: ['iro'],
}

/** The least-loaded worker in the matching teams, hiring one if there is nobody. */
export function chooseWorker(world: World, teams: readonly Team[], role: AllocationRole, date: IsoDate): Worker {
  let best: Worker | undefined
  let bestLoad = Infinity
  for (const t of teams) {
    for (const w of t.workers) {
      if (!SERVICE_ROLES[role].includes(w.role) || !active(w, date)) continue
      const load = (w.open.size + 0.5) / (w.fte * w.weight)
      if (load < bestLoad) {
        best = w
        bestLoad = load
      }
    }
  }
  if (best) return best
  if (!teams[0]) throw new Error(`No team takes ${role} cases`)
  return hire(world, teams[0], SERVICE_ROLES[role][0] as WorkerRole, date, { agency: role === 'social_worker' })
}

/** Teams that take a case of this kind on a date (the Innovate team only while it ran). */
export function teamsFor(world: World, service: Service, date: IsoDate, locality?: string | null): Team[] {
  const all = [...world.teams.values()].filter((t) => t.service === service && (locality === undefined || t.locality === locality))
  const open = all.filter((t) => !(t.name.startsWith('Innovate') && (date < '2020-07-01' || date > '2022-03-31')))
  return open.length > 0 ? open : all
}

/** Allocate (or re-allocate) the child's worker of a role within a service. */
export function allocate(world: World, child: Child, role: AllocationRole, service: Service, on: IsoDate, reason: string, locality?: string | null): void {
  const date = on < ALLOCATION_FLOOR ? ALLOCATION_FLOOR : on
  const current = child.allocations.get(role)
  if (current && current.worker.team?.service === service && active(current.worker, date)) return
  const worker = chooseWorker(world, teamsFor(world, service, date, locality), role, date)
  openAllocation(world, child, role, worker, date, current ? reason : role === 'social_worker' ? 'FCONTA' : reason)
}

/** Monthly: leavers hand over their children; posts are filled to meet demand. */
export function staffMonth(world: World, month: IsoDate, monthEnd: IsoDate): void {
  // Teams list only people still in post, so choosing a worker stays quick.
  for (const t of world.teams.values()) t.workers = t.workers.filter((w) => w.end === null || w.end >= month)
  for (const worker of world.workers) {
    // Anyone who has left by the end of the month hands over what they still hold (including
    // people who left before the simulation began while holding migrated cases).
    if (worker.end === null || worker.end > monthEnd || worker.open.size === 0) continue
    for (const allocation of [...worker.open]) {
      const date = worker.end > allocation.row.start_date ? worker.end : allocation.row.start_date
      const replacement = chooseWorker(world, worker.team ? [worker.team] : [], allocation.row.role as AllocationRole, date)
      openAllocation(world, allocation.child, allocation.row.role as AllocationRole, replacement, date, 'LEFTRL')
    }
  }
  for (const t of world.teams.values()) {
    const manager = t.manager
    if (manager?.end !== null && manager?.end !== undefined && manager.end <= monthEnd) t.manager = hire(world, t, 'team_manager', manager.end)
  }
  // The Innovate team's children return to the permanent children-in-care teams when it closes.
  const innovate = world.teams.get('innovate')
  if (innovate && month <= '2022-03-31' && monthEnd >= '2022-03-31') {
    for (const worker of innovate.workers) {
      for (const allocation of [...worker.open]) {
        const replacement = chooseWorker(world, [team(world, 'cic_1'), team(world, 'cic_2')], 'social_worker', '2022-03-31')
        openAllocation(world, allocation.child, 'social_worker', replacement, '2022-03-31', 'ORGRST')
      }
    }
  }
  staffSocialWork(world, month)
  for (const [role, caseload] of Object.entries(OTHER_CASELOAD) as Array<[AllocationRole, number]>) staffRole(world, role, caseload, month)
}

function staffSocialWork(world: World, month: IsoDate): void {
  const services: Service[] = ['assessment', 'safeguarding', 'children_in_care', 'disability']
  const target = valueOn(CASELOAD, month)
  let agencyNow = world.workers.filter((w) => w.agency && active(w, month)).length
  const agencyTarget = valueOn(AGENCY_SOCIAL_WORKERS, month) * world.scale
  for (const service of services) {
    const teams = teamsFor(world, service, month)
    let cases = 0
    let fte = 0
    for (const t of teams) {
      for (const w of t.workers) {
        if (!SERVICE_ROLES.social_worker.includes(w.role) || !active(w, month)) continue
        cases += w.open.size
        fte += w.fte * w.weight
      }
    }
    // While agency numbers are below their curve, a few agency staff cover vacancies and absence
    // on top of the posts the caseload needs (S002 §167 indicator 1 counts them).
    const cover = Math.min(Math.max(0, agencyTarget - agencyNow), (cases / target) * 0.06)
    const needed = Math.max(world.scale * 2, cases / target + cover)
    while (fte < needed - 0.5) {
      const smallest = teams.reduce((a, b) => (teamFte(a, month) <= teamFte(b, month) ? a : b))
      const agency = agencyNow < agencyTarget
      const worker = hire(world, smallest, world.rng.chance(0.15) ? 'senior_practitioner' : 'social_worker', month, { agency })
      if (agency) agencyNow++
      fte += worker.fte
      rebalance(world, teams, worker, month)
    }
  }
}

function staffRole(world: World, role: AllocationRole, caseload: number, month: IsoDate): void {
  const services: Record<string, Service> = { iro: 'reviewing', personal_adviser: 'care_leavers', early_help_practitioner: 'early_help' }
  const teams = teamsFor(world, services[role] as Service, month)
  for (const t of teams) {
    let cases = 0
    let fte = 0
    for (const w of t.workers) {
      if (!SERVICE_ROLES[role].includes(w.role) || !active(w, month)) continue
      cases += w.open.size
      fte += w.fte * w.weight
    }
    if (fte < Math.max(world.scale, cases / caseload) - 0.5) rebalance(world, [t], hire(world, t, SERVICE_ROLES[role][0] as WorkerRole, month), month)
  }
}

function teamFte(t: Team, date: IsoDate): number {
  return t.workers.reduce((sum, w) => sum + (SERVICE_ROLES.social_worker.includes(w.role) && active(w, date) ? w.fte : 0), 0)
}

/** A new starter takes a share of the busiest colleagues' children (reason MANAGE). */
function rebalance(world: World, teams: readonly Team[], newcomer: Worker, date: IsoDate): void {
  const colleagues = teams.flatMap((t) => t.workers).filter((w) => w !== newcomer && w.demo === undefined && active(w, date) && w.role === newcomer.role)
  const share = Math.floor(colleagues.reduce((sum, w) => sum + w.open.size, 0) / (colleagues.length + 1) / 3)
  for (let i = 0; i < share; i++) {
    const busiest = colleagues.reduce<Worker | undefined>((a, b) => (!a || b.open.size / b.fte > a.open.size / a.fte ? b : a), undefined)
    // Only children the colleague already held on the day (a child handed over later in the month
    // stays put), so the newcomer's allocation never starts before the one it replaces.
    const allocation = busiest ? [...busiest.open].reverse().find((a) => a.row.start_date <= date) : undefined
    if (!allocation) return
    openAllocation(world, allocation.child, allocation.row.role as AllocationRole, newcomer, date, 'MANAGE')
  }
}

/** Monthly supervision for every practitioner with cases (about one in ten months missed). */
export function superviseMonth(world: World, month: IsoDate, monthEnd: IsoDate): void {
  for (const worker of world.workers) {
    if (worker.open.size === 0 || !active(worker, monthEnd) || world.rng.chance(0.08)) continue
    const date = addDays(month, world.rng.between(0, 27))
    if (date > world.today) continue
    world.sink.add('supervision', { id: world.ids.take('supervision'), worker_id: worker.id, supervisor_id: worker.team?.manager?.id ?? worker.managerId, supervision_date: date }, recordedAt(world, date, 4))
  }
}
