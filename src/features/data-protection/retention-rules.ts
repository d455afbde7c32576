// How long each kind of record about a child is kept, as declared data. Statutory minimums are
// cited; where the law sets none, the rule is the council's own schedule and says so, so it
// can be checked against that schedule and changed here in one place.
import { addYears, birthday, type IsoDate } from '../../platform/time/dates.ts'

export const RECORD_TYPES = ['adoption', 'looked_after', 'care_leaver', 'child_protection', 'child_in_need', 'early_help', 'contact'] as const
export type RecordType = (typeof RECORD_TYPES)[number]

/** What the rules need to know about one child. Dates are the latest of their kind. */
export interface RetentionFacts {
  dateOfBirth: IsoDate
  dateOfDeath: IsoDate | null
  adoptionOrderDate: IsoDate | null
  lookedAfter: boolean
  careLeaver: boolean
  childProtection: boolean
  childInNeed: boolean
  earlyHelp: boolean
  lastContactDate: IsoDate | null
}

export interface RetentionRule {
  type: RecordType
  label: string
  keptUntil: string
  basis: string
  /** The date the record may be reviewed for destruction, or null when the child has no such record. */
  until(facts: RetentionFacts): IsoDate | null
}

/** A looked-after child's case record: to the 75th birthday, or 15 years from death if they died before 18. */
function lookedAfterUntil(facts: RetentionFacts): IsoDate {
  if (facts.dateOfDeath && facts.dateOfDeath < birthday(facts.dateOfBirth, 18)) return addYears(facts.dateOfDeath, 15)
  return birthday(facts.dateOfBirth, 75)
}

export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    type: 'adoption',
    label: 'Adoption case record',
    keptUntil: '100 years from the adoption order',
    basis: 'Adoption Agencies Regulations 2005, regulation 41',
    until: (facts) => (facts.adoptionOrderDate ? addYears(facts.adoptionOrderDate, 100) : null),
  },
  {
    type: 'looked_after',
    label: 'Looked-after child’s case record',
    keptUntil: '75th birthday (15 years from death if the child died before 18)',
    basis: 'Care Planning, Placement and Case Review (England) Regulations 2010, regulation 50',
    until: (facts) => (facts.lookedAfter ? lookedAfterUntil(facts) : null),
  },
  {
    type: 'care_leaver',
    label: 'Care leaver’s pathway record',
    keptUntil: '75th birthday, as part of the looked-after case record',
    basis: 'Care Planning, Placement and Case Review (England) Regulations 2010, regulation 50',
    until: (facts) => (facts.careLeaver ? lookedAfterUntil(facts) : null),
  },
  {
    type: 'child_protection',
    label: 'Child protection record',
    keptUntil: '26th birthday',
    basis: 'Council retention schedule (no statutory period); check against your own schedule',
    until: (facts) => (facts.childProtection ? birthday(facts.dateOfBirth, 26) : null),
  },
  {
    type: 'child_in_need',
    label: 'Child in need record (referral, assessment, plan)',
    keptUntil: '25th birthday',
    basis: 'Council retention schedule (no statutory period); check against your own schedule',
    until: (facts) => (facts.childInNeed ? birthday(facts.dateOfBirth, 25) : null),
  },
  {
    type: 'early_help',
    label: 'Early help record',
    keptUntil: '25th birthday',
    basis: 'Council retention schedule (no statutory period); check against your own schedule',
    until: (facts) => (facts.earlyHelp ? birthday(facts.dateOfBirth, 25) : null),
  },
  {
    type: 'contact',
    label: 'Contact to the front door',
    keptUntil: '6 years from the last contact',
    basis: 'Council retention schedule (no statutory period); check against your own schedule',
    until: (facts) => (facts.lastContactDate ? addYears(facts.lastContactDate, 6) : null),
  },
]

export interface RetentionDate {
  type: RecordType
  label: string
  until: IsoDate
}

/** Every record type the child has, with the date it is kept until. */
export function retentionDates(facts: RetentionFacts): RetentionDate[] {
  return RETENTION_RULES.flatMap((rule) => {
    const until = rule.until(facts)
    return until ? [{ type: rule.type, label: rule.label, until }] : []
  })
}
