// Small readers shared by the rules: field values, dates, ages, and the two commonest shapes of
// rule (a field must hold a listed code; a field must hold a real date).
import { addDays, ageOn, daysBetween, type IsoDate } from '../../../../platform/time/dates.ts'
import type { EpisodeRef, RowRef, RuleContext } from '../context.ts'
import { parse903Date } from '../dates.ts'
import type { Row } from '../return-data.ts'
import { defineRule, hit, type Rule, type RuleHit } from '../rule.ts'
import type { TableName } from '../tables.ts'

export const value = (row: Row, field: string): string => row[field] ?? ''
export const isBlank = (row: Row, field: string): boolean => value(row, field) === ''
export const isFilled = (row: Row, field: string): boolean => value(row, field) !== ''
export const dateOf = (row: Row, field: string): IsoDate | null => parse903Date(value(row, field))
export const oneOf = (row: Row, field: string, list: readonly string[]): boolean => list.includes(value(row, field))

/** Age in whole years on a date, from the Header date of birth; null when either is unknown. */
export function ageAt(context: RuleContext, child: string, on: IsoDate | null): number | null {
  const dob = context.current.dob(child)
  return dob === null || on === null ? null : ageOn(dob, on)
}

/** Whole days from one date to another, or to 31 March when the second is open. */
export function daysTo(context: RuleContext, from: IsoDate, to: IsoDate | null): number {
  return daysBetween(from, to ?? context.end)
}

export function* rowsWhere(
  context: RuleContext,
  table: TableName,
  test: (row: Row, ref: RowRef) => boolean,
  fields?: readonly string[],
): Generator<RuleHit> {
  // Indexed loops here and below: a for-of loop inside a generator allocates at every step.
  const refs = context.current.refs(table)
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as RowRef
    if (test(ref.row, ref)) yield hit(table, ref, fields)
  }
}

/** Like rowsWhere, but visits only the rows whose field holds one of the values. */
export function* rowsWith(
  context: RuleContext,
  table: TableName,
  field: string,
  values: readonly string[],
  test: (row: Row, ref: RowRef) => boolean = () => true,
  fields?: readonly string[],
): Generator<RuleHit> {
  const refs = context.current.rowsWith(table, field, values)
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as RowRef
    if (test(ref.row, ref)) yield hit(table, ref, fields)
  }
}

/** Episodes whose field holds one of the values, with the child, when their start date is valid. */
export function episodesWith(context: RuleContext, field: string, values: readonly string[]): readonly [EpisodeRef, string][] {
  return context.current.memo(`episodesWith:${field}:${values.join('\u0000')}`, () => {
    const found: [EpisodeRef, string][] = []
    for (const ref of context.current.rowsWith('Episodes', field, values)) {
      const episode = context.current.episodeFor(ref)
      if (episode && episode.decom !== null) found.push([episode, ref.row.CHILD ?? ''])
    }
    return found
  })
}

/** Children with at least one row whose field holds one of the values. */
export function childrenWith(context: RuleContext, field: string, values: readonly string[], table: TableName = 'Episodes'): ReadonlySet<string> {
  return context.current.memo(`childrenWith:${table}:${field}:${values.join('\u0000')}`, () => new Set(context.current.rowsWith(table, field, values).map((ref) => ref.row.CHILD ?? '')))
}

/** Consecutive episode pairs in which the later episode's placement is one of the values. */
export function* pairsInto(context: RuleContext, placements: readonly string[]): Generator<[EpisodeRef, EpisodeRef, string]> {
  for (const child of childrenWith(context, 'PLACE', placements)) {
    const episodes = context.current.episodes(child).filter((e) => e.decom !== null)
    for (let i = 1; i < episodes.length; i++) {
      const current = episodes[i] as EpisodeRef
      if (placements.includes(current.row.PLACE ?? '')) yield [episodes[i - 1] as EpisodeRef, current, child]
    }
  }
}

/** Rows whose value fails a test, checking each distinct value once. */
function* rowsWithValues(context: RuleContext, table: TableName, field: string, bad: (value: string) => boolean): Generator<RuleHit> {
  const hits: RowRef[] = []
  context.current.valueIndex(table, field).forEach((refs, v) => {
    // One push at a time: spreading a value's rows as arguments overflows the stack once a return
    // has a hundred thousand or so rows with the same bad value.
    if (bad(v)) for (const ref of refs) hits.push(ref)
  })
  hits.sort((a, b) => a.index - b.index)
  for (let i = 0; i < hits.length; i++) yield hit(table, hits[i] as RowRef)
}

/** Each child's episodes with a valid start date, as consecutive pairs (shared, built once). */
export const episodePairs = (context: RuleContext) => context.current.episodePairs()

/** Every child's episodes with a valid start date (shared, built once). */
export const datedEpisodes = (context: RuleContext) => context.current.datedEpisodes()

/** The child's last episode when it ended the period of care (a non-X1 reason), else null. */
export function finalCeasedEpisode(context: RuleContext, child: string): EpisodeRef | null {
  const episodes = context.current.episodes(child)
  let last: EpisodeRef | undefined
  for (const e of episodes) if (e.decom !== null) last = e
  return last && last.dec !== null && last.row.REC !== '' && last.row.REC !== 'X1' ? last : null
}

/** True when any field of the row other than CHILD and DOB holds a value. */
export function hasData(row: Row): boolean {
  for (const field in row) if (field !== 'CHILD' && field !== 'DOB' && row[field] !== '') return true
  return false
}

export function withinYear(context: RuleContext, date: IsoDate | null): boolean {
  return date !== null && date >= context.start && date <= context.end
}

export const weekBefore = (date: IsoDate): IsoDate => addDays(date, -7)

export function codeRule(spec: {
  code: string
  message: string
  table: TableName
  field: string
  codes: readonly string[] | ((year: number) => readonly string[])
  /** A blank value is a finding too. */
  required?: boolean
  years?: Rule['years']
}): Rule {
  return defineRule({
    code: spec.code,
    message: spec.message,
    tables: [spec.table],
    fields: [spec.field],
    ...(spec.years ? { years: spec.years } : {}),
    check(context) {
      const allowed = new Set(typeof spec.codes === 'function' ? spec.codes(context.year) : spec.codes)
      return rowsWithValues(context, spec.table, spec.field, (v) => (v === '' ? spec.required === true : !allowed.has(v)))
    },
  })
}

export function dateRule(spec: { code: string; message: string; table: TableName; field: string; required?: boolean; years?: Rule['years'] }): Rule {
  return defineRule({
    code: spec.code,
    message: spec.message,
    tables: [spec.table],
    fields: [spec.field],
    ...(spec.years ? { years: spec.years } : {}),
    check: (context) => rowsWithValues(context, spec.table, spec.field, (v) => (v === '' ? spec.required === true : parse903Date(v) === null)),
  })
}

/** Postcode areas wholly outside England (Scotland, Wales, Northern Ireland); cross-border areas count as England. */
const OUTSIDE_ENGLAND = /^(AB|DD|DG|EH|FK|G|HS|IV|KA|KW|KY|ML|PA|PH|ZE|CF|LD|LL|NP|SA|BT)\d/

/**
 * DfE exempts placements outside England from the URN rules using the placement LA it derives
 * from PL_POST. We have no postcode directory, so this reads the postcode area instead.
 */
export function placedOutsideEngland(row: Row): boolean {
  return OUTSIDE_ENGLAND.test(value(row, 'PL_POST').toUpperCase())
}

/** A UK postcode in the usual written form (outward code, optional space, inward code). */
export const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i
