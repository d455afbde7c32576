// The daily check: builds this collection year's SSDA903 and CIN census from the record, runs the
// DfE validation rules over them, and stores what they find against each child and their team, so
// practitioners see the problem while the case is open rather than in next spring's return.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import { buildCensus } from '../returns/cin/census.ts'
import { loadCinRows } from '../returns/cin/load.ts'
import { censusContext } from '../returns/cin/rules/rule.ts'
import { validateCensus } from '../returns/cin/validate.ts'
import { export903 } from '../returns/ssda903/export.ts'
import { validate903 } from '../returns/ssda903/validate.ts'
import { childIdsByReturnId, currentTeams, insertFindings, insertRun } from './data-quality.repository.ts'

export const CHECK_ACTOR = { id: 'system:data-quality' }
/** Middlesbrough's DfE LA number, as the CIN export's default; the census header needs one. */
const LA = '806'

/** The collection year (ending 31 March) that a date falls in. */
export function collectionYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4))
  return date.slice(5) >= '04-01' ? year + 1 : year
}

export interface NewFinding {
  returnName: '903' | 'cin'
  code: string
  /** The child's id in the return (903 CHILD, CIN LAchildID); '' for findings about the whole file. */
  returnChild: string
  table: string | null
  fields: readonly string[]
  message: string
}

export async function runDataQualityCheck(db: Kysely<DB>, clock: Clock): Promise<{ runId: number; findings: number; yearEnding: number }> {
  const asAt = clock.today()
  const yearEnding = collectionYearOf(asAt)
  const ssda903 = await export903(db, yearEnding)
  const found: NewFinding[] = validate903(ssda903, { year: yearEnding }).map((f) => ({
    returnName: '903',
    code: f.code,
    returnChild: f.child ?? '',
    table: f.table,
    fields: f.fields,
    message: f.message,
  }))
  const census = buildCensus(await loadCinRows(db, censusContext(yearEnding)), { year: yearEnding, la: LA, now: clock.now() })
  for (const f of validateCensus({ ...census, structure: [] }, { year: yearEnding })) {
    found.push({ returnName: 'cin', code: f.code, returnChild: f.child, table: null, fields: f.fields, message: f.message })
  }
  const [byReturnId, teams] = await Promise.all([childIdsByReturnId(db), currentTeams(db, asAt)])
  const children903 = new Set((ssda903.Header?.rows ?? []).map((row) => row.CHILD)).size
  return writeAs(db, CHECK_ACTOR, async (trx) => {
    const runId = await insertRun(trx, { run_at: clock.now(), as_at: asAt, year_ending: yearEnding, children_903: children903, children_cin: census.children.length })
    await insertFindings(
      trx,
      found.map((f) => {
        const childId = f.returnChild === '' ? null : (byReturnId(f.returnName, f.returnChild) ?? null)
        return {
          run_id: runId,
          return_name: f.returnName,
          code: f.code,
          child_id: childId,
          team_id: childId === null ? null : (teams.get(childId) ?? null),
          return_table: f.table,
          fields: f.fields.join(','),
          message: f.message,
        }
      }),
    )
    return { runId, findings: found.length, yearEnding }
  })
}
