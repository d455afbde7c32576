// The audit trail: who looked at or changed what, with the outcome. Append-only: the database
// refuses updates and deletes, and each row carries a hash chained to the previous row's.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_event (
      id bigint generated always as identity primary key,
      at timestamptz not null,
      user_id integer,
      username text not null,
      role text,
      action text not null,
      record_type text not null,
      record_id text,
      child_id integer,
      outcome text not null check (outcome in ('allowed', 'refused')),
      reason text,
      request_id text,
      previous_hash text not null,
      hash text not null
    );
    create index audit_event_child_idx on audit_event (child_id, at);
    create index audit_event_user_idx on audit_event (user_id, at);
    create function audit_event_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only';
    end $$;
    create trigger audit_event_no_change before update or delete on audit_event
      for each statement execute function audit_event_append_only();
  `.execute(db)
}
