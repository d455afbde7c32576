// What the timescale engine needs to know about one child, as plain domain values. Casework
// services map their rows into this shape; the engine never sees a database row.
// Dates are London calendar dates (IsoDate). Only the few events whose timescale is counted in
// hours or from the moment of receipt carry an instant (Date).
// Lists need not be sorted; the engine sorts them. Lists of meetings and visits hold only the ones
// that took place (not cancelled ones).
import type { IsoDate } from '../../platform/time/dates.ts'

export interface ChildRecordFacts {
  /** Absent for an unborn child on a pre-birth plan. */
  dateOfBirth?: IsoDate
  contacts: readonly ContactFacts[]
  referrals: readonly ReferralFacts[]
  assessments: readonly AssessmentFacts[]
  strategyDiscussions: readonly StrategyDiscussionFacts[]
  section47Enquiries: readonly Section47Facts[]
  childProtectionPlans: readonly ChildProtectionPlanFacts[]
  childInNeedPlans: readonly ChildInNeedPlanFacts[]
  periodsOfCare: readonly PeriodOfCareFacts[]
  healthAssessments: readonly HealthAssessmentFacts[]
  /** Dates personal education plans were completed (initial or review). */
  personalEducationPlans: readonly IsoDate[]
  /** Episodes of being missing (not "away" with whereabouts known, which need no return interview). */
  missingEpisodes: readonly MissingEpisodeFacts[]
  careProceedings: readonly CareProceedingsFacts[]
  careLeaver?: CareLeaverFacts
  earlyHelpEpisodes: readonly EarlyHelpFacts[]
}

export interface ContactFacts {
  /** The moment the council received the contact. */
  receivedAt: Date
  /** The moment the screening decision (type of response) was recorded. */
  screeningDecidedAt?: Date
}

export interface ReferralFacts {
  date: IsoDate
  /** CIN ReferralNFA: no further action, so no assessment is due. */
  noFurtherAction: boolean
}

export interface AssessmentFacts {
  /** The referral the assessment belongs to; the Working Together clock runs from it. */
  referralDate: IsoDate
  startDate: IsoDate
  /** Carried for the casework page; no §3.2 timescale runs from it. */
  childSeenDate?: IsoDate
  authorisedDate?: IsoDate
  /** Manager reviews of the assessment while it was open (local practice; empty if none). */
  managerReviews: readonly IsoDate[]
}

export interface StrategyDiscussionFacts {
  /** When it was decided a strategy discussion was needed; the local 24-hour clock runs from it. */
  decidedAt?: Date
  heldOn?: IsoDate
}

export interface Section47Facts {
  startDate: IsoDate
  /** The strategy discussion at which the enquiry was started (Working Together's ICPC clock). */
  strategyDiscussionDate: IsoDate
  icpcDate?: IsoDate
  /** The enquiry concluded that no initial conference was needed, so none is due. */
  conferenceNotNeeded: boolean
}

export interface ChildProtectionPlanFacts {
  /** The date of the initial conference that made the plan. */
  startDate: IsoDate
  endDate?: IsoDate
  reviewConferences: readonly IsoDate[]
  coreGroups: readonly IsoDate[]
  /** Set when the plan was made at a pre-birth conference. */
  preBirth?: { expectedBirthDate: IsoDate; birthDate?: IsoDate }
}

export interface ChildInNeedPlanFacts {
  startDate: IsoDate
  endDate?: IsoDate
  /** Dates the plan was reviewed (held reviews only). */
  reviews: readonly IsoDate[]
}

export interface PeriodOfCareFacts {
  startDate: IsoDate
  endDate?: IsoDate
  /**
   * Legal status V3/V4: a series of short breaks under CPPCR reg 48. The modified regulations set
   * their own visit and review arrangements, so no looked-after timescales are produced for it.
   */
  shortBreaks: boolean
  placements: readonly PlacementFacts[]
  reviews: readonly IsoDate[]
  /** Statutory (reg 28) visits to the child. */
  visits: readonly IsoDate[]
}

/** Which paragraph of CPPCR reg 28 sets the visiting pattern for a placement. */
export type VisitCircumstance =
  | 'standard' // reg 28(2)
  | 'placed_with_parent_before_assessment' // reg 19, reg 28(3)
  | 'connected_person_temporary_approval' // reg 24, reg 28(4)
  | 'interim_care_order_at_home' // s38 order, living with a parent, reg 28(4)
  | 'care_order_at_home' // s31 order, living with a parent, reg 28(5)

export interface PlacementFacts {
  startDate: IsoDate
  endDate?: IsoDate
  /** SSDA903 placement code; carried for the page, the visit pattern comes from visitCircumstance. */
  placementType: string
  intendedToLastUntil18: boolean
  visitCircumstance: VisitCircumstance
  /** For 'care_order_at_home': the first visit is due a week after the order, not the placement. */
  careOrderMadeOn?: IsoDate
}

export interface HealthAssessmentFacts {
  date: IsoDate
  kind: 'initial' | 'review'
}

export interface MissingEpisodeFacts {
  startDate: IsoDate
  /** London date of the return; absent while the child is still missing. */
  returnedOn?: IsoDate
  /** The moment of return, when known; it takes precedence over returnedOn for the 72 hours. */
  returnedAt?: Date
  returnInterviewDate?: IsoDate
  /** The interview was offered in time and the child declined it: the offer completes the item. */
  returnInterviewDeclinedOn?: IsoDate
}

export interface CareProceedingsFacts {
  issuedOn: IsoDate
  concludedOn?: IsoDate
  /** A date the court extended the timetable to (CA 1989 s32(5)). */
  extendedTo?: IsoDate
}

export interface CareLeaverFacts {
  /** When leaving-care support (and the personal adviser's contact clock) began. */
  supportStartDate: IsoDate
  supportEndDate?: IsoDate
  /** The first pathway plan and each review of it. */
  pathwayPlans: readonly IsoDate[]
  personalAdviserContacts: readonly IsoDate[]
  /** Dates the young person moved into new accommodation. */
  moves: readonly IsoDate[]
}

export interface EarlyHelpFacts {
  startDate: IsoDate
  endDate?: IsoDate
  assessmentDate?: IsoDate
  planDate?: IsoDate
  reviews: readonly IsoDate[]
}
