// Data quality: each daily check of the statutory returns' rules over the record (a run) and what
// it found. Findings are derived from the record, never edited, so they are plain tables (no
// versioning); a run's findings are kept so counts can be shown over time. fields: comma-separated.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table data_quality_run (
      id serial primary key,
      run_at timestamptz not null,
      as_at date not null,
      year_ending integer not null,
      children_903 integer not null,
      children_cin integer not null
    )`.execute(db)
  await sql`
    create table data_quality_finding (
      id serial primary key,
      run_id integer not null references data_quality_run (id) on delete cascade,
      return_name text not null check (return_name in ('903', 'cin')),
      code text not null,
      child_id integer references child (id),
      team_id integer references team (id),
      return_table text,
      fields text not null default '',
      message text not null
    )`.execute(db)
  await sql`create index data_quality_finding_run_idx on data_quality_finding (run_id, return_name, code)`.execute(db)
  await sql`create index data_quality_finding_child_idx on data_quality_finding (child_id, run_id)`.execute(db)
}
