// Runs the CIN census rules for a collection year over a parsed or streamed census. Findings
// name DfE's rule code, the child's LA id, the source line and the items concerned.
import type { CinCensus, CinChild, CinHeader, StructureIssue } from './model.ts'
import { readCinFile, type CinReadLimits } from './xml-parse.ts'
import { rulesForYear } from './rules/index.ts'
import { censusContext, type CinRule } from './rules/rule.ts'

export interface CinFinding {
  code: string
  child: string
  line: number
  fields: readonly string[]
  message: string
  severity: 'error' | 'query'
}

export interface CinValidateOptions {
  year: number
  /** Defaults to every rule in force in the year. */
  rules?: readonly CinRule[]
}

function finding(rule: CinRule, child: string, line: number, fields?: readonly string[]): CinFinding {
  return { code: rule.code, child, line, fields: fields ?? rule.fields, message: rule.message, severity: rule.severity }
}

const STRUCTURE_MESSAGE = 'Element is not part of the CIN census specification here, or appears more than once'

/** A validator fed one child at a time, so a census of any size runs in bounded memory. */
export function createCinValidator(options: CinValidateOptions) {
  const context = censusContext(options.year)
  const rules = options.rules ?? rulesForYear(options.year)
  const across = rules.flatMap((rule) => (rule.across ? [{ rule, state: rule.across() }] : []))
  const findings: CinFinding[] = []
  return {
    child(child: CinChild): void {
      const id = child.identifiers?.LAchildID ?? ''
      for (const rule of rules) {
        if (!rule.child) continue
        for (const hit of rule.child(child, context)) findings.push(finding(rule, id, hit.line, hit.fields))
      }
      for (const { state } of across) state.see(child, context)
    },
    finish(header: CinHeader | null, structure: readonly StructureIssue[]): CinFinding[] {
      for (const rule of rules) {
        if (!rule.header) continue
        for (const hit of rule.header(header, context)) findings.push(finding(rule, '', hit.line, hit.fields))
      }
      if (rules.some((rule) => rule.code === 'SLC001')) {
        for (const issue of structure) {
          findings.push({ code: 'SLC001', child: '', line: issue.line, fields: [issue.element], message: STRUCTURE_MESSAGE, severity: 'error' })
        }
      }
      for (const { rule, state } of across) for (const hit of state.finish(context)) findings.push(finding(rule, hit.child, hit.line, hit.fields))
      return findings.sort((a, b) => a.line - b.line || a.code.localeCompare(b.code) || a.child.localeCompare(b.child))
    },
  }
}

export function validateCensus(census: CinCensus, options: CinValidateOptions): CinFinding[] {
  const validator = createCinValidator(options)
  for (const child of census.children) validator.child(child)
  return validator.finish(census.header, census.structure)
}

/** Streams a file through the rules. Throws CinParseError when the file cannot be read as a census. */
export async function validateCinFile(path: string, options: CinValidateOptions, limits?: CinReadLimits): Promise<{ findings: CinFinding[]; children: number }> {
  const validator = createCinValidator(options)
  const summary = await readCinFile(path, { onChild: (child) => validator.child(child) }, limits)
  return { findings: validator.finish(summary.header, summary.structure), children: summary.children }
}
