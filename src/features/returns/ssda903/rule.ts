// A validation rule is declared data: its code, DfE's message, the tables and fields it reads,
// the collection years it applies to, and a check that yields the rows it finds wrong.
// Codes are DfE's own (e.g. "101", "503A", "SW01aSTG1"); rules of our own are "SLnnn".
import type { RuleContext, RowRef } from './context.ts'
import type { TableName } from './tables.ts'

export interface RuleHit {
  table: TableName
  row: number | null
  child: string | null
  /** Overrides the rule's fields when a hit concerns only some of them. */
  fields?: readonly string[]
}

export interface Rule {
  code: string
  message: string
  tables: readonly TableName[]
  fields: readonly string[]
  /** Collection years (by the 31 March they end on) in which the rule is in force, inclusive. */
  years: { from: number; to: number }
  /** Compares with last year's return; skipped when none is given. */
  needsPrevious?: boolean
  check(context: RuleContext): Iterable<RuleHit>
}

export const ALL_YEARS = { from: 2024, to: 2027 } as const

export function defineRule(rule: Omit<Rule, 'years'> & { years?: Rule['years'] }): Rule {
  return { ...rule, years: rule.years ?? ALL_YEARS }
}

export function hit(table: TableName, ref: RowRef, fields?: readonly string[]): RuleHit {
  return { table, row: ref.index, child: ref.row.CHILD ?? null, ...(fields ? { fields } : {}) }
}

export function appliesIn(rule: Rule, year: number): boolean {
  return rule.years.from <= year && year <= rule.years.to
}
