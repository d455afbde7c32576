// The CIN census for a collection year, from the record, as DfE CIN census XML. The read of
// child-level data is audited, and the file appears only when it is complete (written beside
// the target, then renamed), so a failure never leaves a partial return behind.
import fs from 'node:fs'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type { DB } from '../../../db/schema.ts'
import { createAuditService } from '../../../platform/audit/audit.ts'
import type { Clock } from '../../../platform/time/clock.ts'
import { buildCensus } from './census.ts'
import { loadCinRows } from './load.ts'
import { censusContext } from './rules/rule.ts'
import { censusXml } from './xml-write.ts'

export interface CinExportOptions {
  year: number
  la: string
}

export async function cinCensusXml(db: Kysely<DB>, clock: Clock, options: CinExportOptions): Promise<{ xml: string; children: number }> {
  const { start, end } = censusContext(options.year)
  const rows = await loadCinRows(db, { start, end })
  await createAuditService(db, clock).record({ principal: { system: 'export' }, action: 'export', recordType: 'cin_census', recordId: options.year, outcome: 'allowed' })
  const census = buildCensus(rows, { ...options, now: clock.now() })
  return { xml: censusXml(census.header, census.children), children: census.children.length }
}

/** Writes `text` to `file` all at once: a temporary file beside it, then a rename. */
export function writeWhole(file: string, text: string | Buffer): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`)
  try {
    fs.writeFileSync(temporary, text)
    fs.renameSync(temporary, file)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
}
