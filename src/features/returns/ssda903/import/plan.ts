// Turns several years of 903 tables into one history per child: the inverse of the export. Years
// are read oldest first and a later year's row replaces an earlier year's row about the same fact
// (the same episode start, review date, missing start, adoption decision; the same child's header,
// UASC and outcome rows). Episodes become periods of care made of legal status and placement
// spells: a period starts with RNE S, continues through episodes that end X1 and finishes with the
// reason its last episode ceased. Pure: no database, every problem names its file and row.
import { birthday, collectionYear, type IsoDate } from '../../../../platform/time/dates.ts'
import { SHORT_BREAKS, UPN_UNKNOWN } from '../codes.ts'
import type { TableName } from '../tables.ts'
import type { Problems } from './import-error.ts'
import type { ParsedRow, YearFolder } from './read-folder.ts'

/** Where a fact came from, for messages. */
export interface Source {
  file: string
  row: number
  year: number
}

export interface LegalSpell {
  code: string
  start: IsoDate
  end: IsoDate | null
}

export interface PlacementSpellPlan {
  type: string
  provider: string
  postcode: string | null
  urn: string | null
  start: IsoDate
  end: IsoDate | null
  changeReason: string | null
}

export interface PeriodPlan {
  start: IsoDate
  end: IsoDate | null
  reasonCeased: string | null
  categoryOfNeed: string
  /** The first episode imported is not the period's first (RNE other than S): it began earlier. */
  continues: boolean
  /** The end of the latest collection year that reported the period: the import knows nothing after it. */
  knownUntil: IsoDate
  legalStatuses: LegalSpell[]
  placements: PlacementSpellPlan[]
  source: Source
}

export interface HeaderPlan {
  sex: 'M' | 'F' | 'U' | null
  dateOfBirth: IsoDate
  ethnicity: string | null
  upn: string | null
  upnUnknownReason: string | null
  /** Date of birth of a mother's first child (MC_DOB). */
  firstChildDob: IsoDate | null
  source: Source
}

export interface AdoptionPlan {
  decisionDate: IsoDate
  /** From AD1: the adoption that ended a period of care in this year. */
  adopted: {
    year: number
    matched: IsoDate | null
    fosterCarer: boolean
    count: number | null
    sex: string | null
    legalStatus: string | null
  } | null
  reversed: { date: IsoDate | null; reason: string | null } | null
  source: Source
}

export interface Oc2Plan {
  year: number
  values: Readonly<Record<string, string>>
  source: Source
}

export interface Oc3Plan {
  year: number
  contactDate: IsoDate
  inTouch: string
  activity: string | null
  accommodation: string | null
  suitable: boolean | null
  source: Source
}

export interface PrevPermPlan {
  year: number
  code: string
  arrangingLa: string | null
  orderMonth: IsoDate | null
  dayKnown: boolean
  source: Source
}

export interface ChildPlan {
  /** The 903 CHILD identifier, kept as the child's legacy id. */
  key: string
  header: HeaderPlan
  periods: PeriodPlan[]
  homes: { postcode: string; start: IsoDate; end: IsoDate | null }[]
  reviews: { date: IsoDate; participation: string | null; source: Source }[]
  missing: { kind: string; start: IsoDate; end: IsoDate | null; source: Source }[]
  uasc: { ceased: IsoDate | null; source: Source } | null
  oc2: Oc2Plan[]
  oc3: Oc3Plan[]
  adoptions: AdoptionPlan[]
  previousPermanence: PrevPermPlan[]
}

export interface ImportPlan {
  years: number[]
  /** In CHILD order (numbers by value), so a fresh database numbers them the same way each time. */
  children: ChildPlan[]
  /** Rows read but not imported (tables with nowhere to go in the record), per table. */
  skipped: Partial<Record<TableName, number>>
}

interface Fact {
  values: Readonly<Record<string, string>>
  source: Source
}

const blank = (value: string | undefined): string | null =>
  value === undefined || value === '' ? null : value

