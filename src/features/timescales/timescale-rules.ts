// Every statutory and procedural timescale in shared/reference/csc-definitions.md §3.2 (plus the
// DfE clocks of §3.1 rows 5 and 8, and the local child in need plan review), declared as data. The engine (due-items.ts) decides which rule
// applies to which event; the interval, the wording and the source live only here.
// Source keys ([T1], [I4], ...) resolve in csc-definitions.md §7. The Working Together 2023 text
// itself was not read (csc-definitions.md "Open questions"), so no WT paragraph numbers are given:
// the WT rules cite the procedures that quote it.

export type TimescaleClock = 'working_together' | 'dfe' | 'regulation' | 'local'

export const CLOCK_LABELS: Record<TimescaleClock, string> = {
  working_together: 'Working Together to Safeguard Children',
  dfe: 'DfE return measure',
  regulation: 'Legislation or statutory guidance',
  local: 'Local procedure',
}

export type IntervalUnit = 'working_days' | 'days' | 'weeks' | 'months' | 'hours'

export interface Interval {
  count: number
  unit: IntervalUnit
  /** "26 weeks beginning with the day" (statute): the anchor day is day 1, so the period ends a day earlier. */
  includesAnchorDay?: true
}

export interface TimescaleSource {
  keys: readonly string[]
  document: string
  provision?: string
}

export interface DeadlineRule {
  kind: 'deadline'
  name: string
  clock: TimescaleClock
  source: TimescaleSource
  /** The event the clock runs from, in words. */
  anchor: string
  interval: Interval
  /** The whole rule in plain English, as a practitioner would read it. */
  rule: string
}

/** A limit that decides whether other rules apply, not a date anything is due by. */
export interface LimitRule {
  kind: 'limit'
  name: string
  clock: TimescaleClock
  source: TimescaleSource
  rule: string
}

const WT = 'Working Together to Safeguard Children, as quoted in safeguarding partnership procedures'
const CPPCR = 'Care Planning, Placement and Case Review (England) Regulations 2010'
const CIN = 'DfE Children in need census'
const REG_33: TimescaleSource = {
  keys: ['T8'],
  document: `${CPPCR}, as set out in local authority procedures`,
  provision: 'reg 33',
}
const HEALTH: TimescaleSource = {
  keys: ['T9'],
  document: 'Local authority procedures on health care for looked-after children (City of London)',
}
const CARE_LEAVERS: TimescaleSource = {
  keys: ['T13'],
  document: 'Care Leavers (England) Regulations 2010, as set out in local authority procedures',
}
const EARLY_HELP: TimescaleSource = { keys: ['T15'], document: 'Local early help timescales (Sefton)' }
// Middlesbrough's own practice, the authority we model: the family and professionals "meet around
// every eight weeks to review progress" (seed 002, the council's early help report).
const EARLY_HELP_REVIEWS: TimescaleSource = { keys: ['S002'], document: 'Middlesbrough early help practice: reviews around every eight weeks' }
// Child in need plan reviews have no national interval and no row in csc-definitions.md §3.2:
// Working Together 2023 (chapter 3, children in need under section 17) asks for the plan to be
// reviewed regularly and leaves the interval to local procedure, as child-in-need/
// cin-review-timescale.ts has always said. The 3 months is Sightline's local default (the usual
// local interval), not a published procedure a source key could cite, so the key says so ('LOCAL').
const CIN_REVIEWS: TimescaleSource = {
  keys: ['LOCAL'],
  document: 'Local procedure: Sightline’s default interval for child in need plan reviews (Working Together 2023, chapter 3, leaves the interval to local procedure)',
}
const TORBAY: TimescaleSource = { keys: ['T16'], document: 'Local practice standard (Torbay)' }
const TEES: TimescaleSource = { keys: ['T6'], document: 'Tees child protection procedures' }

const wd = (count: number): Interval => ({ count, unit: 'working_days' })
const days = (count: number): Interval => ({ count, unit: 'days' })
const weeks = (count: number): Interval => ({ count, unit: 'weeks' })
const months = (count: number): Interval => ({ count, unit: 'months' })
const reg28 = (provision: string): TimescaleSource => ({ keys: ['T7'], document: CPPCR, provision })

