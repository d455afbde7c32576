// A CIN validation rule is declared data: DfE's code and message, the items it reads, the
// collection years (by the 31 March they end on) it is in force, and a check.
// Codes are DfE's own ("8500", "8530Q"); rules of our own are "SLCnnn". `source` says where the
// wording and logic come from, so a reviewer knows which to confirm against DfE's spreadsheet:
// - 'dfe-restated': DfE's rule text as restated in data-to-insight/csc-validator-be-cin
//   (cin_validator/rules/cin2022_23 and cin2024_25), read when this was written;
// - 'dfe-recalled': DfE's code and meaning as we know them, wording not checked against the
//   published spreadsheet;
// - 'local': our own check (not a DfE rule), for things DfE's schema validation catches.
import { addDays, isIsoDate, type IsoDate } from '../../../../platform/time/dates.ts'
import type { CinChild, CinHeader } from '../model.ts'

export interface CinContext {
  year: number
  /** 1 April of the year before `year`. */
  start: IsoDate
  /** 31 March of `year`: the census reference date. */
  end: IsoDate
}

export interface RuleHit {
  line: number
  /** Overrides the rule's fields when a hit concerns only some of them. */
  fields?: readonly string[]
}

export interface ReturnHit extends RuleHit {
  child: string
}

export interface CinRule {
  code: string
  message: string
  fields: readonly string[]
  years: { from: number; to: number }
  severity: 'error' | 'query'
  source: 'dfe-restated' | 'dfe-recalled' | 'local'
  header?(header: CinHeader | null, context: CinContext): Iterable<RuleHit>
  child?(child: CinChild, context: CinContext): Iterable<RuleHit>
  /** Rules across the whole return see every child once, then report. */
  across?(): { see(child: CinChild, context: CinContext): void; finish(context: CinContext): Iterable<ReturnHit> }
}

export const ALL_YEARS = { from: 2024, to: 2027 } as const

type RuleInput = Omit<CinRule, 'years' | 'severity' | 'source'> & Partial<Pick<CinRule, 'years' | 'severity' | 'source'>>

export function defineRule(rule: RuleInput): CinRule {
  return {
    ...rule,
    years: rule.years ?? ALL_YEARS,
    severity: rule.severity ?? (rule.code.endsWith('Q') ? 'query' : 'error'),
    source: rule.source ?? 'dfe-restated',
  }
}

export function appliesIn(rule: CinRule, year: number): boolean {
  return rule.years.from <= year && year <= rule.years.to
}

export function censusContext(year: number): CinContext {
  return { year, start: `${year - 1}-04-01`, end: `${year}-03-31` }
}

const realDates = new Map<string, boolean>()

/** Whether a text is a real YYYY-MM-DD date; remembered, because a census repeats its dates. */
export function isRealDate(value: string): boolean {
  let real = realDates.get(value)
  if (real === undefined) {
    real = isIsoDate(value)
    if (realDates.size < 100_000) realDates.set(value, real)
  }
  return real
}

/** A real date, or null when absent or not a real YYYY-MM-DD date (rule SLC002 reports those). */
export function date(value: string | null): IsoDate | null {
  return value !== null && isRealDate(value) ? value : null
}

/** A value worked out once per collection year (e.g. a date derived from the census dates). */
export function perYear<T>(compute: (context: CinContext) => T): (context: CinContext) => T {
  const cache = new Map<number, T>()
  return (context) => {
    let value = cache.get(context.year)
    if (value === undefined) {
      value = compute(context)
      cache.set(context.year, value)
    }
    return value
  }
}

export const TRUE_VALUES = ['true', '1'] as const
export const FALSE_VALUES = ['false', '0'] as const

/** xs:boolean as DfE uses it: true/1, false/0; anything else is null. */
export function flag(value: string | null): boolean | null {
  const v = value?.toLowerCase() ?? null
  if (v === 'true' || v === '1') return true
  if (v === 'false' || v === '0') return false
  return null
}

export function within(value: IsoDate | null, from: IsoDate, to: IsoDate): boolean {
  return value !== null && value >= from && value <= to
}

/** The line of an item in a record, falling back to the record's own line. */
export function lineOf<K extends string>(record: { line: number; lines: Partial<Record<K, number>> }, field: K): number {
  return record.lines[field] ?? record.line
}

export function plusDays(value: IsoDate, days: number): IsoDate {
  return addDays(value, days)
}