export function planImport(folders: readonly YearFolder[], problems: Problems): ImportPlan {
  const ordered = [...folders].sort((a, b) => a.year - b.year)
  /** table → child → key → latest fact */
  const facts = new Map<TableName, Map<string, Map<string, Fact>>>()
  const skipped: ImportPlan['skipped'] = {}
  for (const folder of ordered) {
    const inHeader = new Set((folder.tables.Header?.rows ?? []).map((r) => r.values.CHILD as string))
    for (const [name, table] of Object.entries(folder.tables) as [
      TableName,
      NonNullable<YearFolder['tables'][TableName]>,
    ][]) {
      if (name === 'SWEpisodes' || name === 'DoLO') {
        if (table.rows.length > 0) skipped[name] = (skipped[name] ?? 0) + table.rows.length
        continue
      }
      for (const row of table.rows) {
        const child = row.values.CHILD as string
        if (name !== 'Header' && !inHeader.has(child)) {
          problems.add(table.file, row.row, 'CHILD', `Child ${child} is not in this year's Header file.`)
          continue
        }
        record(facts, name, child, factKey(name, row, folder.year), {
          values: row.values,
          source: { file: table.file, row: row.row, year: folder.year },
        })
      }
    }
  }
  const byTable = (name: TableName, child: string) => [...(facts.get(name)?.get(child)?.values() ?? [])]
  const keys = [...(facts.get('Header')?.keys() ?? [])].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  )
  const children = keys.map((key) => {
    const [header] = byTable('Header', key) as [Fact]
    const episodes = byTable('Episodes', key).sort((a, b) =>
      compare(a.values.DECOM as string, b.values.DECOM as string),
    )
    const periods = planPeriods(episodes, problems)
    return {
      key,
      header: planHeader(header),
      periods,
      homes: planHomes(episodes),
      reviews: byTable('Reviews', key).map((f) => ({
        date: f.values.REVIEW as string,
        participation: blank(f.values.REVIEW_CODE),
        source: f.source,
      })),
      missing: byTable('Missing', key).map((f) => planMissing(f, problems)),
      uasc: byTable('UASC', key).map((f) => ({ ceased: blank(f.values.DUC), source: f.source }))[0] ?? null,
      oc2: byTable('OC2', key).map((f) => planOc2(f, problems)),
      oc3: byTable('OC3', key).flatMap((f) => planOc3(f, header.values.DOB as string, problems)),
      adoptions: planAdoptions(byTable('AD1', key), byTable('PlacedAdoption', key), problems),
      previousPermanence: byTable('PrevPerm', key).flatMap((f) => planPrevPerm(f)),
    }
  })
  return { years: ordered.map((f) => f.year), children, skipped }
}

function record(
  facts: Map<TableName, Map<string, Map<string, Fact>>>,
  table: TableName,
  child: string,
  key: string,
  fact: Fact,
): void {
  let forTable = facts.get(table)
  if (!forTable) facts.set(table, (forTable = new Map()))
  let forChild = forTable.get(child)
  if (!forChild) forTable.set(child, (forChild = new Map()))
  forChild.set(key, fact)
}

