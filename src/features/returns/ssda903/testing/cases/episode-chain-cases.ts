import { addRow, removeRows, rowOf, type Fixture } from '../clean-return.ts'
import type { RuleCase } from '../rule-cases.ts'

const set = (f: Fixture, child: string, n: number, values: Record<string, string>) => Object.assign(rowOf(f.current, 'Episodes', child, n), values)
const setBefore = (f: Fixture, child: string, values: Record<string, string>) => Object.assign(rowOf(f.previous, 'Episodes', child), values)
const header = (f: Fixture, child: string, values: Record<string, string>) => Object.assign(rowOf(f.current, 'Header', child), values)

export const episodeChainCases: RuleCase[] = [
  { code: '142', when: 'an episode is followed by another but has no end date', mutate: (f) => set(f, 'C2', 0, { DEC: '', REC: '' }), expect: { table: 'Episodes', child: 'C2' } },
  { code: '501', when: 'an episode starts before the previous one ends', mutate: (f) => set(f, 'C2', 1, { DECOM: f.date(0, 6, 10) }) },
  { code: '357', when: "a child's first episode in the year is not RNE S", mutate: (f) => set(f, 'C2', 0, { RNE: 'P' }) },
  { code: '388', when: 'an episode ends X1 with nothing following', mutate: (f) => set(f, 'C2', 2, { DEC: f.date(0, 12, 1), REC: 'X1' }) },
  { code: '431', when: 'RNE S starts on the day the previous episode ended', mutate: (f) => set(f, 'C2', 1, { RNE: 'S' }) },
  { code: '432', when: 'the period of care ended but the next episode is not RNE S', mutate: (f) => set(f, 'C2', 0, { REC: 'E13' }) },
  { code: '433', when: 'a continuation episode starts days after the previous one ended', mutate: (f) => set(f, 'C2', 1, { DECOM: f.date(0, 6, 25) }) },
  { code: '434', when: 'RNE L but the legal status did not change', mutate: (f) => set(f, 'C2', 1, { LS: 'V2' }) },
  { code: '435', when: 'RNE P but the legal status changed too', mutate: (f) => set(f, 'C2', 2, { LS: 'C2' }) },
  { code: '436', when: 'RNE B but the legal status did not change', mutate: (f) => set(f, 'C2', 2, { RNE: 'B' }) },
  { code: '437', when: 'an episode ending with death is followed by another', mutate: (f) => set(f, 'C2', 0, { REC: 'E2' }) },
  { code: '504', when: 'the category of need changes within a period of care', mutate: (f) => set(f, 'C2', 2, { CIN: 'N5' }) },
  { code: '302', when: 'the first episode starts before the child was born', mutate: (f) => set(f, 'C2', 0, { DECOM: f.date(-9, 1, 1) }) },
  { code: '352', when: 'a young person aged 18 or over starts to be looked after', mutate: (f) => header(f, 'C2', { DOB: f.date(-20, 1, 1) }) },
  { code: '502', when: "last year's open episode started on another day", mutate: (f) => setBefore(f, 'C1', { DECOM: f.date(-2, 1, 11) }) },
  { code: '503A', when: "RNE differs from last year's open episode", mutate: (f) => setBefore(f, 'C1', { RNE: 'P' }) },
  { code: '503B', when: "LS differs from last year's open episode", mutate: (f) => setBefore(f, 'C1', { LS: 'C1' }) },
  { code: '503C', when: "CIN differs from last year's open episode", mutate: (f) => setBefore(f, 'C1', { CIN: 'N2' }) },
  { code: '503D', when: "PLACE differs from last year's open episode", mutate: (f) => setBefore(f, 'C1', { PLACE: 'U6' }) },
  { code: '503E', when: "PLACE_PROVIDER differs from last year's open episode", mutate: (f) => setBefore(f, 'C1', { PLACE_PROVIDER: 'PR2' }) },
  { code: '503F', when: "URN differs from last year's open episode", mutate: (f) => setBefore(f, 'C1', { URN: 'SC999999' }) },
  { code: '562', when: "an episode from before the year is not in last year's return", mutate: (f) => setBefore(f, 'C3', { DECOM: f.date(-1, 12, 13) }) },
  { code: 'NoE', when: 'a child in care before the year has no episodes last year', mutate: (f) => removeRows(f.previous, 'Episodes', (row) => row.CHILD === 'C1') },
  { code: '358', when: 'a child under 10 is on remand', mutate: (f) => set(f, 'C2', 2, { LS: 'J1' }) },
  {
    code: '359',
    when: 'a young person of 18 is looked after outside a community home',
    mutate: (f) => {
      header(f, 'C5', { DOB: f.date(-19, 1, 1) })
      set(f, 'C5', 0, { PLACE: 'U6' })
    },
  },
  { code: '361', when: 'police protection lasts more than 72 hours', mutate: (f) => set(f, 'C2', 0, { LS: 'L1' }) },
  { code: '362', when: 'an emergency protection order lasts more than 21 days', mutate: (f) => set(f, 'C2', 0, { LS: 'L2' }) },
  { code: '363', when: 'a child assessment order lasts more than 7 days', mutate: (f) => set(f, 'C2', 0, { LS: 'L3' }) },
  { code: '364', when: 'PACE accommodation lasts more than 21 days', mutate: (f) => set(f, 'C2', 0, { LS: 'J2' }) },
  { code: '365', when: 'a short break lasts more than 17 days', mutate: (f) => set(f, 'C5', 0, { LS: 'V3' }) },
  { code: '366', when: 'a short break is not a new start', mutate: (f) => set(f, 'C2', 1, { LS: 'V3' }) },
  {
    code: '367',
    when: 'short breaks add up to more than 75 days in the year',
    mutate: (f) => {
      for (const month of [4, 6, 8, 10, 12]) {
        addRow(f.current, 'Episodes', { CHILD: 'C4', DECOM: f.date(0, month, 1), RNE: 'S', LS: 'V3', CIN: 'N2', PLACE: 'U6', PLACE_PROVIDER: 'PR1', DEC: f.date(0, month, 17), REC: 'E13' })
      }
    },
  },
  { code: '378', when: 'a child placed with parents is accommodated under section 20', mutate: (f) => set(f, 'C1', 0, { PLACE: 'P1', LS: 'V2' }) },
  { code: '382', when: 'a short break is in a temporary placement', mutate: (f) => set(f, 'C1', 0, { LS: 'V3', PLACE: 'T1' }) },
  { code: '384', when: 'a short break is in long-term fostering', mutate: (f) => set(f, 'C1', 0, { LS: 'V4' }) },
  { code: '408', when: 'an adoption placement with a placement order has no placement order', mutate: (f) => set(f, 'C3', 2, { LS: 'C2' }) },
  {
    code: '426',
    when: 'a child has both V3 and V4 episodes',
    mutate: (f) => {
      set(f, 'C2', 0, { LS: 'V3' })
      set(f, 'C2', 1, { LS: 'V4' })
    },
  },
  { code: '445', when: 'a freeing order starts after 2005', mutate: (f) => set(f, 'C1', 0, { LS: 'D1' }) },
  { code: '446', when: 'a placement order starts before December 2005', mutate: (f) => set(f, 'C1', 0, { LS: 'E1', DECOM: '01/01/2004' }) },
  { code: '451', when: 'a freeing order is still open', mutate: (f) => set(f, 'C1', 0, { LS: 'D1' }) },
]
