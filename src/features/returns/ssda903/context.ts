// What every rule reads: the return indexed by child, last year's return when given, the
// collection year's dates, and the derived facts several rules share (looked after at 31 March,
// continuously looked after for 12 months: data-model-notes §16). Built once, memoised.
import { birthday, collectionYear, type IsoDate } from '../../../platform/time/dates.ts'
import { SHORT_BREAKS, includes } from './codes.ts'
import { parse903Date } from './dates.ts'
import type { ReturnData, Row } from './return-data.ts'
import { TABLES, type TableName } from './tables.ts'

export interface RowRef {
  index: number
  row: Row
}

export interface EpisodeRef extends RowRef {
  decom: IsoDate | null
  dec: IsoDate | null
}

const NO_ROWS: readonly Row[] = []
const NO_REFS: readonly RowRef[] = []

/** Each table's place in TABLES: a child's rows are kept in an array rather than by name. */
const TABLE_PLACE = new Map<TableName, number>(TABLES.map((table, place) => [table.name, place]))
const place = (table: TableName): number => TABLE_PLACE.get(table) as number

/**
 * What the index knows about one child, found with one lookup: rules ask about the same child
 * many times over (its rows, episodes, date of birth), and a return holds tens of thousands.
 * A class with every field set up front, so that all children share one shape.
 */
export class ChildFacts {
  /** The child's rows by table (in TABLES order), once that table has been grouped by child. */
  readonly rows: (readonly RowRef[] | undefined)[] = new Array<readonly RowRef[] | undefined>(TABLES.length).fill(undefined)
  dob: IsoDate | null | undefined = undefined
  episodes: EpisodeRef[] | undefined = undefined
  periods: EpisodeRef[][] | undefined = undefined
  lookedAfterAt31March: boolean | undefined = undefined
  lookedAfter12Months: boolean | undefined = undefined
}