/** Facts that one year can restate: later years replace these keys. Yearly outcomes are kept per year. */
function factKey(table: TableName, row: ParsedRow, year: number): string {
  const v = row.values
  switch (table) {
    case 'Episodes':
      return v.DECOM as string
    case 'Reviews':
      return v.REVIEW as string
    case 'Missing':
      return v.MIS_START as string
    case 'PlacedAdoption':
      return v.DATE_PLACED as string
    case 'OC2':
    case 'OC3':
    case 'AD1':
    case 'PrevPerm':
      return String(year)
    case 'Header':
    case 'UASC':
    case 'SWEpisodes':
    case 'DoLO':
      return ''
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function planHeader({ values: v, source }: Fact): HeaderPlan {
  const sex =
    v.SEX === '1' || v.SEX === 'M' ? 'M' : v.SEX === '2' || v.SEX === 'F' ? 'F' : v.SEX === 'U' ? 'U' : null
  const upn = blank(v.UPN)
  const unknown = upn !== null && UPN_UNKNOWN.includes(upn)
  return {
    sex,
    dateOfBirth: v.DOB as string,
    ethnicity: blank(v.ETHNIC),
    upn: unknown ? null : upn,
    upnUnknownReason: unknown ? upn : null,
    firstChildDob: v.MOTHER === '1' ? blank(v.MC_DOB) : null,
    source,
  }
}

/** Episodes (sorted by start) into periods of care, checking they chain as DfE defines. */
export function planPeriods(episodes: readonly Fact[], problems: Problems): PeriodPlan[] {
  const periods: { episodes: Fact[] }[] = []
  let previous: Fact | null = null
  for (const episode of episodes) {
    const v = episode.values
    const { file, row } = episode.source
    const decom = v.DECOM as string
    const dec = blank(v.DEC)
    const rec = blank(v.REC)
    if (dec !== null && dec <= decom)
      problems.add(file, row, 'DEC', 'The episode must end (DEC) after it starts (DECOM).')
    if (dec !== null && rec === null)
      problems.add(file, row, 'REC', 'REC is blank; an episode that ended (DEC) needs the reason it ended.')
    if (dec === null && rec !== null)
      problems.add(file, row, 'DEC', 'DEC is blank but REC says why the episode ended; give both or neither.')
    const p = previous?.values
    if (previous === null || p === undefined) {
      periods.push({ episodes: [episode] })
    } else if (p.DEC === '') {
      problems.add(
        file,
        row,
        'DECOM',
        `The episode before it (${previous.source.file} row ${previous.source.row}) has not ended, so no other episode can start.`,
      )
    } else if (p.REC === 'X1') {
      if (v.RNE === 'S')
        problems.add(
          file,
          row,
          'RNE',
          `RNE is S (a new period of care) but the episode before it (${previous.source.file} row ${previous.source.row}) ended X1, which means the period carried on.`,
        )
      else if (decom !== p.DEC)
        problems.add(
          file,
          row,
          'DECOM',
          `The episode before it ended X1 on ${p.DEC}, so this one must start that day.`,
        )
      ;(periods.at(-1) as { episodes: Fact[] }).episodes.push(episode)
    } else {
      if (decom < (p.DEC as string))
        problems.add(
          file,
          row,
          'DECOM',
          `This period of care starts before the previous one ended (${p.DEC}).`,
        )
      else if (v.RNE !== 'S' && v.RNE !== '')
        problems.add(
          file,
          row,
          'RNE',
          `RNE is ${v.RNE} but the period of care before it ended (${p.REC}); a new period starts with S.`,
        )
      periods.push({ episodes: [episode] })
    }
    previous = episode
  }
  const last = episodes.at(-1)
  if (last && last.values.REC === 'X1')
    problems.add(
      last.source.file,
      last.source.row,
      'REC',
      'REC is X1 (another episode follows) but no episode starts on its DEC.',
    )
  return periods.map(({ episodes: list }) => toPeriod(list, problems))
}

function toPeriod(episodes: Fact[], problems: Problems): PeriodPlan {
  const first = episodes[0] as Fact
  const last = episodes.at(-1) as Fact
  const end = blank(last.values.DEC)
  const categoryOfNeed = episodes.map((e) => e.values.CIN).find((c) => c !== '' && c !== undefined)
  if (categoryOfNeed === undefined)
    problems.add(
      first.source.file,
      first.source.row,
      'CIN',
      'CIN is blank; a period of care needs a category of need.',
    )
  const endOf = (group: Fact[]) => blank((group.at(-1) as Fact).values.DEC)

  const legalStatuses: LegalSpell[] = []
  for (const group of runs(episodes, (a, b) => a.values.LS === b.values.LS)) {
    const code = (group[0] as Fact).values.LS as string
    if (code !== '')
      legalStatuses.push({ code, start: (group[0] as Fact).values.DECOM as string, end: endOf(group) })
  }
  // A new placement starts where RNE says the placement changed, or where what is reported of it differs.
  const samePlace = (a: Fact, b: Fact) =>
    !['P', 'B', 'T', 'U'].includes(b.values.RNE as string) &&
    ['PLACE', 'PLACE_PROVIDER', 'PL_POST', 'URN'].every((c) => a.values[c] === b.values[c])
  const placements: PlacementSpellPlan[] = []
  for (const group of runs(episodes, samePlace)) {
    const v = (group[0] as Fact).values
    if (v.PLACE === '') continue
    const lastOfGroup = (group.at(-1) as Fact).values
    placements.push({
      type: v.PLACE as string,
      provider: v.PLACE_PROVIDER as string,
      postcode: blank(v.PL_POST),
      urn: blank(v.URN),
      start: v.DECOM as string,
      end: endOf(group),
      changeReason: blank(lastOfGroup.REASON_PLACE_CHANGE),
    })
  }
  return {
    start: first.values.DECOM as string,
    end,
    reasonCeased: end === null ? null : blank(last.values.REC),
    categoryOfNeed: categoryOfNeed ?? '',
    continues: first.values.RNE !== 'S' && first.values.RNE !== '',
    knownUntil: collectionYear(Math.max(...episodes.map((e) => e.source.year))).end,
    legalStatuses,
    placements,
    source: first.source,
  }
}

const isShortBreak = (episode: Fact) => SHORT_BREAKS.includes(episode.values.LS ?? '')

/** Splits a list into runs of neighbours for which `same(previous, next)` holds. */
function runs<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = []
  for (const item of items) {
    const current = out.at(-1)
    if (current && same(current.at(-1) as T, item)) current.push(item)
    else out.push([item])
  }
  return out
}

/** Home postcode spells from the episodes (short breaks carry none), each lasting until the next differs. */
function planHomes(episodes: readonly Fact[]): ChildPlan['homes'] {
  const spells: ChildPlan['homes'] = []
  for (const episode of episodes) {
    const postcode = episode.values.HOME_POST ?? ''
    if (postcode === '' || isShortBreak(episode)) continue
    const last = spells.at(-1)
    if (last?.postcode === postcode) continue
    if (last) last.end = episode.values.DECOM as string
    spells.push({ postcode, start: episode.values.DECOM as string, end: null })
  }
  return spells
}

function planMissing({ values: v, source }: Fact, problems: Problems): ChildPlan['missing'][number] {
  const end = blank(v.MIS_END)
  if (end !== null && end < (v.MIS_START as string))
    problems.add(source.file, source.row, 'MIS_END', 'MIS_END is before MIS_START.')
  return { kind: v.MISSING as string, start: v.MIS_START as string, end, source }
}

function planOc2(fact: Fact, problems: Problems): Oc2Plan {
  const v = fact.values
  if (v.SDQ_SCORE !== '' && v.SDQ_REASON !== '')
    problems.add(
      fact.source.file,
      fact.source.row,
      'SDQ_REASON',
      'Give an SDQ score or a reason there is none, not both.',
    )
  return { year: fact.source.year, values: v, source: fact.source }
}

/** The contact nearest the 17th–21st birthday in the year is the one OC3 reports: record it on the birthday. */
function planOc3(fact: Fact, dob: IsoDate, problems: Problems): Oc3Plan[] {
  const v = fact.values
  const { start, end } = collectionYear(fact.source.year)
  const day = [17, 18, 19, 20, 21].map((age) => birthday(dob, age)).find((b) => b >= start && b <= end)
  if (!day) {
    problems.add(
      fact.source.file,
      fact.source.row,
      'DOB',
      `The young person has no 17th to 21st birthday in the year; OC3 is only for those who do.`,
    )
    return []
  }
  const accom = v.ACCOM ?? ''
  const hasSuitability = /^[A-Z][12]$/.test(accom)
  return [
    {
      year: fact.source.year,
      contactDate: day,
      inTouch: v.IN_TOUCH === '' ? 'NO' : (v.IN_TOUCH as string),
      activity: v.ACTIV === '' || v.ACTIV === '0' ? null : (v.ACTIV as string),
      accommodation: accom === '' || accom === '0' ? null : hasSuitability ? accom.slice(0, 1) : accom,
      suitable: hasSuitability ? accom.endsWith('1') : null,
      source: fact.source,
    },
  ]
}

/** AD1 and PlacedAdoption rows about the same decision (DATE_INT = DATE_PLACED) make one adoption journey. */
function planAdoptions(ad1: readonly Fact[], placed: readonly Fact[], problems: Problems): AdoptionPlan[] {
  const journeys = new Map<IsoDate, AdoptionPlan>()
  for (const fact of placed) {
    const v = fact.values
    const decisionDate = v.DATE_PLACED as string
    journeys.set(decisionDate, {
      decisionDate,
      adopted: null,
      reversed: { date: blank(v.DATE_PLACED_CEASED), reason: blank(v.REASON_PLACED_CEASED) },
      source: fact.source,
    })
  }
  for (const fact of ad1) {
    const v = fact.values
    const decisionDate = blank(v.DATE_INT)
    if (decisionDate === null) {
      const filled = ['DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'].find(
        (c) => v[c] !== '',
      )
      if (filled)
        problems.add(
          fact.source.file,
          fact.source.row,
          'DATE_INT',
          'DATE_INT is blank; the adoption details can only be kept with the date of the decision to place for adoption.',
        )
      continue
    }
    const adopted = {
      year: fact.source.year,
      matched: blank(v.DATE_MATCH),
      fosterCarer: v.FOSTER_CARE === '1',
      count: v.NB_ADOPTR === '' ? null : Number(v.NB_ADOPTR),
      sex: blank(v.SEX_ADOPTR),
      legalStatus: blank(v.LS_ADOPTR),
    }
    const existing = journeys.get(decisionDate)
    journeys.set(decisionDate, {
      decisionDate,
      adopted,
      reversed: existing?.reversed ?? null,
      source: existing?.source ?? fact.source,
    })
  }
  return [...journeys.values()].sort((a, b) => compare(a.decisionDate, b.decisionDate))
}

/** DATE_PERM may hide the day (ZZ/06/2019) or more; a hidden month is kept as January. */
function planPrevPerm(fact: Fact): PrevPermPlan[] {
  const v = fact.values
  if (v.PREV_PERM === '') return []
  const datePerm = v.DATE_PERM ?? ''
  const match = /^(\d{2}|ZZ)\/(\d{2}|ZZ)\/(\d{4})$/.exec(datePerm)
  const orderMonth = match
    ? `${match[3]}-${match[2] === 'ZZ' ? '01' : match[2]}-${match[1] === 'ZZ' ? '01' : match[1]}`
    : null
  return [
    {
      year: fact.source.year,
      code: v.PREV_PERM as string,
      arrangingLa: blank(v.LA_PERM),
      orderMonth,
      dayKnown: match?.[1] !== 'ZZ',
      source: fact.source,
    },
  ]
}
