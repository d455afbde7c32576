// Reads and writes for the data-quality check and its pages. Child-level reads take a filter of the
// child ids the person may see (visibleChildIds), so access is decided in the query.
import { sql, type Insertable, type Kysely, type SelectQueryBuilder } from 'kysely'
import type { DataQualityFindingTable, DataQualityRunTable, DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'

export type VisibleChildIds = SelectQueryBuilder<DB, 'child', { child_id: number }>

export async function insertRun(db: Kysely<DB>, run: Insertable<DataQualityRunTable>): Promise<number> {
  return (await db.insertInto('data_quality_run').values(run).returning('id').executeTakeFirstOrThrow()).id
}

export async function insertFindings(db: Kysely<DB>, rows: Insertable<DataQualityFindingTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('data_quality_finding').values(rows.slice(i, i + 1000)).execute()
}

/** How a return names a child back to the record: the 903 uses an imported child's legacy id, else ours. */
export async function childIdsByReturnId(db: Kysely<DB>): Promise<(returnName: '903' | 'cin', id: string) => number | undefined> {
  const legacy = await db.selectFrom('child').select(['id', 'legacy_id']).where('legacy_id', 'is not', null).execute()
  const byLegacy = new Map(legacy.map((c) => [c.legacy_id as string, c.id]))
  return (returnName, id) => {
    if (returnName === '903' && byLegacy.has(id)) return byLegacy.get(id)
    return /^\d+$/.test(id) ? Number(id) : undefined
  }
}

/** Each child's team today: the team of their current social worker (or other) allocation. */
export async function currentTeams(db: Kysely<DB>, today: IsoDate): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('allocation')
    .select(['child_id', 'team_id', 'role'])
    .where('start_date', '<=', today)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', today)]))
    .where('team_id', 'is not', null)
    .orderBy(sql`role = 'social_worker'`)
    .execute()
  // Ordered so a social worker's team, read last, wins.
  return new Map(rows.map((r) => [r.child_id, r.team_id as number]))
}

export async function latestRun(db: Kysely<DB>) {
  return db.selectFrom('data_quality_run').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst()
}

export async function runHistory(db: Kysely<DB>, limit: number) {
  return db
    .selectFrom('data_quality_run')
    .leftJoin('data_quality_finding', 'data_quality_finding.run_id', 'data_quality_run.id')
    .select(['data_quality_run.id', 'data_quality_run.as_at', 'data_quality_run.run_at', (eb) => eb.fn.count<number>('data_quality_finding.id').as('findings')])
    .groupBy(['data_quality_run.id', 'data_quality_run.as_at', 'data_quality_run.run_at'])
    .orderBy('data_quality_run.id', 'desc')
    .limit(limit)
    .execute()
}

export async function countsByRule(db: Kysely<DB>, runId: number) {
  return db
    .selectFrom('data_quality_finding')
    .select(['return_name', 'code', (eb) => eb.fn.max('message').as('message'), (eb) => eb.fn.count<number>('id').as('findings'), (eb) => eb.fn.count<number>('child_id').distinct().as('children')])
    .where('run_id', '=', runId)
    .groupBy(['return_name', 'code'])
    .orderBy('findings', 'desc')
    .orderBy('code')
    .execute()
}

export async function countsByTeam(db: Kysely<DB>, runId: number) {
  return db
    .selectFrom('data_quality_finding')
    .leftJoin('team', 'team.id', 'data_quality_finding.team_id')
    .select(['team.name', (eb) => eb.fn.count<number>('data_quality_finding.id').as('findings'), (eb) => eb.fn.count<number>('data_quality_finding.child_id').distinct().as('children')])
    .where('run_id', '=', runId)
    .groupBy('team.name')
    .orderBy('findings', 'desc')
    .execute()
}

export async function findingsForRule(db: Kysely<DB>, runId: number, returnName: string, code: string, visible: VisibleChildIds) {
  return db
    .selectFrom('data_quality_finding')
    .innerJoin('child', 'child.id', 'data_quality_finding.child_id')
    .leftJoin('team', 'team.id', 'data_quality_finding.team_id')
    .select(['child.id as child_id', 'child.forename', 'child.surname', 'team.name as team', 'data_quality_finding.return_table', 'data_quality_finding.fields'])
    .where('run_id', '=', runId)
    .where('return_name', '=', returnName)
    .where('code', '=', code)
    .where('data_quality_finding.child_id', 'in', visible)
    .orderBy('team.name')
    .orderBy('child.surname')
    .orderBy('child.id')
    .execute()
}

export async function findingsForChild(db: Kysely<DB>, runId: number, childId: number) {
  return db
    .selectFrom('data_quality_finding')
    .select(['return_name', 'code', 'return_table', 'fields', 'message'])
    .where('run_id', '=', runId)
    .where('child_id', '=', childId)
    .orderBy('return_name')
    .orderBy('code')
    .execute()
}
