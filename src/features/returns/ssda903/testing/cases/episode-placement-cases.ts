import { rowOf, type Fixture } from '../clean-return.ts'
import type { RuleCase } from '../rule-cases.ts'

const set = (f: Fixture, child: string, n: number, values: Record<string, string>) => Object.assign(rowOf(f.current, 'Episodes', child, n), values)
const header = (f: Fixture, child: string, values: Record<string, string>) => Object.assign(rowOf(f.current, 'Header', child), values)

export const episodePlacementCases: RuleCase[] = [
  { code: '370', year: 2025, when: 'a child of 8 is in independent living', mutate: (f) => set(f, 'C2', 2, { PLACE: 'P2' }), expect: { table: 'Episodes', child: 'C2' } },
  { code: '371', when: 'a child of 8 is in supported accommodation (K3)', mutate: (f) => set(f, 'C2', 2, { PLACE: 'K3' }) },
  { code: '371', year: 2024, when: 'a child of 8 is in semi-independent living (H5) in 2023/24', mutate: (f) => set(f, 'C2', 2, { PLACE: 'H5' }) },
  { code: '372', when: 'a child of 8 is in a young offender institution', mutate: (f) => set(f, 'C2', 2, { PLACE: 'R5' }) },
  { code: '373', when: 'a child under 4 is in a residential school', mutate: (f) => set(f, 'C3', 0, { PLACE: 'S1' }) },
  { code: '374', when: 'a child of 8 is in residential employment', mutate: (f) => set(f, 'C2', 2, { PLACE: 'P3' }) },
  { code: '375', when: 'a hospital stay lasts more than six weeks', mutate: (f) => set(f, 'C1', 0, { PLACE: 'T1' }) },
  { code: '376', when: "cover for a foster carer's holiday lasts more than three weeks", mutate: (f) => set(f, 'C1', 0, { PLACE: 'T3' }) },
  { code: '379', when: 'a T4 placement lasts more than seven days', mutate: (f) => set(f, 'C1', 0, { PLACE: 'T4' }) },
  {
    code: '377',
    when: 'there are three T3 placements within twelve months',
    mutate: (f) => [0, 1, 2].forEach((n) => set(f, 'C2', n, { PLACE: 'T3' })),
  },
  { code: '380', when: 'a period of care starts in a temporary placement', mutate: (f) => set(f, 'C2', 0, { PLACE: 'T0' }) },
  { code: '381', when: 'a period of care ends in a temporary placement', mutate: (f) => set(f, 'C3', 2, { PLACE: 'T2' }) },
  { code: '383', when: 'after a temporary placement the child moves somewhere new', mutate: (f) => set(f, 'C2', 1, { PLACE: 'T1' }) },
  {
    code: '383',
    when: 'from 2025/26, the return from a temporary placement is to another postcode',
    mutate: (f) => {
      set(f, 'C2', 1, { PLACE: 'T1' })
      set(f, 'C2', 2, { PLACE: 'U6', PLACE_PROVIDER: 'PR1', URN: 'SC222222' })
    },
  },
  {
    code: '336',
    when: "an adoption placement with the child's foster carer follows a children's home",
    mutate: (f) => {
      set(f, 'C2', 1, { PLACE: 'K2' })
      set(f, 'C2', 2, { PLACE: 'A3' })
    },
  },
  { code: '217', when: 'a placement for adoption with current foster carers is RNE P', mutate: (f) => set(f, 'C2', 2, { PLACE: 'A3' }) },
  { code: '225', when: 'a change of placement has no reason', mutate: (f) => set(f, 'C2', 1, { REASON_PLACE_CHANGE: '' }) },
  { code: '226', year: 2025, when: 'a reason for placement change is given on the way into a temporary placement', mutate: (f) => set(f, 'C2', 2, { PLACE: 'T1' }) },
  { code: '226', when: 'from 2025/26, a reason is given around a temporary placement', mutate: (f) => set(f, 'C2', 2, { PLACE: 'T1' }) },
  { code: '233', when: 'an open episode has a reason for placement change', mutate: (f) => set(f, 'C1', 0, { REASON_PLACE_CHANGE: 'CARPL' }) },
  { code: '234', when: 'a child of 8 moves placement into custody', mutate: (f) => set(f, 'C2', 1, { REASON_PLACE_CHANGE: 'CUSTOD' }) },
  { code: '386', when: 'a young person is adopted at 18 or over', mutate: (f) => header(f, 'C3', { DOB: f.date(-20, 1, 1) }) },
  { code: '387', when: 'a child of 3 moves to independent living', mutate: (f) => set(f, 'C3', 2, { REC: 'E5' }) },
  { code: '389', when: 'a child of 3 transfers to adult social care', mutate: (f) => set(f, 'C3', 2, { REC: 'E7' }) },
  {
    code: '407',
    when: 'a young person leaves care on a special guardianship order at 18 or over',
    mutate: (f) => {
      header(f, 'C3', { DOB: f.date(-20, 1, 1) })
      set(f, 'C3', 2, { REC: 'E47' })
    },
  },
  { code: '460', when: 'a child under 18 stays put with carers', mutate: (f) => set(f, 'C3', 2, { REC: 'E17' }) },
  { code: '390', when: 'a child is adopted from a foster placement', mutate: (f) => set(f, 'C3', 2, { PLACE: 'U6' }) },
  { code: '516', when: 'a special guardianship order to former foster carers ends an adoption placement', mutate: (f) => set(f, 'C3', 2, { REC: 'E45' }) },
]
