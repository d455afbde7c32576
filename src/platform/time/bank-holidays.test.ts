// The bank-holiday list is checked two independent ways: against dates copied from GOV.UK for
// particular years, and against the statutory pattern recomputed here from scratch (Easter by the
// Gregorian computus) plus the one-off proclamations. A typo in the data fails both.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { BANK_HOLIDAYS, BANK_HOLIDAYS_FIRST_YEAR, BANK_HOLIDAYS_LAST_YEAR } from './bank-holidays.ts'
import { addDays, weekday, type IsoDate } from './dates.ts'

const datesIn = (year: number): IsoDate[] =>
  BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`)).map((h) => h.date)

const nameOf = (date: IsoDate): string | undefined => BANK_HOLIDAYS.find((h) => h.date === date)?.name

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): IsoDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const firstMonday = (year: number, month: string): IsoDate => {
  let date = `${year}-${month}-01`
  while (weekday(date) !== 1) date = addDays(date, 1)
  return date
}

const lastMonday = (year: number, month: string, lastDay: number): IsoDate => {
  let date = `${year}-${month}-${lastDay}`
  while (weekday(date) !== 1) date = addDays(date, -1)
  return date
}

/** Banking and Financial Dealings Act 1971 Sch. 1, with substitute days, before any proclamation. */
function statutoryPattern(year: number): IsoDate[] {
  const newYear = `${year}-01-01`
  const newYearObserved =
    weekday(newYear) === 6 ? addDays(newYear, 2) : weekday(newYear) === 7 ? addDays(newYear, 1) : newYear
  const easter = easterSunday(year)
  const christmas = `${year}-12-25`
  // Christmas on Saturday: Mon 27 and Tue 28. On Sunday: Boxing Day Mon 26, substitute Tue 27.
  // On Friday: Boxing Day (Saturday) moves to Monday 28.
  const christmasDays: Record<number, [IsoDate, IsoDate]> = {
    5: [christmas, `${year}-12-28`],
    6: [`${year}-12-27`, `${year}-12-28`],
    7: [`${year}-12-26`, `${year}-12-27`],
  }
  return [
    newYearObserved,
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, '05'),
    lastMonday(year, '05', 31),
    lastMonday(year, '08', 31),
    ...(christmasDays[weekday(christmas)] ?? [christmas, `${year}-12-26`]),
  ].sort()
}

// One-off changes by proclamation: [moved or removed, added].
const ONE_OFF_CHANGES: Record<number, { remove: IsoDate[]; add: IsoDate[] }> = {
  2020: { remove: ['2020-05-04'], add: ['2020-05-08'] },
  2022: { remove: ['2022-05-30'], add: ['2022-06-02', '2022-06-03', '2022-09-19'] },
  2023: { remove: [], add: ['2023-05-08'] },
}

test('every year from 2015 to 2030 matches the statutory pattern plus the one-off proclamations', () => {
  for (let year = BANK_HOLIDAYS_FIRST_YEAR; year <= BANK_HOLIDAYS_LAST_YEAR; year += 1) {
    const change = ONE_OFF_CHANGES[year] ?? { remove: [], add: [] }
    const expected = [
      ...statutoryPattern(year).filter((d) => !change.remove.includes(d)),
      ...change.add,
    ].sort()
    assert.deepEqual(datesIn(year), expected, `bank holidays for ${year}`)
  }
})

test('the list covers exactly 2015 to 2030, in date order, with no date twice', () => {
  assert.equal(BANK_HOLIDAYS_FIRST_YEAR, 2015)
  assert.equal(BANK_HOLIDAYS_LAST_YEAR, 2030)
  const dates = BANK_HOLIDAYS.map((h) => h.date)
  assert.deepEqual(dates, [...dates].sort())
  assert.equal(new Set(dates).size, dates.length)
  assert.equal(dates[0], '2015-01-01')
  assert.equal(dates.at(-1), '2030-12-26')
})

test('no bank holiday falls on a Saturday or Sunday', () => {
  const weekend = BANK_HOLIDAYS.filter((h) => weekday(h.date) > 5)
  assert.deepEqual(weekend, [])
})

test('Good Friday and Easter Monday fall on the GOV.UK dates for 2016 to 2030', () => {
  const easterWeekends: Array<[goodFriday: IsoDate, easterMonday: IsoDate]> = [
    ['2016-03-25', '2016-03-28'],
    ['2017-04-14', '2017-04-17'],
    ['2018-03-30', '2018-04-02'],
    ['2019-04-19', '2019-04-22'],
    ['2020-04-10', '2020-04-13'],
    ['2021-04-02', '2021-04-05'],
    ['2022-04-15', '2022-04-18'],
    ['2023-04-07', '2023-04-10'],
    ['2024-03-29', '2024-04-01'],
    ['2025-04-18', '2025-04-21'],
    ['2026-04-03', '2026-04-06'],
    ['2027-03-26', '2027-03-29'],
    ['2028-04-14', '2028-04-17'],
    ['2029-03-30', '2029-04-02'],
    ['2030-04-19', '2030-04-22'],
  ]
  for (const [goodFriday, easterMonday] of easterWeekends) {
    assert.equal(nameOf(goodFriday), 'Good Friday', goodFriday)
    assert.equal(nameOf(easterMonday), 'Easter Monday', easterMonday)
  }
})

test('2020 moved the early May bank holiday to Friday 8 May for VE day', () => {
  assert.deepEqual(datesIn(2020), [
    '2020-01-01',
    '2020-04-10',
    '2020-04-13',
    '2020-05-08',
    '2020-05-25',
    '2020-08-31',
    '2020-12-25',
    '2020-12-28',
  ])
})

test('2021 had substitute days on 27 and 28 December, and 2022 began with a substitute on 3 January', () => {
  assert.deepEqual(datesIn(2021), [
    '2021-01-01',
    '2021-04-02',
    '2021-04-05',
    '2021-05-03',
    '2021-05-31',
    '2021-08-30',
    '2021-12-27',
    '2021-12-28',
  ])
  assert.equal(nameOf('2022-01-03'), 'New Year’s Day (substitute day)')
  assert.equal(nameOf('2022-01-01'), undefined)
})

test('2022 had the Platinum Jubilee on 2 and 3 June and the State Funeral on 19 September, ten in all', () => {
  assert.deepEqual(datesIn(2022), [
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-06-02',
    '2022-06-03',
    '2022-08-29',
    '2022-09-19',
    '2022-12-26',
    '2022-12-27',
  ])
  assert.equal(nameOf('2022-05-30'), undefined)
})

test('2023 added Monday 8 May for the coronation, nine in all', () => {
  assert.deepEqual(datesIn(2023), [
    '2023-01-02',
    '2023-04-07',
    '2023-04-10',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-28',
    '2023-12-25',
    '2023-12-26',
  ])
})

test('2024 to 2027 match the dates GOV.UK publishes', () => {
  assert.deepEqual(datesIn(2024), [
    '2024-01-01',
    '2024-03-29',
    '2024-04-01',
    '2024-05-06',
    '2024-05-27',
    '2024-08-26',
    '2024-12-25',
    '2024-12-26',
  ])
  assert.deepEqual(datesIn(2025), [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ])
  assert.deepEqual(datesIn(2026), [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ])
  assert.deepEqual(datesIn(2027), [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ])
})

test('Boxing Day moves to Monday 28 December when Christmas Day is a Friday (2015, 2020, 2026)', () => {
  for (const year of [2015, 2020, 2026]) {
    assert.equal(nameOf(`${year}-12-25`), 'Christmas Day')
    assert.equal(nameOf(`${year}-12-28`), 'Boxing Day (substitute day)')
  }
})

test('Christmas on a Sunday gives Boxing Day on the Monday and a substitute Christmas Day on the Tuesday (2016, 2022)', () => {
  for (const year of [2016, 2022]) {
    assert.equal(nameOf(`${year}-12-26`), 'Boxing Day')
    assert.equal(nameOf(`${year}-12-27`), 'Christmas Day (substitute day)')
  }
})
