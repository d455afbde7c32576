import { addRow, removeRows, rowOf, type Fixture } from '../clean-return.ts'
import type { RuleCase } from '../rule-cases.ts'
import type { TableName } from '../../tables.ts'

const set = (f: Fixture, table: TableName, child: string, values: Record<string, string>, n = 0) => Object.assign(rowOf(f.current, table, child, n), values)
const dobOf = (f: Fixture, child: string) => rowOf(f.current, 'Header', child).DOB as string

export const childTableCases: RuleCase[] = [
  { code: '166', when: 'a review date is in ISO form', mutate: (f) => set(f, 'Reviews', 'C1', { REVIEW: '2025-07-10' }), expect: { table: 'Reviews', child: 'C1' } },
  { code: '167', when: 'participation is blank', mutate: (f) => set(f, 'Reviews', 'C1', { REVIEW_CODE: '' }) },
  { code: '440', when: 'a child of 10 is coded as under 4', mutate: (f) => set(f, 'Reviews', 'C1', { REVIEW_CODE: 'PN0' }) },
  { code: '441', when: 'a child of 2 is coded as speaking for herself', mutate: (f) => set(f, 'Reviews', 'C3', { REVIEW_CODE: 'PN1' }) },
  { code: 'SL020', when: 'a review was held before the year', mutate: (f) => set(f, 'Reviews', 'C1', { REVIEW: f.date(-1, 7, 10) }) },
  { code: '104', when: 'DUC is not a real date', mutate: (f) => set(f, 'UASC', 'C5', { DUC: '01/13/2020' }) },
  { code: '304', when: 'UASC status ceased after the 18th birthday', mutate: (f) => set(f, 'UASC', 'C5', { DUC: f.date(4, 1, 1) }) },
  { code: '205A', when: 'a child still UASC at the end of last year has no UASC row', mutate: (f) => removeRows(f.current, 'UASC', () => true), expect: { table: 'Header', child: 'C5' } },
  { code: '205B', when: 'DUC differs from last year', mutate: (f) => Object.assign(rowOf(f.previous, 'UASC', 'C5'), { DUC: f.date(3, 1, 2) }) },
  { code: '205D', when: 'a child in last year’s return without UASC data is UASC now', mutate: (f) => removeRows(f.previous, 'UASC', () => true) },
  { code: '180', when: 'the SDQ score is over 40', mutate: (f) => set(f, 'OC2', 'C1', { SDQ_SCORE: '41' }) },
  { code: '196', when: 'the SDQ reason is not a code', mutate: (f) => set(f, 'OC2', 'C1', { SDQ_SCORE: '', SDQ_REASON: 'SDQ9' }) },
  { code: '181', when: 'an OC2 item is Y rather than 1', mutate: (f) => set(f, 'OC2', 'C1', { IMMUNISATIONS: 'Y' }) },
  { code: '182', when: 'the teeth check is blank while other items are given', mutate: (f) => set(f, 'OC2', 'C1', { TEETH_CHECK: '' }) },
  { code: '191', when: 'a child in the OC2 cohort has no health assessment value', mutate: (f) => set(f, 'OC2', 'C1', { HEALTH_ASSESSMENT: '' }) },
  { code: '185', when: 'a child new to care has an SDQ score', mutate: (f) => addRow(f.current, 'OC2', { CHILD: 'C2', DOB: dobOf(f, 'C2'), SDQ_SCORE: '5' }) },
  { code: '198', when: 'a child new to care has an SDQ reason', mutate: (f) => addRow(f.current, 'OC2', { CHILD: 'C2', DOB: dobOf(f, 'C2'), SDQ_REASON: 'SDQ2' }) },
  { code: '190', when: 'a child new to care has OC2 items', mutate: (f) => addRow(f.current, 'OC2', { CHILD: 'C2', DOB: dobOf(f, 'C2'), IMMUNISATIONS: '1' }) },
  { code: '186', when: 'a child of 10 in the OC2 cohort has no SDQ score or reason', mutate: (f) => set(f, 'OC2', 'C1', { SDQ_SCORE: '' }) },
  { code: '188', when: 'a child under 4 has an SDQ reason', mutate: (f) => addRow(f.current, 'OC2', { CHILD: 'C3', DOB: dobOf(f, 'C3'), SDQ_REASON: 'SDQ1' }) },
  { code: '189', when: 'a young person of 17 at the start of the year has an SDQ score', mutate: (f) => set(f, 'Header', 'C5', { DOB: f.date(-18, 1, 1) }) },
  { code: '197A', when: 'both an SDQ score and a reason are given', mutate: (f) => set(f, 'OC2', 'C1', { SDQ_REASON: 'SDQ2' }) },
  {
    code: '197B',
    when: 'a young person turning 17 in the year has neither SDQ score nor reason',
    mutate: (f) => {
      set(f, 'Header', 'C5', { DOB: f.date(-16, 1, 1) })
      set(f, 'OC2', 'C5', { SDQ_SCORE: '' })
    },
  },
  { code: '157', when: 'a child of 10 has reason SDQ1 (outside the age range)', mutate: (f) => set(f, 'OC2', 'C1', { SDQ_SCORE: '', SDQ_REASON: 'SDQ1' }) },
  { code: '192', when: 'substance misuse is recorded without the intervention received', mutate: (f) => set(f, 'OC2', 'C5', { INTERVENTION_RECEIVED: '' }) },
  { code: '193', when: 'an intervention is recorded without substance misuse', mutate: (f) => set(f, 'OC2', 'C1', { INTERVENTION_OFFERED: '1' }) },
  { code: '158', when: 'an intervention was received and offered is also completed', mutate: (f) => set(f, 'OC2', 'C5', { INTERVENTION_RECEIVED: '1' }) },
  { code: '159', when: 'no intervention was received and offered is blank', mutate: (f) => set(f, 'OC2', 'C5', { INTERVENTION_OFFERED: '' }) },
  { code: '542', when: 'a child under 10 has conviction information', mutate: (f) => set(f, 'Header', 'C1', { DOB: f.date(-8, 1, 1) }) },
  { code: '543', when: 'a child of 10 in the OC2 cohort has no conviction information', mutate: (f) => set(f, 'OC2', 'C1', { CONVICTED: '' }) },
  { code: '544', when: 'conviction information is given without immunisations', mutate: (f) => set(f, 'OC2', 'C1', { IMMUNISATIONS: '' }) },
  { code: '545', when: 'a child under 5 in the OC2 cohort has no health check value', mutate: (f) => set(f, 'Header', 'C1', { DOB: f.date(-3, 1, 1) }) },
  { code: '546', when: 'a child of 10 has a health check value', mutate: (f) => set(f, 'OC2', 'C1', { HEALTH_CHECK: '1' }) },
  { code: '547', when: 'a health check is given without a teeth check', mutate: (f) => set(f, 'OC2', 'C1', { HEALTH_CHECK: '1', TEETH_CHECK: '' }) },
  {
    code: '187',
    when: 'a child in the OC2 cohort also has care-leaver data',
    mutate: (f) => addRow(f.current, 'OC3', { CHILD: 'C1', DOB: dobOf(f, 'C1'), IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1' }),
    expect: { table: 'OC3', child: 'C1' },
  },
  {
    code: '215',
    when: 'a care leaver also has OC2 items',
    mutate: (f) => addRow(f.current, 'OC3', { CHILD: 'C5', DOB: dobOf(f, 'C5'), IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1' }),
    expect: { table: 'OC2', child: 'C5' },
  },
]
