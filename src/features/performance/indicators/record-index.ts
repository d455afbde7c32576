// Lookups over the loaded record that most indicators share: who was looked after, on a plan,
// open to early help on a date; a child's age, ward, placement and worker on a date. Built once
// per record, cached per date, so twelve trend points and every breakdown stay cheap.
import { addDays, addMonths, type IsoDate } from '../../../platform/time/dates.ts'
import { englandAndWalesCalendar } from '../../../platform/time/working-days.ts'
import type { AllocationFacts, CaseRecord, ChildFacts, PlacementFacts, Spell } from '../record/case-record.ts'

/** Short breaks (an agreed series of short-term placements) are not counted as looked after (DfE). */
export const SHORT_BREAK_STATUSES: ReadonlySet<string> = new Set(['V3', 'V4'])
export const TEMPORARY_PLACEMENTS: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4'])

/** Open at the end of `date`: started on or before it, and not ended on or before it. */
export function openOn(spell: { start: IsoDate; end: IsoDate | null }, date: IsoDate): boolean {
  return spell.start <= date && (spell.end === null || spell.end > date)
}

/** Overlaps the days `from`..`to` inclusive. */
export function overlaps(
  spell: { start: IsoDate; end: IsoDate | null },
  from: IsoDate,
  to: IsoDate,
): boolean {
  return spell.start <= to && (spell.end === null || spell.end >= from)
}

export function within(date: IsoDate | null, from: IsoDate, to: IsoDate): date is IsoDate {
  return date !== null && date >= from && date <= to
}

const workingDayMemo = new Map<string, number>()

/** Working days after `from` up to `to`, England and Wales; weekdays only outside the calendar's years. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const key = `${from}|${to}`
  let n = workingDayMemo.get(key)
  if (n === undefined) {
    n = countWorkingDays(from, to)
    if (workingDayMemo.size > 200_000) workingDayMemo.clear()
    workingDayMemo.set(key, n)
  }
  return n
}

function countWorkingDays(from: IsoDate, to: IsoDate): number {
  if (englandAndWalesCalendar.covers(from) && englandAndWalesCalendar.covers(to)) {
    return englandAndWalesCalendar.workingDaysBetween(from, to)
  }
  let n = 0
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const day = new Date(`${d}T00:00:00Z`).getUTCDay()
    if (day !== 0 && day !== 6) n++
  }
  return n
}

const dayNumbers = new Map<string, number>()
/** 'YYYY-MM-DD' as the number yyyymmdd (orders and subtracts like the date), remembered. */
function dayNumber(date: IsoDate): number {
  let n = dayNumbers.get(date)
  if (n === undefined) {
    n = Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))
    if (dayNumbers.size > 100_000) dayNumbers.clear()
    dayNumbers.set(date, n)
  }
  return n
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const row of rows) {
    const k = key(row)
    const list = map.get(k)
    if (list) list.push(row)
    else map.set(k, [row])
  }
  return map
}

export class RecordIndex {
  readonly placementsByChild: Map<number, PlacementFacts[]>
  readonly periodsByChild: Map<number, Spell[]>
  readonly allocationsByChild: Map<number, AllocationFacts[]>
  readonly referralsByChild: Map<number, CaseRecord['referrals']>
  readonly cpPlansByChild: Map<number, Spell[]>
  private readonly shortBreakPeriods: Set<number>
  private readonly claCache = new Map<IsoDate, number[]>()

  constructor(readonly record: CaseRecord) {
    const byStart = <T extends { start: IsoDate; id: number }>(a: T, b: T) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id
    this.placementsByChild = groupBy([...record.placements].sort(byStart), (p) => p.childId)
    this.periodsByChild = groupBy([...record.periods].sort(byStart), (p) => p.childId)
    this.allocationsByChild = groupBy([...record.allocations].sort(byStart), (a) => a.childId)
    this.referralsByChild = groupBy([...record.referrals].sort(byStart), (r) => r.childId)
    this.cpPlansByChild = groupBy([...record.cpPlans].sort(byStart), (p) => p.childId)
    // A period of care made only of short-break legal statuses is not "looked after" for DfE counts.
    const statusesByPeriod = groupBy(record.legalStatuses, (l) => l.periodId)
    this.shortBreakPeriods = new Set(
      [...statusesByPeriod]
        .filter(([, statuses]) => statuses.every((s) => SHORT_BREAK_STATUSES.has(s.code)))
        .map(([id]) => id),
    )
  }

