import { addRow, removeRows, rowOf, type Fixture } from '../clean-return.ts'
import type { RuleCase } from '../rule-cases.ts'
import type { TableName } from '../../tables.ts'

const set = (f: Fixture, table: TableName, child: string, values: Record<string, string>, n = 0) => Object.assign(rowOf(f.current, table, child, n), values)
const dobOf = (f: Fixture, child: string) => rowOf(f.current, 'Header', child).DOB as string
const oc3 = (f: Fixture, values: Record<string, string>) => set(f, 'OC3', 'C4', values)
const ad1 = (f: Fixture, values: Record<string, string>) => set(f, 'AD1', 'C3', values)
const decision = (f: Fixture, values: Record<string, string>) => set(f, 'PlacedAdoption', 'C3', values)
const c4Episode = (f: Fixture, values: Record<string, string>) =>
  addRow(f.current, 'Episodes', { CHILD: 'C4', DECOM: f.date(-1, 1, 1), RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'K2', PLACE_PROVIDER: 'PR4', ...values })
const careLeaverFor = (f: Fixture, child: string) => addRow(f.current, 'OC3', { CHILD: child, DOB: dobOf(f, child), IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1' })

export const oc3AdoptionCases: RuleCase[] = [
  { code: '131', when: 'IN_TOUCH is not a code', mutate: (f) => oc3(f, { IN_TOUCH: 'Yes' }), expect: { table: 'OC3', child: 'C4' } },
  { code: '132', when: 'ACTIV uses the withdrawn F3', mutate: (f) => oc3(f, { ACTIV: 'F3' }) },
  { code: '133', when: 'ACCOM suitability is 3', mutate: (f) => oc3(f, { ACCOM: 'U3' }) },
  { code: '153', when: 'accommodation is blank while the other items are given', mutate: (f) => oc3(f, { ACCOM: '' }) },
  { code: '344', when: 'a young person who died has an activity', mutate: (f) => oc3(f, { IN_TOUCH: 'DIED' }) },
  { code: '345', when: 'a young person in touch has activity 0', mutate: (f) => oc3(f, { ACTIV: '0' }) },
  {
    code: '347',
    when: 'a care leaver under 18 lives in a foyer',
    mutate: (f) => {
      set(f, 'Header', 'C4', { DOB: f.date(-17, 10, 10) })
      oc3(f, { ACCOM: 'T1' })
    },
  },
  {
    code: '3001',
    when: 'a care leaver around the 17th birthday lives with former foster carers',
    mutate: (f) => {
      set(f, 'Header', 'C4', { DOB: f.date(-17, 10, 10) })
      oc3(f, { ACCOM: 'Z1' })
    },
  },
  { code: '391', when: 'the young person has no 17th to 21st birthday in the year', mutate: (f) => set(f, 'Header', 'C4', { DOB: f.date(-25, 1, 1) }) },
  {
    code: '1000',
    when: 'a child who died in care has care-leaver data',
    mutate: (f) => {
      set(f, 'Episodes', 'C3', { REC: 'E2' }, 2)
      careLeaverFor(f, 'C3')
    },
  },
  {
    code: '1007',
    when: 'a young person looked after on the 18th birthday has care-leaver data',
    mutate: (f) => {
      set(f, 'Header', 'C4', { DOB: f.date(-18, 10, 10) })
      c4Episode(f, {})
    },
  },
  {
    code: '1010',
    when: 'a care leaver was in care at the end of last year but has no episodes this year',
    mutate: (f) => addRow(f.previous, 'Episodes', { CHILD: 'C4', DECOM: f.date(-1, 1, 1), RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'K2', PLACE_PROVIDER: 'PR4' }),
  },
  {
    code: '1011',
    when: 'a child whose care was transferred to another LA has care-leaver data',
    mutate: (f) => {
      set(f, 'Episodes', 'C3', { REC: 'E3' }, 2)
      careLeaverFor(f, 'C3')
    },
  },
  { code: '1012', when: 'a care leaver with no episodes has a review', mutate: (f) => addRow(f.current, 'Reviews', { CHILD: 'C4', DOB: dobOf(f, 'C4'), REVIEW: f.date(0, 5, 1), REVIEW_CODE: 'PN1' }) },
  { code: '1014', when: 'a care leaver with no episodes has UASC data', mutate: (f) => addRow(f.current, 'UASC', { CHILD: 'C4', SEX: 'M', DOB: dobOf(f, 'C4') }) },
  {
    code: '1016',
    when: 'a young person who left care after the 18th birthday has care-leaver data',
    mutate: (f) => {
      set(f, 'Header', 'C4', { DOB: f.date(-18, 10, 10) })
      c4Episode(f, { DEC: f.date(0, 12, 1), REC: 'E8' })
    },
  },
  { code: '348', when: 'a care leaver reported dead last year is not reported dead now', mutate: (f) => addRow(f.previous, 'OC3', { CHILD: 'C4', IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' }) },
  {
    code: '134',
    when: 'a care leaver has adoption data',
    mutate: (f) => addRow(f.current, 'AD1', { CHILD: 'C4', DOB: dobOf(f, 'C4'), DATE_INT: f.date(0, 4, 1) }),
  },
  { code: '112', when: 'DATE_INT is year-first', mutate: (f) => ad1(f, { DATE_INT: '2025/04/20' }), expect: { table: 'AD1', child: 'C3' } },
  { code: '113', when: 'DATE_MATCH is not a date', mutate: (f) => ad1(f, { DATE_MATCH: 'x' }) },
  { code: '114', when: 'FOSTER_CARE is 2', mutate: (f) => ad1(f, { FOSTER_CARE: '2' }) },
  { code: '175', when: 'there are three adopters', mutate: (f) => ad1(f, { NB_ADOPTR: '3' }) },
  { code: '176', when: 'SEX_ADOPTR is not a code', mutate: (f) => ad1(f, { SEX_ADOPTR: 'XY' }) },
  { code: '177', when: 'LS_ADOPTR is not a code', mutate: (f) => ad1(f, { LS_ADOPTR: 'L5' }) },
  { code: '151', when: 'one adoption item is blank', mutate: (f) => ad1(f, { LS_ADOPTR: '' }) },
  { code: '333', when: 'the match is before the decision', mutate: (f) => ad1(f, { DATE_MATCH: f.date(0, 4, 1) }) },
  { code: '331', when: 'the match is after the adoption placement began', mutate: (f) => ad1(f, { DATE_MATCH: f.date(0, 8, 15) }) },
  { code: '334', when: 'the decision is before the period of care began', mutate: (f) => ad1(f, { DATE_INT: f.date(-1, 12, 1) }) },
  { code: '335', when: 'adoption by foster carers from an A6 placement', mutate: (f) => ad1(f, { FOSTER_CARE: '1' }) },
  { code: '511', when: 'two adopters are coded as a single woman', mutate: (f) => ad1(f, { SEX_ADOPTR: 'F1' }) },
  { code: '514', when: 'a single adopter is recorded as two people', mutate: (f) => ad1(f, { LS_ADOPTR: 'L0' }) },
  { code: '517', when: 'an unmarried different-sex couple is coded MM', mutate: (f) => ad1(f, { LS_ADOPTR: 'L3', SEX_ADOPTR: 'MM' }) },
  { code: '518', when: 'an unmarried same-sex couple is coded MF', mutate: (f) => ad1(f, { LS_ADOPTR: 'L4' }) },
  { code: '519', when: 'civil partners are coded as one person', mutate: (f) => ad1(f, { LS_ADOPTR: 'L2', SEX_ADOPTR: 'F1' }) },
  { code: '520', when: 'a married different-sex couple is coded FF', mutate: (f) => ad1(f, { SEX_ADOPTR: 'FF' }) },
  { code: '524', when: 'a married same-sex couple is coded MF', mutate: (f) => ad1(f, { LS_ADOPTR: 'L12' }) },
  { code: '521', when: 'the decision is after the adoption placement began', mutate: (f) => ad1(f, { DATE_INT: f.date(0, 8, 2) }) },
  { code: '523', when: 'DATE_INT differs from DATE_PLACED', mutate: (f) => ad1(f, { DATE_INT: f.date(0, 4, 21) }) },
  { code: '525', when: 'the decision was reversed but the child was adopted', mutate: (f) => decision(f, { DATE_PLACED_CEASED: f.date(0, 10, 1), REASON_PLACED_CEASED: 'RD1' }) },
  { code: '582', when: 'the match is on the day of adoption', mutate: (f) => ad1(f, { DATE_MATCH: f.date(1, 2, 20) }) },
  { code: '601', when: 'an adopted child has no AD1 data', mutate: (f) => removeRows(f.current, 'AD1', () => true), expect: { table: 'Episodes', child: 'C3' } },
  { code: '602', when: 'AD1 data is given for a child who was not adopted', mutate: (f) => set(f, 'Episodes', 'C3', { REC: 'E13' }, 2) },
]
