// What every rule reads: the return indexed by child, last year's return when given, the
// collection year's dates, and the derived facts several rules share (looked after at 31 March,
// continuously looked after for 12 months: data-model-notes §16). Built once, memoised.
import { birthday, collectionYear, type IsoDate } from '../../../platform/time/dates.ts'
import { SHORT_BREAKS, includes } from './codes.ts'
import { parse903Date } from './dates.ts'
import type { ReturnData, Row } from './return-data.ts'
import type { TableName } from './tables.ts'

export interface RowRef {
  index: number
  row: Row
}

export interface EpisodeRef extends RowRef {
  decom: IsoDate | null
  dec: IsoDate | null
}

const NO_ROWS: readonly Row[] = []

export class ReturnIndex {
  private readonly groups = new Map<TableName, Map<string, RowRef[]>>()
  private readonly refLists = new Map<TableName, RowRef[]>()
  private readonly childLists = new Map<TableName, string[]>()
  private readonly episodeLists = new Map<string, EpisodeRef[]>()
  private readonly periodLists = new Map<string, EpisodeRef[][]>()
  private readonly dobs = new Map<string, IsoDate | null>()
  private dated: [EpisodeRef, string][] | null = null
  private pairs: [EpisodeRef, EpisodeRef, string][] | null = null
  private readonly memos = new Map<string, unknown>()

  constructor(readonly data: ReturnData) {}

  has(table: TableName): boolean {
    return this.data[table] !== undefined
  }

  rows(table: TableName): readonly Row[] {
    return this.data[table]?.rows ?? NO_ROWS
  }

  /** Each row with its index; built once per table and shared by every rule. */
  refs(table: TableName): readonly RowRef[] {
    let refs = this.refLists.get(table)
    if (!refs) {
      refs = this.rows(table).map((row, index) => ({ index, row }))
      this.refLists.set(table, refs)
    }
    return refs
  }

  /** Rows of a table grouped by CHILD, in file order. */
  byChild(table: TableName): Map<string, RowRef[]> {
    let groups = this.groups.get(table)
    if (!groups) {
      groups = new Map()
      for (const ref of this.refs(table)) {
        const child = ref.row.CHILD ?? ''
        const list = groups.get(child)
        if (list) list.push(ref)
        else groups.set(child, [ref])
      }
      this.groups.set(table, groups)
    }
    return groups
  }

  childRows(table: TableName, child: string): readonly RowRef[] {
    return this.byChild(table).get(child) ?? []
  }

  header(child: string): RowRef | undefined {
    return this.childRows('Header', child)[0]
  }

  dob(child: string): IsoDate | null {
    let dob = this.dobs.get(child)
    if (dob === undefined) {
      const header = this.header(child)
      dob = header ? parse903Date(header.row.DOB ?? '') : null
      this.dobs.set(child, dob)
    }
    return dob
  }

  /** The child's episodes by start date; those without a valid start date come last. */
  episodes(child: string): EpisodeRef[] {
    let list = this.episodeLists.get(child)
    if (!list) {
      list = this.childRows('Episodes', child)
        .map((ref) => ({ ...ref, decom: parse903Date(ref.row.DECOM ?? ''), dec: parse903Date(ref.row.DEC ?? '') }))
        .sort((a, b) => (a.decom === b.decom ? a.index - b.index : a.decom === null ? 1 : b.decom === null ? -1 : a.decom < b.decom ? -1 : 1))
      this.episodeLists.set(child, list)
    }
    return list
  }

  /** Episodes with a valid start date, split into periods of care (a new one at RNE S or after a non-X1 end). */
  periods(child: string): EpisodeRef[][] {
    let periods = this.periodLists.get(child)
    if (!periods) {
      periods = []
      let current: EpisodeRef[] = []
      for (const episode of this.episodes(child)) {
        if (episode.decom === null) continue
        const previous = current.at(-1)
        const startsNew = previous !== undefined && (episode.row.RNE === 'S' || (previous.row.REC !== '' && previous.row.REC !== 'X1'))
        if (startsNew) {
          periods.push(current)
          current = []
        }
        current.push(episode)
      }
      if (current.length > 0) periods.push(current)
      this.periodLists.set(child, periods)
    }
    return periods
  }

