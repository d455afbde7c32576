// The slice of the case record the indicators read, as plain values: one load per scorecard,
// then every indicator, every trend point and every breakdown is a pure function over it.
// Dates are 'YYYY-MM-DD' strings (see docs/adr/0002-dates-are-strings.md).
import type { IsoDate } from '../../../platform/time/dates.ts'

export interface ChildFacts {
  id: number
  dateOfBirth: IsoDate | null
  sex: string
  ethnicity: string
  /** Home addresses with a ward, oldest first. */
  homes: Array<{ wardCode: string | null; start: IsoDate; end: IsoDate | null }>
}

export interface Spell {
  id: number
  childId: number
  start: IsoDate
  end: IsoDate | null
}

export interface ReferralFacts extends Spell {
  nfa: boolean
  receivedAt: Date | null
  decisionAt: Date | null
  teamId: number | null
  workerId: number | null
}

export interface AssessmentFacts {
  id: number
  childId: number
  referralId: number
  start: IsoDate
  authorised: IsoDate | null
  referralDate: IsoDate | null
}

export interface S47Facts {
  id: number
  childId: number
  start: IsoDate
  icpcDate: IsoDate | null
  icpcNotRequired: boolean
}

export type CpPlanFacts = Spell
export interface CpReviewFacts {
  planId: number
  childId: number
  held: IsoDate | null
  due: IsoDate
}

export interface PlacementFacts extends Spell {
  periodId: number
  type: string
  carerKind: string | null
  weeklyCost: number | null
  changeReason: string | null
}

export interface LegalStatusFacts extends Spell {
  periodId: number
  code: string
}

export interface DatedFact {
  childId: number
  date: IsoDate
}

export interface ClaReviewFacts {
  childId: number
  periodId: number
  due: IsoDate
  held: IsoDate | null
  cancelled: boolean
}

export interface HealthCheckFacts {
  childId: number
  kind: string
  done: IsoDate | null
  status: string
}

export interface ImmunisationFacts extends DatedFact {
  upToDate: boolean
}

export interface MissingFacts {
  childId: number
  kind: string
  start: IsoDate
  end: IsoDate | null
  rhiOffered: boolean | null
  rhiAccepted: boolean | null
}

export interface CareLeaverContactFacts extends DatedFact {
  inTouch: string
  activity: string | null
  accommodationSuitable: boolean | null
}

export interface VisitFacts extends DatedFact {
  kind: string
  seen: boolean
}

export interface AllocationFacts extends Spell {
  workerId: number
  teamId: number
  role: string
}

export interface WorkerFacts {
  id: number
  teamId: number | null
  role: string
  fte: number
  agency: boolean
  start: IsoDate
  end: IsoDate | null
}

export interface EarlyHelpFacts extends Spell {
  teamId: number | null
  workerId: number | null
}

export interface AdoptionFacts {
  childId: number
  periodId: number
  placementOrder: IsoDate | null
  matched: IsoDate | null
  placed: IsoDate | null
  adoptionOrder: IsoDate | null
  adoptedByFosterCarer: boolean
  fosterPlacementStart: IsoDate | null
}

export interface ScreeningFacts {
  childId: number
  /** The instant of the decision, in epoch milliseconds (compared, never shown). */
  decidedAt: number
  level: number
}

export interface CaseRecord {
  children: Map<number, ChildFacts>
  referrals: ReferralFacts[]
  assessments: AssessmentFacts[]
  s47s: S47Facts[]
  cpPlans: CpPlanFacts[]
  cpReviews: CpReviewFacts[]
  periods: Spell[]
  legalStatuses: LegalStatusFacts[]
  placements: PlacementFacts[]
  claReviews: ClaReviewFacts[]
  peps: DatedFact[]
  healthChecks: HealthCheckFacts[]
  immunisations: ImmunisationFacts[]
  sdqs: DatedFact[]
  missing: MissingFacts[]
  careLeavers: Map<number, string>
  careLeaverContacts: CareLeaverContactFacts[]
  visits: VisitFacts[]
  oversight: DatedFact[]
  allocations: AllocationFacts[]
  workers: Map<number, WorkerFacts>
  teams: Map<number, string>
  earlyHelp: EarlyHelpFacts[]
  adoptions: AdoptionFacts[]
  screenings: ScreeningFacts[]
}

export function emptyRecord(): CaseRecord {
  return {
    children: new Map(),
    referrals: [],
    assessments: [],
    s47s: [],
    cpPlans: [],
    cpReviews: [],
    periods: [],
    legalStatuses: [],
    placements: [],
    claReviews: [],
    peps: [],
    healthChecks: [],
    immunisations: [],
    sdqs: [],
    missing: [],
    careLeavers: new Map(),
    careLeaverContacts: [],
    visits: [],
    oversight: [],
    allocations: [],
    workers: new Map(),
    teams: new Map(),
    earlyHelp: [],
    adoptions: [],
    screenings: [],
  }
}
