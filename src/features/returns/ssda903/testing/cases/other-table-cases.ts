import { addRow, removeRows, rowOf, type Fixture } from '../clean-return.ts'
import type { RuleCase } from '../rule-cases.ts'
import type { TableName } from '../../tables.ts'

const set = (f: Fixture, table: TableName, child: string, values: Record<string, string>, n = 0) => Object.assign(rowOf(f.current, table, child, n), values)
const dobOf = (f: Fixture, child: string) => rowOf(f.current, 'Header', child).DOB as string
const missing = (f: Fixture, child: string, values: Record<string, string>) => addRow(f.current, 'Missing', { CHILD: child, DOB: dobOf(f, child), MISSING: 'M', ...values })
const sw = (f: Fixture, values: Record<string, string>) => set(f, 'SWEpisodes', 'C1', values)
const swAgain = (f: Fixture, values: Record<string, string>) => addRow(f.current, 'SWEpisodes', { CHILD: 'C1', DOB: dobOf(f, 'C1'), SW_ID: 'SW2001', ...values })
const dolo = (f: Fixture, values: Record<string, string>) => set(f, 'DoLO', 'C5', values)

export const otherTableCases: RuleCase[] = [
  { code: '631', when: 'PREV_PERM is not a code', mutate: (f) => set(f, 'PrevPerm', 'C2', { PREV_PERM: 'P9' }), expect: { table: 'PrevPerm', child: 'C2' } },
  { code: '633', when: 'LA_PERM is not an LA number', mutate: (f) => set(f, 'PrevPerm', 'C2', { PREV_PERM: 'P2', LA_PERM: '123', DATE_PERM: f.date(-3, 1, 1) }) },
  { code: '632', when: 'DATE_PERM hides the month but not the day', mutate: (f) => set(f, 'PrevPerm', 'C2', { PREV_PERM: 'P2', LA_PERM: '999', DATE_PERM: '05/ZZ/2020' }) },
  { code: '635', when: 'no previous permanence (Z1) but an LA is given', mutate: (f) => set(f, 'PrevPerm', 'C2', { LA_PERM: '999' }) },
  { code: 'SL030', when: 'a special guardianship order is given without LA or date', mutate: (f) => set(f, 'PrevPerm', 'C2', { PREV_PERM: 'P2' }) },
  { code: '630', when: 'a child who started care in the year has no PrevPerm row', mutate: (f) => removeRows(f.current, 'PrevPerm', () => true), expect: { table: 'Episodes', child: 'C2' } },
  {
    code: '634',
    when: 'previous permanence is given for a period of care that began before April 2016',
    mutate: (f) => {
      set(f, 'Episodes', 'C1', { DECOM: '10/01/2015' })
      addRow(f.current, 'PrevPerm', { CHILD: 'C1', DOB: dobOf(f, 'C1'), PREV_PERM: 'P4', LA_PERM: '999', DATE_PERM: 'ZZ/ZZ/ZZZZ' })
    },
  },
  { code: '1004', when: 'MIS_START lacks leading zeros', mutate: (f) => set(f, 'Missing', 'C1', { MIS_START: '5/9/2025' }), expect: { table: 'Missing', child: 'C1' } },
  { code: '1005', when: 'MIS_END is not a date', mutate: (f) => set(f, 'Missing', 'C1', { MIS_END: 'x' }) },
  { code: '1006', when: 'MISSING is not M or A', mutate: (f) => set(f, 'Missing', 'C1', { MISSING: 'X' }) },
  { code: '564', when: 'MIS_START is blank', mutate: (f) => set(f, 'Missing', 'C1', { MIS_START: '' }) },
  { code: '565', when: 'MISSING is blank for a start date', mutate: (f) => set(f, 'Missing', 'C1', { MISSING: '' }) },
  { code: '566', when: 'MISSING is blank for an end date', mutate: (f) => set(f, 'Missing', 'C1', { MISSING: '' }) },
  { code: '567', when: 'a missing period ends before it starts', mutate: (f) => set(f, 'Missing', 'C1', { MIS_END: f.date(0, 9, 1) }) },
  { code: '570', when: 'a missing period starts after 31 March', mutate: (f) => set(f, 'Missing', 'C1', { MIS_START: f.date(1, 4, 2), MIS_END: '' }) },
  { code: '571', when: 'a missing period ends after 31 March', mutate: (f) => set(f, 'Missing', 'C1', { MIS_END: f.date(1, 4, 3) }) },
  { code: '574', when: 'missing periods overlap', mutate: (f) => missing(f, 'C1', { MIS_START: f.date(0, 9, 5), MIS_END: f.date(0, 9, 8) }) },
  { code: '575', when: 'a child is still missing from a placement that has ended', mutate: (f) => missing(f, 'C2', { MIS_START: f.date(0, 7, 1) }) },
  { code: '576', when: "last year's open missing period is not in this year's return", mutate: (f) => addRow(f.previous, 'Missing', { CHILD: 'C1', MISSING: 'M', MIS_START: f.date(-1, 3, 20) }) },
  { code: '577', when: 'a child left care while still missing', mutate: (f) => missing(f, 'C3', { MIS_START: f.date(0, 10, 1) }) },
  { code: '578', when: 'a missing period starts after the child left care', mutate: (f) => missing(f, 'C3', { MIS_START: f.date(1, 3, 1), MIS_END: f.date(1, 3, 2) }) },
  { code: '580', when: 'a child missing when care ended has a reason other than E8', mutate: (f) => missing(f, 'C3', { MIS_START: f.date(1, 2, 1) }), expect: { table: 'Episodes', child: 'C3' } },
  { code: '581', when: 'a missing period starts before the child was looked after', mutate: (f) => missing(f, 'C2', { MIS_START: f.date(0, 4, 10), MIS_END: f.date(0, 4, 11) }) },
  { code: '586', when: 'a missing period starts before the child was born', mutate: (f) => set(f, 'Missing', 'C1', { MIS_START: f.date(-11, 1, 1) }) },
  { code: 'SW02STG1', when: 'SW_ID does not start SW or XX', mutate: (f) => sw(f, { SW_ID: 'AB1001' }), expect: { table: 'SWEpisodes', child: 'C1' } },
  { code: 'SW02STG1', when: 'from 2025/26, SW_ID is shorter than four characters', mutate: (f) => sw(f, { SW_ID: 'SW1' }) },
  { code: 'SW03STG1', year: 2024, when: 'SW_ID is blank', mutate: (f) => sw(f, { SW_ID: '' }) },
  { code: 'SW01aSTG1', when: 'SW_DECOM is blank', mutate: (f) => sw(f, { SW_DECOM: '' }) },
  { code: 'SW01bSTG1', when: 'a social worker episode since April 2023 has no reason', mutate: (f) => set(f, 'SWEpisodes', 'C2', { SW_REASON: '' }) },
  { code: 'SW04STG1', when: 'SW_DECOM is not a date', mutate: (f) => sw(f, { SW_DECOM: 'x' }) },
  { code: 'SW05STG1', when: 'SW_DEC is not a real date', mutate: (f) => sw(f, { SW_DEC: '31/02/2026' }) },
  { code: 'SW06STG2', when: 'a social worker episode starts after 31 March', mutate: (f) => sw(f, { SW_DECOM: f.date(1, 4, 2) }) },
  { code: 'SW07STG2', when: 'a social worker episode ends after 31 March', mutate: (f) => sw(f, { SW_DEC: f.date(1, 4, 2) }) },
  { code: 'SW09STG2', when: 'a social worker episode lasts under a day', mutate: (f) => set(f, 'SWEpisodes', 'C2', { SW_DEC: f.date(0, 5, 1) }) },
  { code: 'SW13STG1', when: 'SW_REASON is not a code', mutate: (f) => sw(f, { SW_REASON: 'BADREA' }) },
  { code: 'SW15STG2', when: 'the reason for change is missing', mutate: (f) => set(f, 'SWEpisodes', 'C2', { SW_REASON: '' }) },
  { code: 'SW18STG2', when: 'a social worker episode ends before it starts', mutate: (f) => set(f, 'SWEpisodes', 'C2', { SW_DEC: f.date(0, 4, 20) }) },
  { code: 'SW01STG1', when: 'a child looked after at 31 March has no social worker episodes', mutate: (f) => removeRows(f.current, 'SWEpisodes', (r) => r.CHILD === 'C1'), expect: { table: 'Episodes', child: 'C1' } },
  { code: 'SW08STG2', when: 'a new social worker episode starts while the last is open', mutate: (f) => swAgain(f, { SW_DECOM: f.date(0, 6, 1), SW_REASON: 'MANAGE' }) },
  {
    code: 'SW10STG2',
    year: 2025,
    when: 'a new social worker episode starts before the last ended',
    mutate: (f) => {
      sw(f, { SW_DEC: f.date(0, 7, 1) })
      swAgain(f, { SW_DECOM: f.date(0, 6, 1), SW_REASON: 'MANAGE' })
    },
  },
  {
    code: 'SW10aSTG2',
    when: 'a new social worker episode starts a month after the last ended',
    mutate: (f) => {
      sw(f, { SW_DEC: f.date(0, 6, 1) })
      swAgain(f, { SW_DECOM: f.date(0, 7, 1), SW_REASON: 'MANAGE' })
    },
  },
  {
    code: 'SW10bSTG2',
    when: 'a first-contact episode starts before the last ended',
    mutate: (f) => {
      sw(f, { SW_DEC: f.date(0, 7, 1) })
      swAgain(f, { SW_DECOM: f.date(0, 6, 1), SW_REASON: 'FCONTA' })
    },
  },
  { code: 'SW19STG2', when: 'two social worker episodes start on one day', mutate: (f) => swAgain(f, { SW_DECOM: f.date(-1, 2, 1), SW_REASON: 'MANAGE' }) },
  { code: 'SW11STG2', year: 2025, when: 'the last social worker episode of a child in care ended before 31 March', mutate: (f) => sw(f, { SW_DEC: f.date(0, 12, 1) }) },
  { code: 'SW17STG2', when: 'no social worker episode is open at 31 March', mutate: (f) => sw(f, { SW_DEC: f.date(0, 12, 1) }) },
  { code: 'SW12STG2', when: 'social worker episodes do not cover the whole year', mutate: (f) => sw(f, { SW_DECOM: f.date(0, 6, 1) }) },
  { code: 'SW16aSTG2', year: 2025, when: "the first social worker differs from last year's open episode", mutate: (f) => Object.assign(rowOf(f.previous, 'SWEpisodes', 'C1'), { SW_ID: 'SW9999' }) },
  { code: 'SW16bSTG2', when: "the first social worker episode starts on another day than last year's open one", mutate: (f) => Object.assign(rowOf(f.previous, 'SWEpisodes', 'C1'), { SW_DECOM: f.date(-1, 2, 2) }) },
  { code: 'SW16cSTG2', year: 2025, when: "the reason differs from last year's open episode", mutate: (f) => Object.assign(rowOf(f.previous, 'SWEpisodes', 'C1'), { SW_REASON: 'MANAGE' }) },
  { code: '700', year: 2027, when: 'DOLO_START is blank', mutate: (f) => dolo(f, { DOLO_START: '' }), expect: { table: 'DoLO', child: 'C5' } },
  { code: '701', year: 2027, when: 'DOLO_END is not a date', mutate: (f) => dolo(f, { DOLO_END: 'x' }) },
  { code: '702', year: 2027, when: 'an order ends before it starts', mutate: (f) => dolo(f, { DOLO_END: f.date(0, 5, 1) }) },
  { code: '703', year: 2027, when: 'an order starts after 31 March', mutate: (f) => dolo(f, { DOLO_START: f.date(1, 4, 2), DOLO_END: '' }) },
  { code: '704', year: 2027, when: 'an order ends after 31 March', mutate: (f) => dolo(f, { DOLO_END: f.date(1, 4, 2) }) },
  { code: '705', year: 2027, when: 'orders overlap', mutate: (f) => addRow(f.current, 'DoLO', { CHILD: 'C5', DOB: dobOf(f, 'C5'), DOLO_START: f.date(0, 8, 1), DOLO_END: f.date(0, 10, 1) }) },
  { code: '706', year: 2027, when: "last year's open order is not in this year's return", mutate: (f) => addRow(f.previous, 'DoLO', { CHILD: 'C5', DOLO_START: f.date(-1, 12, 1) }) },
  { code: '707', year: 2027, when: 'a child left care with an order still open', mutate: (f) => addRow(f.current, 'DoLO', { CHILD: 'C3', DOB: dobOf(f, 'C3'), DOLO_START: f.date(0, 9, 1) }) },
  { code: '708', year: 2027, when: 'an order starts before the child was born', mutate: (f) => dolo(f, { DOLO_START: f.date(-16, 1, 1) }) },
  { code: '709', year: 2027, when: 'a child under an order is in foster care', mutate: (f) => set(f, 'Episodes', 'C5', { PLACE: 'U4' }) },
  { code: '710', year: 2027, when: 'a child under an order is in a secure children’s home', mutate: (f) => set(f, 'Episodes', 'C5', { PLACE: 'K1' }), expect: { table: 'Episodes', child: 'C5' } },
  { code: 'SL010', when: 'a child has two Header rows', mutate: (f) => addRow(f.current, 'Header', { ...rowOf(f.current, 'Header', 'C1') }), expect: { table: 'Header', child: 'C1' } },
  { code: 'SL011', when: 'a review is for a child not in the Header', mutate: (f) => addRow(f.current, 'Reviews', { CHILD: 'C9', DOB: '01/01/2015', REVIEW: f.date(0, 5, 1), REVIEW_CODE: 'PN1' }) },
  { code: 'SL012', when: 'a review has a different date of birth from the Header', mutate: (f) => set(f, 'Reviews', 'C1', { DOB: '01/01/2014' }) },
  { code: 'SL013', when: 'the UASC table gives a different sex from the Header', mutate: (f) => set(f, 'UASC', 'C5', { SEX: 'F' }) },
  { code: 'SL014', when: 'a missing period is listed twice', mutate: (f) => addRow(f.current, 'Missing', { ...rowOf(f.current, 'Missing', 'C1') }) },
  { code: 'SL015', when: 'a review has no CHILD', mutate: (f) => set(f, 'Reviews', 'C1', { CHILD: '' }) },
  { code: 'SL016', when: 'a Header child has no episodes and no care-leaver data', mutate: (f) => addRow(f.current, 'Header', { CHILD: 'C9', SEX: 'M', DOB: '01/01/2015', ETHNIC: 'WBRI', UPN: 'UN3' }) },
]
