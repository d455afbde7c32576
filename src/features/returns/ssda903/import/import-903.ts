// Imports an authority's past SSDA903 returns, one folder per collection year, into the record.
// All or nothing: every file is read and checked, and the whole history planned, before anything
// is written; the writing is one transaction, and any problem found on the way rolls it back. A
// failed import is audited as refused; a successful one records each child created or updated.
// A dry run does all of it, then rolls back, so it finds every problem an import would.
//
// What the 903 cannot give back exactly (an export after import differs only here):
//   - SWEpisodes and DoLO rows are read and checked but not kept: social workers from another
//     system are not matched to ours, and there is no deprivation of liberty table yet;
//   - carers are not in the 903, so RNE T and U (same carer) come back as P and B, and two
//     placements the 903 reports identically (a move between carers) become one;
//   - a period of care whose first episode is before the earliest year imported starts there;
//   - OC3 is kept (care leaver contact) but only exported when the period of care is recorded;
//   - names and addresses are "Not recorded"; a DATE_PERM with an unknown month is kept as January.
import type { Kysely } from 'kysely'
import type { AuditService } from '../../../../platform/audit/audit.ts'
import type { DB } from '../../../../db/schema.ts'
import { writeAs } from '../../../../db/write.ts'
import { Import903Error, Problems } from './import-error.ts'
import { IMPORT_ACTOR_ID, writePlan, type WriteCounts } from './import.repository.ts'
import { planImport, type ImportPlan } from './plan.ts'
import { readYearFolder, type YearFolder } from './read-folder.ts'

export interface YearDirectory {
  directory: string
  year: number
}

export interface ImportSummary extends WriteCounts {
  years: number[]
  skipped: ImportPlan['skipped']
  /** Everything was written and checked, then rolled back. */
  dryRun: boolean
}

/** Reads and plans without touching the database; throws Import903Error when any file is bad. */
export async function read903History(directories: readonly YearDirectory[]): Promise<ImportPlan> {
  const problems = new Problems()
  const folders: YearFolder[] = []
  for (const { directory, year } of directories) folders.push(await readYearFolder(directory, year, problems))
  const seen = new Map<number, string>()
  for (const { directory, year } of directories) {
    const other = seen.get(year)
    if (other !== undefined)
      problems.add(
        directory,
        null,
        null,
        `${other} holds the same collection year (${year}); give each year once.`,
      )
    seen.set(year, directory)
  }
  problems.throwIfAny()
  const plan = planImport(folders, problems)
  problems.throwIfAny()
  return plan
}

/** Thrown to roll back a trial run once everything has been written and checked. */
class TrialRun {
  constructor(readonly counts: WriteCounts) {}
}

export async function import903(
  db: Kysely<DB>,
  audit: AuditService,
  directories: readonly YearDirectory[],
  options: { dryRun?: boolean } = {},
): Promise<ImportSummary> {
  try {
    const plan = await read903History(directories)
    const counts = await writeAs(db, { id: IMPORT_ACTOR_ID }, async (trx) => {
      const problems = new Problems()
      const written = await writePlan(trx, plan, problems, audit)
      problems.throwIfAny()
      if (options.dryRun) throw new TrialRun(written)
      return written
    }).catch((error: unknown) => {
      if (error instanceof TrialRun) return error.counts
      throw error
    })
    return { ...counts, years: plan.years, skipped: plan.skipped, dryRun: options.dryRun === true }
  } catch (error) {
    if (error instanceof Import903Error) {
      const reason = `Import of ${directories.length} 903 ${directories.length === 1 ? 'year' : 'years'} refused: ${error.problems.length} problem(s) in the files`
      await audit.record({
        principal: { system: 'import-903' },
        action: 'create',
        recordType: 'ssda903_import',
        outcome: 'refused',
        reason,
      })
    }
    throw error
  }
}
