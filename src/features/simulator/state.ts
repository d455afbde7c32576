// The in-memory world of one simulated authority ("unit"). Only children with open involvement
// hold their records in memory (their "bundle" of rows, written when the last spell closes), so
// memory depends on the size of one authority, never on --scale.
import type { IsoDate } from '../../platform/time/dates.ts'
import type { Random } from './random.ts'
import type { PlacementCategory } from './targets.ts'
import type { Entry, NewRow, SeedTable } from './writer.ts'

/** Where rows go: the database writer, or a counter when tuning without a database. */
export interface Sink {
  add<T extends SeedTable>(table: T, row: NewRow<T>, at: string): void
  addEntries(entries: readonly Entry[]): void
}

/** Id counters shared by every unit, so ids never collide across units. */
export class Ids {
  private next = new Map<string, number>()
  take(table: SeedTable): number {
    const id = (this.next.get(table) ?? 0) + 1
    this.next.set(table, id)
    return id
  }
}

export interface Ward {
  code: string
  name: string
  outward: string
  children: number
  /** Relative demand per child (deprivation); North Ormesby highest. */
  need: number
  /** Multipliers on being chosen for care or for a CP plan (S002 §27 ward pattern). */
  careTilt: number
  cpTilt: number
  locality: string
}

export interface Team {
  id: number
  name: string
  service: NewRow<'team'>['service']
  locality: string | null
  manager?: Worker
  workers: Worker[]
}

export type WorkerRole = NewRow<'worker'>['role']

export interface Worker {
  id: number
  role: WorkerRole
  team: Team | undefined
  fte: number
  agency: boolean
  start: IsoDate
  end: IsoDate | null
  managerId: number | null
  open: Set<Allocation>
  /** A named demo account (staff id) whose caseload is shaped at the end. */
  demo?: string
  /** Cases this worker should hold relative to an ordinary full-time colleague. */
  weight: number
}

export type AllocationRole = 'social_worker' | 'early_help_practitioner' | 'personal_adviser' | 'iro'

export interface Allocation {
  row: NewRow<'allocation'>
  worker: Worker
  child: Child
  /** The allocation this one closed when it began, if any. */
  replaced?: NewRow<'allocation'>
}

export interface Family {
  id: number
  surname: string
  ward: Ward
  children: Child[]
  motherId: number
  fatherId: number | null
  ethnicity: string
}

export interface Carer {
  id: number
  kind: NewRow<'carer'>['kind']
  category: PlacementCategory
  provider: string
  urn: string | null
  postcode: string
  distance: number
  capacity: number
  placed: number
  end: IsoDate | null
}

export interface Placement {
  row: NewRow<'placement'>
  category: PlacementCategory
  carer: Carer | undefined
}

export interface Child {
  id: number
  family: Family
  sex: 'M' | 'F'
  dob: IsoDate
  born: boolean
  row: NewRow<'child'>
  rowAt: string
  rowWritten: boolean
  home: { row: NewRow<'address'>; at: string }
  disabled: boolean
  bundle: Entry[]
  lastReferralDate: IsoDate | undefined
  cpPlansEver: number
  /** No new transition may start before this date (keeps each month's events in order). */
  busyUntil: IsoDate
  allocations: Map<AllocationRole, Allocation>
  /** Workers who held the child as social worker, with dates, for visits and oversight. */
  workerHistory: Array<{ worker: Worker; start: IsoDate; end: IsoDate | null }>
  episode?: Episode
  earlyHelp?: EarlyHelp
  leaver?: Leaver
  /** Adopted out of the family: no longer taken into care with the birth family's children. */
  adopted?: boolean
  /** An unborn child on a pre-birth plan who is to be looked after from birth (S002 §28-29). */
  careAtBirth?: boolean
  overdue: boolean
}

/** An open CIN episode: the referral and what is happening on it now. */
export interface Episode {
  referral: NewRow<'referral'>
  assessment?: NewRow<'assessment'>
  /** When the open assessment will be authorised (may be after today). */
  assessmentDue?: IsoDate
  assessmentDone: boolean
  cinPlan?: NewRow<'cin_plan'>
  /** Open without a plan after assessment (services, or a disabled child's package), until a date. */
  support?: { start: IsoDate; until: IsoDate }
  cp?: CpPlan
  care?: CareSpell
  s47?: NewRow<'s47_enquiry'>
}

export interface CpPlan {
  row: NewRow<'cp_plan'>
}

export interface EarlyHelp {
  row: NewRow<'early_help_episode'>
  until: IsoDate
}

export interface CareSpell {
  period: NewRow<'period_of_care'>
  legal: Array<NewRow<'legal_status'>>
  placements: Placement[]
  pathway: 'adoption' | 'sgo' | 'home' | 'long_term' | 'independence'
  /** Scheduled events of the care plan, by date. */
  finalHearing?: IsoDate
  proceedings?: NewRow<'care_proceedings'>
  adoption?: NewRow<'adoption_journey'>
  /** Agency decision due (adoption pathway); then the planned match, move and order. */
  admDue?: IsoDate
  adoptionSchedule?: { matched: IsoDate; placed: IsoDate; order: IsoDate; reverse: boolean }
  /** An emergency status (police protection, EPO) ends and the next one starts on this date. */
  emergencyUntil?: IsoDate
  permanence?: NewRow<'permanence_plan'>
  entryAge: number
}

export interface Leaver {
  row: NewRow<'care_leaver'>
  leftCare: IsoDate
  until: IsoDate
}

export interface World {
  rng: Random
  ids: Ids
  sink: Sink
  unit: number
  /** Share of a full-size authority this unit simulates (1 except for fractional scales). */
  scale: number
  start: IsoDate
  today: IsoDate
  month: IsoDate
  wards: Ward[]
  teams: Map<string, Team>
  workers: Worker[]
  carers: Carer[]
  children: Child[]
  active: Set<Child>
  /** Children referred in the last 13 months, oldest first: the re-referral pool. */
  recentReferrals: Child[]
  /** Children whose CP plan has ended: the pool for second and subsequent plans. */
  cpAlumni: Child[]
  /** Share of contacts and referrals already made this month by the other processes. */
  monthReferrals: number
  monthRereferrals: number
  /** Multipliers the controllers adjust each month to steer stocks towards their curves. */
  control: { plan: number; support: number; disabled: number; earlyHelp: number }
  /** Monthly starts planned at the beginning of each reporting year, by process. */
  plans: Map<string, number[]>
  /** Children in each placement category now (kept up to date as placements start and end). */
  placed: Record<PlacementCategory, number>
  /** Running counts within the reporting year, for shares that must match a yearly percentage. */
  year: { cpStarts: number; cpSecond: number }
}