  child(childId: number): ChildFacts | undefined {
    return this.record.children.get(childId)
  }

  /** Age in whole years on a date; null when the child is unborn or has no date of birth. */
  age(childId: number, on: IsoDate): number | null {
    const dob = this.dobNumber(childId)
    const day = dayNumber(on)
    if (dob === null || dob > day) return null
    // Dates as yyyymmdd numbers: whole years are the difference over 10,000, the same result as
    // ageOn (a 29 February birthday counts from 1 March) without building dates or substrings.
    return Math.floor((day - dob) / 10_000)
  }

  private readonly dobNumbers = new Map<number, number | null>()
  private dobNumber(childId: number): number | null {
    let dob = this.dobNumbers.get(childId)
    if (dob === undefined) {
      const date = this.child(childId)?.dateOfBirth
      this.dobNumbers.set(childId, (dob = date ? dayNumber(date) : null))
    }
    return dob
  }

  /** Under 18 on the date: a child who turns 18 on 31 March is not a child on 31 March. */
  isChild(childId: number, on: IsoDate): boolean {
    const age = this.age(childId, on)
    return age !== null && age < 18
  }

  countsAsLookedAfter(period: Spell): boolean {
    return !this.shortBreakPeriods.has(period.id)
  }

  /** Children looked after at the end of the date (short breaks excluded, under 18), each once. */
  lookedAfterOn(date: IsoDate): number[] {
    const cached = this.claCache.get(date)
    if (cached) return cached
    const ids = new Set<number>()
    for (const period of this.record.periods) {
      if (openOn(period, date) && this.countsAsLookedAfter(period) && this.isChild(period.childId, date))
        ids.add(period.childId)
    }
    const result = [...ids].sort((a, b) => a - b)
    this.claCache.set(date, result)
    return result
  }

  /** Looked after at any time in the window (for "during the year" measures). */
  lookedAfterDuring(from: IsoDate, to: IsoDate): number[] {
    const ids = new Set<number>()
    for (const period of this.record.periods) {
      if (overlaps(period, from, to) && this.countsAsLookedAfter(period)) ids.add(period.childId)
    }
    return [...ids].sort((a, b) => a - b)
  }

  currentPeriod(childId: number, date: IsoDate): Spell | undefined {
    return this.periodsByChild.get(childId)?.find((p) => openOn(p, date))
  }

  /** The placement the child is living in at the end of the date (a move on the day shows the new one). */
  placementOn(childId: number, date: IsoDate): PlacementFacts | undefined {
    const list = this.placementsByChild.get(childId)
    if (!list) return undefined
    let found: PlacementFacts | undefined
    for (const p of list) if (openOn(p, date)) found = p
    return found
  }

  onPlanOn(date: IsoDate): Spell[] {
    return this.memo(`onPlan|${date}`, () =>
      this.record.cpPlans.filter((p) => openOn(p, date) && this.isChild(p.childId, date)),
    )
  }

  childrenInNeedOn(date: IsoDate): number[] {
    return this.memo(`cin|${date}`, () => {
      const ids = new Set<number>()
      for (const r of this.record.referrals)
        if (!r.nfa && openOn(r, date) && this.isChild(r.childId, date)) ids.add(r.childId)
      return [...ids].sort((a, b) => a - b)
    })
  }

  earlyHelpOn(date: IsoDate): CaseRecord['earlyHelp'] {
    return this.memo(`eh|${date}`, () =>
      this.record.earlyHelp.filter((e) => openOn(e, date) && this.isChild(e.childId, date)),
    )
  }