export class ReturnIndex {
  private readonly groups = new Map<TableName, Map<string, RowRef[]>>()
  private readonly refLists = new Map<TableName, RowRef[]>()
  private readonly childLists = new Map<TableName, string[]>()
  private readonly facts = new Map<string, ChildFacts>()
  private lastChild: string | null = null
  private lastFacts: ChildFacts | null = null
  private episodeByRow: (EpisodeRef | undefined)[] | null = null
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
      const rows = this.rows(table)
      refs = new Array<RowRef>(rows.length)
      for (let index = 0; index < rows.length; index++) refs[index] = { index, row: rows[index] as Row }
      this.refLists.set(table, refs)
    }
    return refs
  }

  /** Rows of a table grouped by CHILD, in file order (each child's facts get their rows too). */
  byChild(table: TableName): Map<string, RowRef[]> {
    let groups = this.groups.get(table)
    if (!groups) {
      groups = new Map()
      // A child's rows usually come together, so most rows join the list the last one did.
      let last: RowRef[] | undefined
      let lastChild: string | undefined
      const refs = this.refs(table)
      for (let i = 0; i < refs.length; i++) {
        const ref = refs[i] as RowRef
        const child = ref.row.CHILD ?? ''
        if (child === lastChild && last) {
          last.push(ref)
          continue
        }
        last = groups.get(child)
        lastChild = child
        if (last) last.push(ref)
        else groups.set(child, (last = [ref]))
      }
      const at = place(table)
      groups.forEach((rows, child) => void (this.childFacts(child).rows[at] = rows))
      this.groups.set(table, groups)
    }
    return groups
  }

  /** The cached facts about a child (internal to the rule engine: rules use the methods below). */
  childFacts(child: string): ChildFacts {
    if (child === this.lastChild) return this.lastFacts as ChildFacts
    let facts = this.facts.get(child)
    if (!facts) {
      facts = new ChildFacts()
      this.facts.set(child, facts)
    }
    this.lastChild = child
    this.lastFacts = facts
    return facts
  }

  childRows(table: TableName, child: string): readonly RowRef[] {
    const at = place(table)
    const facts = this.childFacts(child)
    let rows = facts.rows[at]
    if (rows === undefined) {
      // Grouping the table gives every child in it their rows; a child not in it has none.
      if (!this.groups.has(table)) this.byChild(table)
      rows = facts.rows[at] ?? NO_REFS
      facts.rows[at] = rows
    }
    return rows
  }

  header(child: string): RowRef | undefined {
    return this.childRows('Header', child)[0]
  }

  dob(child: string): IsoDate | null {
    const facts = this.childFacts(child)
    if (facts.dob === undefined) {
      const header = this.header(child)
      facts.dob = header ? parse903Date(header.row.DOB ?? '') : null
    }
    return facts.dob
  }

  /** The child's episodes by start date; those without a valid start date come last. */
  episodes(child: string): EpisodeRef[] {
    const facts = this.childFacts(child)
    if (!facts.episodes) {
      facts.episodes = this.childRows('Episodes', child)
        .map((ref): EpisodeRef => ({ index: ref.index, row: ref.row, decom: parse903Date(ref.row.DECOM ?? ''), dec: parse903Date(ref.row.DEC ?? '') }))
        .sort((a, b) => (a.decom === b.decom ? a.index - b.index : a.decom === null ? 1 : b.decom === null ? -1 : a.decom < b.decom ? -1 : 1))
    }
    return facts.episodes
  }

  /** Episodes with a valid start date, split into periods of care (a new one at RNE S or after a non-X1 end). */
  periods(child: string): EpisodeRef[][] {
    const facts = this.childFacts(child)
    if (!facts.periods) {
      const periods: EpisodeRef[][] = []
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
      facts.periods = periods
    }
    return facts.periods
  }

  /** Rows of a table grouped by the value of one field: distinct values are few, rows many. */
  valueIndex(table: TableName, field: string): Map<string, RowRef[]> {
    return this.memo(`values:${table}:${field}`, () => {
      const index = new Map<string, RowRef[]>()
      const refs = this.refs(table)
      for (let i = 0; i < refs.length; i++) {
        const ref = refs[i] as RowRef
        const key = ref.row[field] ?? ''
        const list = index.get(key)
        if (list) list.push(ref)
        else index.set(key, [ref])
      }
      return index
    })
  }

  /** Rows whose field holds one of the values, in file order. */
  rowsWith(table: TableName, field: string, values: readonly string[]): readonly RowRef[] {
    return this.memo(`with:${table}:${field}:${values.join('\u0000')}`, () => {
      const index = this.valueIndex(table, field)
      const found = values.flatMap((v) => index.get(v) ?? [])
      return values.length > 1 ? found.sort((a, b) => a.index - b.index) : found
    })
  }

  /** The child's episode for an Episodes row. */
  episodeFor(ref: RowRef): EpisodeRef | undefined {
    if (!this.episodeByRow) {
      const byRow = new Array<EpisodeRef | undefined>(this.rows('Episodes').length)
      for (const child of this.children('Episodes')) for (const episode of this.episodes(child)) byRow[episode.index] = episode
      this.episodeByRow = byRow
    }
    const episode = this.episodeByRow[ref.index]
    return episode !== undefined && episode.row === ref.row ? episode : this.episodes(ref.row.CHILD ?? '').find((e) => e.index === ref.index)
  }

  /** A value derived from the return, computed once however many rules ask for it. */
  memo<T>(key: string, build: () => T): T {
    const known = this.memos.get(key)
    if (known !== undefined || this.memos.has(key)) return known as T
    const built = build()
    this.memos.set(key, built)
    return built
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
    const facts = this.current.childFacts(child)
    facts.lookedAfterAt31March ??= this.current
      .episodes(child)
      .some((e) => e.decom !== null && e.decom <= this.end && e.row.DEC === '' && !includes(SHORT_BREAKS, e.row.LS ?? ''))
    return facts.lookedAfterAt31March
  }

  /**
   * Looked after for at least 12 months at 31 March: the period of care open at 31 March began on
   * or before 1 April of the previous year and has no short-break (V3/V4) episode.
   */
  continuouslyLookedAfter12Months(child: string): boolean {
    const facts = this.current.childFacts(child)
    if (facts.lookedAfter12Months === undefined) {
      const period = this.current.periods(child).at(-1)
      const first = period?.[0]
      const last = period?.at(-1)
      facts.lookedAfter12Months =
        period !== undefined &&
        first?.decom !== null &&
        first?.decom !== undefined &&
        first.decom <= this.start &&
        last?.row.DEC === '' &&
        period.every((e) => !includes(SHORT_BREAKS, e.row.LS ?? ''))
    }
    return facts.lookedAfter12Months
  }

  /** The date a child reaches an age, from the Header date of birth. */
  birthday(child: string, age: number): IsoDate | null {
    const dob = this.current.dob(child)
    return dob ? birthday(dob, age) : null
  }
}