// Laid out as a table (one block per rule, fields in the same order), which reviews better than
// Prettier's one field a line.
// prettier-ignore
export const TIMESCALE_RULES = {
  'contact-decision': {
    kind: 'deadline', name: 'Decision on a contact', clock: 'working_together', interval: wd(1),
    source: { keys: ['T1'], document: WT }, anchor: 'Contact received',
    rule: 'Decide the type of response within 1 working day of receiving the contact.',
  },
  'strategy-discussion': {
    kind: 'deadline', name: 'Strategy discussion held', clock: 'local', interval: { count: 24, unit: 'hours' },
    source: { keys: ['T14'], document: 'Local child protection procedures (Knowsley)' }, anchor: 'Decision to hold a strategy discussion',
    rule: 'Hold the strategy discussion within 24 hours of deciding one is needed.',
  },
  'assessment-from-referral': {
    kind: 'deadline', name: 'Assessment: 45 working days from the referral (Working Together)', clock: 'working_together',
    interval: wd(45), source: { keys: ['T2'], document: WT }, anchor: 'Referral',
    rule: 'Complete the assessment within 45 working days of the referral; record the reasons if it takes longer.',
  },
  'assessment-from-start': {
    kind: 'deadline', name: 'Assessment: 45 working days from the start (DfE census)', clock: 'dfe', interval: wd(45),
    source: { keys: ['I2', 'A14'], document: CIN, provision: 'AssessmentActualStartDate to AssessmentAuthorisationDate' },
    anchor: 'Assessment started', rule: 'Authorise the assessment within 45 working days of its actual start date.',
  },
  'assessment-manager-review-10': {
    kind: 'deadline', name: 'Manager review of the assessment at 10 working days', clock: 'local', interval: wd(10),
    source: TORBAY, anchor: 'Assessment started',
    rule: 'A manager reviews an assessment still open 10 working days after it started.',
  },
  'assessment-manager-review-20': {
    kind: 'deadline', name: 'Manager review of the assessment at 20 working days', clock: 'local', interval: wd(20),
    source: TORBAY, anchor: 'Assessment started',
    rule: 'A manager reviews an assessment still open 20 working days after it started.',
  },
  'icpc-from-strategy-discussion': {
    kind: 'deadline', name: 'Initial conference: 15 working days from the strategy discussion (Working Together)',
    clock: 'working_together', interval: wd(15), source: { keys: ['T3', 'T4'], document: WT },
    anchor: 'Strategy discussion that started the section 47 enquiry',
    rule: 'Hold the initial child protection conference within 15 working days of the strategy discussion at which the section 47 enquiry was started.',
  },
  'icpc-from-s47-start': {
    kind: 'deadline', name: 'Initial conference: 15 working days from the section 47 start (DfE census)', clock: 'dfe',
    interval: wd(15), source: { keys: ['I3', 'I4'], document: CIN, provision: 'Table C4, ICPC within 15 working days of the S47 start' },
    anchor: 'Section 47 enquiry started', rule: 'DfE counts the initial conference as on time if it is held within 15 working days of the actual start of the section 47 enquiry.',
  },
  'core-group-first': {
    kind: 'deadline', name: 'First core group meeting', clock: 'local', interval: wd(10),
    source: TEES, anchor: 'Initial child protection conference',
    rule: 'Hold the first core group within 10 working days of the initial conference.',
  },
  'core-group-next': {
    kind: 'deadline', name: 'Core group meeting', clock: 'local', interval: weeks(6),
    source: TEES, anchor: 'Previous core group meeting',
    rule: 'Hold core group meetings at least every 6 weeks while the child protection plan lasts.',
  },
  'cp-review-first': {
    kind: 'deadline', name: 'First child protection review conference', clock: 'working_together', interval: months(3),
    source: { keys: ['T5'], document: WT }, anchor: 'Initial child protection conference',
    rule: 'Hold the first review conference within 3 months of the initial conference.',
  },
  'cp-review-next': {
    kind: 'deadline', name: 'Child protection review conference', clock: 'working_together', interval: months(6),
    source: { keys: ['T5'], document: WT }, anchor: 'Previous review conference',
    rule: 'Hold later review conferences at intervals of not more than 6 months.',
  },
  'cp-review-pre-birth': {
    kind: 'deadline', name: 'First review after a pre-birth conference', clock: 'local', interval: wd(20),
    source: { keys: ['T21'], document: 'Local child protection procedures (Liverpool)' }, anchor: 'Birth',
    rule: 'After a pre-birth conference, hold the first review within 3 months or within 20 working days of the birth, whichever is sooner.',
  },
  'cla-visit-placement-start': {
    kind: 'deadline', name: 'Visit within 1 week of the placement starting', clock: 'regulation', interval: weeks(1),
    source: reg28('reg 28(2)(a)'), anchor: 'Placement started', rule: 'Visit the child within one week of the start of any placement.',
  },
  'cla-visit-first-year': {
    kind: 'deadline', name: 'Visit (6-weekly in the first year of the placement)', clock: 'regulation', interval: weeks(6),
    source: reg28('reg 28(2)(b)'), anchor: 'Previous visit', rule: 'Visit at intervals of not more than 6 weeks for the first year of any placement.',
  },
  'cla-visit-long-term': {
    kind: 'deadline', name: 'Visit (3-monthly: placement intended to last until 18)', clock: 'regulation', interval: months(3),
    source: reg28('reg 28(2)(c)(i)'), anchor: 'Previous visit',
    rule: 'After the first year, where the placement is intended to last until the child is 18, visit at intervals of not more than 3 months.',
  },
  'cla-visit-after-first-year': {
    kind: 'deadline', name: 'Visit (6-weekly after the first year)', clock: 'regulation', interval: weeks(6),
    source: reg28('reg 28(2)(c)(ii)'), anchor: 'Previous visit', rule: 'After the first year, in any other placement, visit at intervals of not more than 6 weeks.',
  },
  'cla-visit-weekly-until-review': {
    kind: 'deadline', name: 'Weekly visit until the first review', clock: 'regulation', interval: weeks(1),
    source: reg28('reg 28(3)(a) and (4)(a)'), anchor: 'Placement started or previous visit',
    rule: 'Placed with a parent before assessment (reg 19), with a temporarily approved connected person (reg 24) or with a parent under an interim care order: visit at least once a week until the first review.',
  },
  'cla-visit-parent-after-review': {
    kind: 'deadline', name: 'Visit (6-weekly after the first review)', clock: 'regulation', interval: weeks(6),
    source: reg28('reg 28(3)(b)'), anchor: 'Previous visit',
    rule: 'Placed with a parent before assessment (reg 19): after the first review, visit at intervals of not more than 6 weeks.',
  },
  'cla-visit-four-weekly-after-review': {
    kind: 'deadline', name: 'Visit (4-weekly after the first review)', clock: 'regulation', interval: weeks(4),
    source: reg28('reg 28(4)(b)'), anchor: 'Previous visit',
    rule: 'Temporarily approved connected person (reg 24) or interim care order at home: after the first review, visit at intervals of not more than 4 weeks.',
  },
  'cla-visit-care-order-made': {
    kind: 'deadline', name: 'Visit within 1 week of the care order (child at home)', clock: 'regulation', interval: weeks(1),
    source: reg28('reg 28(5)(a)'), anchor: 'Care order made', rule: 'Care order with the child living with a parent: visit within one week of the making of the order.',
  },
  'cla-visit-care-order-at-home': {
    kind: 'deadline', name: 'Visit (6-weekly, care order at home)', clock: 'regulation', interval: weeks(6),
    source: reg28('reg 28(5)(b)'), anchor: 'Previous visit', rule: 'Care order with the child living with a parent: then visit at intervals of not more than 6 weeks.',
  },
  'cla-review-first': {
    kind: 'deadline', name: 'First looked-after review', clock: 'regulation', interval: wd(20),
    source: REG_33,
    anchor: 'Started to be looked after', rule: 'Hold the first review within 20 working days of the child becoming looked after.',
  },
  'cla-review-second': {
    kind: 'deadline', name: 'Second looked-after review', clock: 'regulation', interval: months(3),
    source: REG_33,
    anchor: 'First review', rule: 'Hold the second review within 3 months of the first.',
  },
  'cla-review-next': {
    kind: 'deadline', name: 'Looked-after review', clock: 'regulation', interval: months(6),
    source: REG_33,
    anchor: 'Previous review', rule: 'Hold later reviews at intervals of not more than 6 months.',
  },
  'health-initial': {
    kind: 'deadline', name: 'Initial health assessment', clock: 'regulation', interval: wd(20),
    source: HEALTH,
    anchor: 'Started to be looked after',
    rule: 'Complete the initial health assessment before the first placement or, if that is not practicable, before the first review (due 20 working days after becoming looked after, or earlier if the review is held earlier).',
  },
  'health-review-under-5': {
    kind: 'deadline', name: 'Review health assessment (6-monthly, under 5)', clock: 'regulation', interval: months(6),
    source: HEALTH,
    anchor: 'Previous health assessment', rule: 'Review the child’s health at least every 6 months before their fifth birthday.',
  },
  'health-review-5-and-over': {
    kind: 'deadline', name: 'Review health assessment (annual, 5 and over)', clock: 'regulation', interval: months(12),
    source: HEALTH,
    anchor: 'Previous health assessment', rule: 'Review the child’s health at least once a year from their fifth birthday.',
  },
  'pep-initial': {
    kind: 'deadline', name: 'Personal education plan', clock: 'regulation', interval: wd(10),
    source: { keys: ['T10'], document: 'Statutory guidance on promoting the education of looked-after children, as set out in LA procedures' },
    anchor: 'Started to be looked after',
    rule: 'Start the personal education plan as part of the care plan before placement, or within 10 working days in an emergency, so it is ready for the first review.',
  },
  'return-interview': {
    kind: 'deadline', name: 'Return home interview', clock: 'regulation', interval: { count: 72, unit: 'hours' },
    source: { keys: ['T11', 'I18'], document: 'DfE statutory guidance on children who run away or go missing from home or care (2014)' },
    anchor: 'Returned from a missing episode', rule: 'Offer a return home interview after every missing episode and complete it within 72 hours of the child’s return.',
  },
  'care-proceedings': {
    kind: 'deadline', name: 'Care proceedings concluded (26 weeks)', clock: 'regulation',
    interval: { count: 26, unit: 'weeks', includesAnchorDay: true },
    source: { keys: ['T12'], document: 'Children Act 1989, as amended by the Children and Families Act 2014 s14', provision: 's32(1)(a)' },
    anchor: 'Application issued', rule: 'Dispose of the care or supervision application within 26 weeks beginning with the day it was issued, unless the court extends it.',
  },
  'pathway-plan-review': {
    kind: 'deadline', name: 'Pathway plan review', clock: 'regulation', interval: months(6),
    source: CARE_LEAVERS, anchor: 'Previous pathway plan or review',
    rule: 'Review the pathway plan at least every 6 months, and whenever the young person asks.',
  },
  'pa-visit-after-move': {
    kind: 'deadline', name: 'Personal adviser visit after a move', clock: 'regulation', interval: days(7),
    source: CARE_LEAVERS, anchor: 'Moved to new accommodation',
    rule: 'The personal adviser visits within 7 days of the young person moving in.',
  },
  'pa-contact': {
    kind: 'deadline', name: 'Personal adviser contact (2-monthly)', clock: 'regulation', interval: months(2),
    source: CARE_LEAVERS, anchor: 'Previous personal adviser contact',
    rule: 'The personal adviser sees the young person at least every 2 months.',
  },
  'cin-review-first': {
    kind: 'deadline', name: 'First child in need plan review', clock: 'local', interval: { count: 3, unit: 'months' },
    source: CIN_REVIEWS, anchor: 'Child in need plan started',
    rule: 'Review the child in need plan within 3 months of its start.',
  },
  'cin-review-next': {
    kind: 'deadline', name: 'Child in need plan review', clock: 'local', interval: { count: 3, unit: 'months' },
    source: CIN_REVIEWS, anchor: 'Previous child in need plan review',
    rule: 'Review the child in need plan again at intervals of not more than 3 months while it lasts.',
  },
  'early-help-assessment': {
    kind: 'deadline', name: 'Early help assessment', clock: 'local', interval: wd(10),
    source: EARLY_HELP, anchor: 'Early help episode started',
    rule: 'Complete the early help assessment within 10 working days.',
  },
  'early-help-plan': {
    kind: 'deadline', name: 'Early help plan', clock: 'local', interval: wd(15),
    source: EARLY_HELP, anchor: 'Early help episode started',
    rule: 'Agree the early help plan within 15 working days.',
  },
  'early-help-review-first': {
    kind: 'deadline', name: 'First early help review', clock: 'local', interval: weeks(8),
    source: EARLY_HELP_REVIEWS, anchor: 'Early help plan agreed',
    rule: 'Hold the first review of the early help plan within 8 weeks.',
  },
  'early-help-review-next': {
    kind: 'deadline', name: 'Early help review', clock: 'local', interval: weeks(8),
    source: EARLY_HELP_REVIEWS, anchor: 'Previous early help review',
    rule: 'Hold later early help reviews every 8 weeks.',
  },
  'short-breaks-limit': {
    kind: 'limit', name: 'Short breaks outside full care planning', clock: 'regulation',
    source: { keys: ['T19'], document: CPPCR, provision: 'reg 48' },
    rule: 'A series of short breaks is planned under modified regulations only while no single stay is intended to last more than 17 days and the stays total no more than 75 days in any 12 months.',
  },
} as const satisfies Record<string, DeadlineRule | LimitRule>

export type TimescaleRuleId = keyof typeof TIMESCALE_RULES
export type DeadlineRuleId = {
  [Id in TimescaleRuleId]: (typeof TIMESCALE_RULES)[Id] extends { kind: 'deadline' } ? Id : never
}[TimescaleRuleId]

export function deadlineRule(id: DeadlineRuleId): DeadlineRule {
  return TIMESCALE_RULES[id]
}

/** Age bands the rules use: the PEP applies to children of compulsory school age (approximated as 5 to 15). */
export const HEALTH_REVIEW_ANNUAL_FROM_AGE = 5
export const PEP_AGE_RANGE = { from: 5, below: 16 } as const