  allocationOn(
    childId: number,
    date: IsoDate,
    roles: ReadonlySet<string> = SOCIAL_WORK_ROLES,
  ): AllocationFacts | undefined {
    const list = this.allocationsByChild.get(childId)
    if (!list) return undefined
    let found: AllocationFacts | undefined
    for (const a of list) if (roles.has(a.role) && openOn(a, date)) found = a
    return found
  }

  wardOn(childId: number, date: IsoDate): string | null {
    const homes = this.child(childId)?.homes ?? []
    let ward: string | null = null
    for (const h of homes) if (h.start <= date && (h.end === null || h.end >= date)) ward = h.wardCode
    return ward
  }

  /** The threshold level (1-4) of the latest screening decision on or before the date. */
  levelOfNeed(childId: number, date: IsoDate): number | null {
    const screenings = this.screeningsByChild().get(childId)
    if (!screenings) return null
    let cutoff = this.cutoffs.get(date)
    if (cutoff === undefined)
      this.cutoffs.set(date, (cutoff = new Date(`${addDays(date, 1)}T00:00:00Z`).getTime()))
    // Oldest first (ties in record order), so the latest before the cutoff is the last one found.
    let level: number | null = null
    for (let i = 0; i < screenings.at.length && (screenings.at[i] as number) < cutoff; i++)
      level = screenings.level[i] as number
    return level
  }

  /** The first instant after each date (UTC midnight of the next day), for levelOfNeed. */
  private readonly cutoffs = new Map<IsoDate, number>()
  private readonly groups = new Map<string, Map<number, unknown[]>>()
  private readonly memos = new Map<string, unknown>()

  private readonly childItems = new Map<IsoDate, Map<number, unknown>>()

  /** The shared item for a child on a date (items are never mutated, so indicators can share them). */
  childItemOn<T>(childId: number, on: IsoDate, make: () => T): T {
    let byChild = this.childItems.get(on)
    if (!byChild) this.childItems.set(on, (byChild = new Map()))
    let item = byChild.get(childId) as T | undefined
    if (item === undefined) byChild.set(childId, (item = make()))
    return item
  }

  private readonly shifted = new Map<string, IsoDate>()

  /** addMonths, remembered: the same few thousand dates are shifted again at every trend point. */
  shiftMonths(date: IsoDate, months: number): IsoDate {
    const key = `${date}|${months}`
    let result = this.shifted.get(key)
    if (result === undefined) this.shifted.set(key, (result = addMonths(date, months)))
    return result
  }

  /** A value computed once per record (items shared by indicators are never mutated). */
  memo<T>(key: string, make: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T
    const value = make()
    this.memos.set(key, value)
    return value
  }

  /** Any list of the record grouped by child, built on first use. */
  byChild<K extends ChildListKey>(key: K): Map<number, CaseRecord[K]> {
    let group = this.groups.get(key)
    if (!group) {
      group = groupBy(this.record[key] as Array<{ childId: number }>, (row) => row.childId)
      this.groups.set(key, group)
    }
    return group as unknown as Map<number, CaseRecord[K]>
  }

  private screenings?: Map<number, { at: number[]; level: number[] }>
  private screeningsByChild(): Map<number, { at: number[]; level: number[] }> {
    if (!this.screenings) {
      this.screenings = new Map()
      const grouped = groupBy(this.record.screenings, (s) => s.childId)
      for (const [childId, list] of grouped) {
        // Stable sort by time keeps record order for decisions at the same instant.
        const sorted = list.map((s) => ({ at: s.decidedAt, level: s.level })).sort((a, b) => a.at - b.at)
        this.screenings.set(childId, { at: sorted.map((s) => s.at), level: sorted.map((s) => s.level) })
      }
    }
    return this.screenings
  }
}

type ChildListKey = {
  [K in keyof CaseRecord]: CaseRecord[K] extends Array<{ childId: number }> ? K : never
}[keyof CaseRecord]

export const SOCIAL_WORK_ROLES: ReadonlySet<string> = new Set(['social_worker'])
