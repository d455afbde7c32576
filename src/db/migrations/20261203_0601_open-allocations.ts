// Open allocations, found without reading a team's whole history: access filters and caseloads ask
// for allocations that have not ended (end_date null, or a planned end from today on), which are a
// few per cent of the table.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index allocation_team_open_idx on allocation (team_id) where end_date is null`.execute(db)
  await sql`create index allocation_end_date_idx on allocation (end_date)`.execute(db)
}
