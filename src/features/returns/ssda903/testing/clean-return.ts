// A small 903 return that passes every rule, for any collection year 2024–2027, and last year's
// return to go with it. Rule tests change one thing in it and expect exactly that rule to object.
// Five children: C1 long-stay girl (OC2), C2 boy who came into care in the year and moved
// placement (PrevPerm), C3 girl adopted in the year (AD1, PlacedAdoption), C4 care leaver (OC3
// only), C5 unaccompanied asylum-seeking boy (UASC, OC2, and a DoLO from 2026/27).
import type { ReturnData } from '../return-data.ts'
import { columnsOf, type TableName } from '../tables.ts'

export type MutableRow = Record<string, string>
export type MutableReturn = Partial<Record<TableName, { rows: MutableRow[] }>>

export interface Fixture {
  year: number
  current: MutableReturn
  previous: MutableReturn
  /** A date in the collection year's terms: offset 0 is the calendar year the collection starts in. */
  date(yearOffset: number, month: number, day: number): string
}

export function cleanReturn(year: number): Fixture {
  const p = year - 1
  const date = (offset: number, month: number, day: number) => `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${p + offset}`
  const male = year <= 2024 ? '1' : 'M'
  const female = year <= 2024 ? '2' : 'F'
  const dob = { C1: date(-10, 6, 15), C2: date(-8, 8, 20), C3: date(-2, 3, 3), C4: date(-19, 10, 10), C5: date(-15, 1, 1) }

  const current: MutableReturn = {}
  const add = (target: MutableReturn, table: TableName, values: MutableRow) => addRow(target, table, values)
  const header = (target: MutableReturn, sexFor: (s: 'M' | 'F') => string) => {
    add(target, 'Header', { CHILD: 'C1', SEX: sexFor('F'), DOB: dob.C1, ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: '0' })
    add(target, 'Header', { CHILD: 'C3', SEX: sexFor('F'), DOB: dob.C3, ETHNIC: 'WBRI', UPN: 'UN1', MOTHER: '0' })
    add(target, 'Header', { CHILD: 'C5', SEX: sexFor('M'), DOB: dob.C5, ETHNIC: 'OOTH', UPN: 'UN2' })
  }
  const sex = (s: 'M' | 'F') => (s === 'M' ? male : female)
  header(current, sex)
  add(current, 'Header', { CHILD: 'C2', SEX: male, DOB: dob.C2, ETHNIC: 'MWBC', UPN: 'B234567890123' })
  add(current, 'Header', { CHILD: 'C4', SEX: male, DOB: dob.C4, ETHNIC: 'BAFR', UPN: 'C345678901234' })

  const c1Open = { CHILD: 'C1', DECOM: date(-2, 1, 10), RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', HOME_POST: 'TS1 1AA', PL_POST: 'TS5 6BB', URN: 'SC123456' }
  const c3First = { CHILD: 'C3', DECOM: date(-1, 12, 12), RNE: 'S', LS: 'C1', CIN: 'N1', PLACE: 'U6', PLACE_PROVIDER: 'PR1', HOME_POST: 'TS6 6FF', PL_POST: 'TS7 7GG', URN: 'SC444444' }
  const c5Open = { CHILD: 'C5', DECOM: date(-1, 2, 15), RNE: 'S', LS: 'V2', CIN: 'N8', PLACE: 'K2', PLACE_PROVIDER: 'PR4', PL_POST: 'LS1 1JJ', URN: 'SC666666' }
  const c2 = { CHILD: 'C2', CIN: 'N4', PLACE_PROVIDER: 'PR1', HOME_POST: 'TS3 3CC', PL_POST: 'TS4 4DD', URN: 'SC222222', PLACE: 'U6' }
  add(current, 'Episodes', c1Open)
  add(current, 'Episodes', { ...c2, DECOM: date(0, 5, 1), RNE: 'S', LS: 'V2', DEC: date(0, 6, 20), REC: 'X1' })
  add(current, 'Episodes', { ...c2, DECOM: date(0, 6, 20), RNE: 'L', LS: 'C1', DEC: date(0, 9, 15), REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' })
  add(current, 'Episodes', { ...c2, DECOM: date(0, 9, 15), RNE: 'P', LS: 'C1', PLACE: 'U4', PLACE_PROVIDER: 'PR4', PL_POST: 'DL1 1EE', URN: 'SC333333' })
  add(current, 'Episodes', { ...c3First, DEC: date(0, 5, 5), REC: 'X1' })
  add(current, 'Episodes', { ...c3First, DECOM: date(0, 5, 5), RNE: 'L', LS: 'E1', DEC: date(0, 8, 1), REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' })
  add(current, 'Episodes', { ...c3First, DECOM: date(0, 8, 1), RNE: 'P', LS: 'E1', PLACE: 'A6', PL_POST: 'NE1 1HH', URN: 'SC555555', DEC: date(1, 2, 20), REC: 'E11' })
  add(current, 'Episodes', c5Open)

  for (const [child, review, code] of [
    ['C1', date(0, 7, 10), 'PN1'],
    ['C1', date(1, 1, 10), 'PN1'],
    ['C2', date(0, 5, 25), 'PN1'],
    ['C2', date(0, 8, 20), 'PN1'],
    ['C3', date(0, 6, 10), 'PN0'],
    ['C5', date(0, 6, 1), 'PN2'],
  ] as const) {
    add(current, 'Reviews', { CHILD: child, DOB: dob[child], REVIEW: review, REVIEW_CODE: code })
  }
  const uasc = { CHILD: 'C5', SEX: male, DOB: dob.C5, DUC: date(3, 1, 1) }
  add(current, 'UASC', uasc)
  const oc2 = { CONVICTED: '0', IMMUNISATIONS: '1', HEALTH_ASSESSMENT: '1' }
  add(current, 'OC2', { CHILD: 'C1', DOB: dob.C1, SDQ_SCORE: '14', ...oc2, TEETH_CHECK: '1', SUBSTANCE_MISUSE: '0' })
  add(current, 'OC2', { CHILD: 'C5', DOB: dob.C5, SDQ_SCORE: '20', ...oc2, TEETH_CHECK: '0', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' })
  add(current, 'OC3', { CHILD: 'C4', DOB: dob.C4, IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'U1' })
  add(current, 'AD1', {
    CHILD: 'C3',
    DOB: dob.C3,
    DATE_INT: date(0, 4, 20),
    DATE_MATCH: date(0, 7, 15),
    FOSTER_CARE: '0',
    NB_ADOPTR: '2',
    SEX_ADOPTR: 'MF',
    LS_ADOPTR: 'L11',
  })
  add(current, 'PlacedAdoption', { CHILD: 'C3', DOB: dob.C3, DATE_PLACED: date(0, 4, 20) })
  add(current, 'PrevPerm', { CHILD: 'C2', DOB: dob.C2, PREV_PERM: 'Z1' })
  add(current, 'Missing', { CHILD: 'C1', DOB: dob.C1, MISSING: 'A', MIS_START: date(0, 9, 5), MIS_END: date(0, 9, 6) })
  add(current, 'Missing', { CHILD: 'C5', DOB: dob.C5, MISSING: 'M', MIS_START: date(0, 11, 10), MIS_END: date(0, 11, 12) })
  const sw = (target: MutableReturn, child: 'C1' | 'C2' | 'C3' | 'C5', id: string, start: string) =>
    add(target, 'SWEpisodes', { CHILD: child, DOB: dob[child], SW_ID: id, SW_DECOM: start, SW_REASON: 'FCONTA' })
  sw(current, 'C1', 'SW1001', date(-1, 2, 1))
  sw(current, 'C2', 'SW1002', date(0, 5, 1))
  sw(current, 'C3', 'SW1003', date(-1, 12, 12))
  sw(current, 'C5', 'SW1005', date(-1, 2, 15))
  if (year >= 2027) add(current, 'DoLO', { CHILD: 'C5', DOB: dob.C5, DOLO_START: date(0, 6, 1), DOLO_END: date(0, 9, 1) })

  // Last year's return: the three children already in care, each with the episode still open.
  const previous: MutableReturn = {}
  header(previous, (s) => (year - 1 <= 2024 ? (s === 'M' ? '1' : '2') : s))
  add(previous, 'Episodes', c1Open)
  add(previous, 'Episodes', c3First)
  add(previous, 'Episodes', c5Open)
  add(previous, 'UASC', { ...uasc, SEX: year - 1 <= 2024 ? '1' : 'M' })
  sw(previous, 'C1', 'SW1001', date(-1, 2, 1))
  sw(previous, 'C3', 'SW1003', date(-1, 12, 12))
  sw(previous, 'C5', 'SW1005', date(-1, 2, 15))

  return { year, current, previous, date }
}

/** Adds a row with every column of the table, blank unless given. */
export function addRow(target: MutableReturn, table: TableName, values: MutableRow): MutableRow {
  const row: MutableRow = {}
  for (const column of columnsOf(table)) row[column] = values[column] ?? ''
  const data = (target[table] ??= { rows: [] })
  data.rows.push(row)
  return row
}

/** The n-th row (0-based) of a child in a table; fails loudly when there is none. */
export function rowOf(target: MutableReturn, table: TableName, child: string, n = 0): MutableRow {
  const row = (target[table]?.rows ?? []).filter((r) => r.CHILD === child)[n]
  if (!row) throw new Error(`Fixture has no ${table} row ${n} for ${child}`)
  return row
}

export function removeRows(target: MutableReturn, table: TableName, test: (row: MutableRow) => boolean): void {
  const data = target[table]
  if (data) data.rows = data.rows.filter((row) => !test(row))
}

export const asReturnData = (target: MutableReturn): ReturnData => target