  /** Rows of a table grouped by the value of one field: distinct values are few, rows many. */
  valueIndex(table: TableName, field: string): Map<string, RowRef[]> {
    return this.memo(`values:${table}:${field}`, () => {
      const index = new Map<string, RowRef[]>()
      for (const ref of this.refs(table)) {
        const key = ref.row[field] ?? ''
        const list = index.get(key)
        if (list) list.push(ref)
        else index.set(key, [ref])
      }
      return index
    })
  }

  /** Rows whose field holds one of the values, in file order. */
  rowsWith(table: TableName, field: string, values: readonly string[]): RowRef[] {
    const index = this.valueIndex(table, field)
    const found = values.flatMap((v) => index.get(v) ?? [])
    return values.length > 1 ? found.sort((a, b) => a.index - b.index) : found
  }

  /** The child's episode for an Episodes row. */
  episodeFor(ref: RowRef): EpisodeRef | undefined {
    return this.episodes(ref.row.CHILD ?? '').find((e) => e.index === ref.index)
  }

  /** A value derived from the return, computed once however many rules ask for it. */
  memo<T>(key: string, build: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, build())
    return this.memos.get(key) as T
  }

  /** Children with at least one row in the table. */
  children(table: TableName): readonly string[] {
    let children = this.childLists.get(table)
    if (!children) {
      children = [...this.byChild(table).keys()]
      this.childLists.set(table, children)
    }
    return children
  }

  /** Every child's episodes with a valid start date, child by child, in date order. */
  datedEpisodes(): readonly [EpisodeRef, string][] {
    this.dated ??= this.children('Episodes').flatMap((child) =>
      this.episodes(child)
        .filter((e) => e.decom !== null)
        .map((e): [EpisodeRef, string] => [e, child]),
    )
    return this.dated
  }

  /** Consecutive pairs of each child's episodes with a valid start date. */
  episodePairs(): readonly [EpisodeRef, EpisodeRef, string][] {
    if (!this.pairs) {
      const pairs: [EpisodeRef, EpisodeRef, string][] = []
      const dated = this.datedEpisodes()
      for (let i = 1; i < dated.length; i++) {
        const [previous, child] = dated[i - 1] as [EpisodeRef, string]
        const [current, sameChild] = dated[i] as [EpisodeRef, string]
        if (child === sameChild) pairs.push([previous, current, child])
      }
      this.pairs = pairs
    }
    return this.pairs
  }
}

export class RuleContext {
  readonly start: IsoDate
  readonly end: IsoDate
  readonly current: ReturnIndex
  readonly previous: ReturnIndex | null
  private readonly cla31March = new Map<string, boolean>()
  private readonly cla12Months = new Map<string, boolean>()

  constructor(
    readonly year: number,
    data: ReturnData,
    previous?: ReturnData,
  ) {
    const { start, end } = collectionYear(year)
    this.start = start
    this.end = end
    this.current = new ReturnIndex(data)
    this.previous = previous ? new ReturnIndex(previous) : null
  }

  /** Open episode at 31 March, not a short break (V3/V4): DfE's CLA_AT_31_MARCH. */
  lookedAfterAt31March(child: string): boolean {
    let value = this.cla31March.get(child)
    if (value === undefined) {
      value = this.current
        .episodes(child)
        .some((e) => e.decom !== null && e.decom <= this.end && e.row.DEC === '' && !includes(SHORT_BREAKS, e.row.LS ?? ''))
      this.cla31March.set(child, value)
    }
    return value
  }

  /**
   * Looked after for at least 12 months at 31 March: the period of care open at 31 March began on
   * or before 1 April of the previous year and has no short-break (V3/V4) episode.
   */
  continuouslyLookedAfter12Months(child: string): boolean {
    let value = this.cla12Months.get(child)
    if (value === undefined) {
      const period = this.current.periods(child).at(-1)
      const first = period?.[0]
      const last = period?.at(-1)
      value =
        period !== undefined &&
        first?.decom !== null &&
        first?.decom !== undefined &&
        first.decom <= this.start &&
        last?.row.DEC === '' &&
        period.every((e) => !includes(SHORT_BREAKS, e.row.LS ?? ''))
      this.cla12Months.set(child, value)
    }
    return value
  }

  /** The date a child reaches an age, from the Header date of birth. */
  birthday(child: string, age: number): IsoDate | null {
    const dob = this.current.dob(child)
    return dob ? birthday(dob, age) : null
  }
}
