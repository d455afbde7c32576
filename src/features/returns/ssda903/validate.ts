// Runs every rule in force for the collection year over a return (and last year's, when given)
// and turns what they find into findings. A rule that fails is reported, never fatal: bad input
// must produce findings, not a crash.
import { RuleContext } from './context.ts'
import { load903Directory } from './load.ts'
import type { Finding, ReturnData } from './return-data.ts'
import type { Rule, RuleHit } from './rule.ts'
import { rulesForYear } from './rules/index.ts'

export interface ValidateOptions {
  year: number
  previous?: ReturnData
  /** Defaults to every rule in force for the year. */
  rules?: readonly Rule[]
}

export function validate903(data: ReturnData, options: ValidateOptions): Finding[] {
  const context = new RuleContext(options.year, data, options.previous)
  const findings: Finding[] = []
  for (const rule of options.rules ?? rulesForYear(options.year)) {
    if (rule.needsPrevious && !options.previous) continue
    try {
      for (const found of rule.check(context)) findings.push(toFinding(rule, found, data))
    } catch (error) {
      findings.push({
        code: 'SL999',
        table: null,
        row: null,
        child: null,
        fields: [],
        message: `Rule ${rule.code} could not be run: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
  }
  return findings
}

function toFinding(rule: Rule, found: RuleHit, data: ReturnData): Finding {
  const fileRows = data[found.table]?.fileRows
  return {
    code: rule.code,
    table: found.table,
    row: found.row === null ? null : (fileRows?.[found.row] ?? found.row),
    child: found.child === '' ? null : found.child,
    fields: [...(found.fields ?? rule.fields)],
    message: rule.message.trim(),
  }
}

/** Loads a folder of CSV files (and last year's, when given) and validates it. */
export async function validate903Directory(directory: string, options: { year: number; previousDirectory?: string }): Promise<Finding[]> {
  const current = await load903Directory(directory, options.year)
  const previous = options.previousDirectory ? await load903Directory(options.previousDirectory, options.year - 1) : undefined
  const previousFindings = (previous?.findings ?? []).map((finding) => ({ ...finding, message: `Last year's return: ${finding.message}` }))
  return [
    ...current.findings,
    ...previousFindings,
    ...validate903(current.data, { year: options.year, ...(previous ? { previous: previous.data } : {}) }),
  ]
}
