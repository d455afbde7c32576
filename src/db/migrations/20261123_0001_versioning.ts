// Record history: the old row, who replaced it and when. "As recorded at" reporting reads it.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function sightline_now() returns timestamptz language sql stable as $$
      select coalesce(nullif(current_setting('sightline.now', true), '')::timestamptz, now())
    $$;

    create function sightline_actor() returns text language plpgsql stable as $$
    declare
      actor text := nullif(current_setting('sightline.actor', true), '');
    begin
      if actor is null then
        raise exception 'sightline.actor is not set: every change to a case record must say who made it';
      end if;
      return actor;
    end $$;

    create table record_history (
      id bigint generated always as identity primary key,
      table_name text not null,
      record_id integer not null,
      child_id integer,
      version integer not null,
      operation text not null check (operation in ('UPDATE', 'DELETE')),
      row_data jsonb not null,
      valid_from timestamptz not null,
      valid_to timestamptz not null,
      changed_by text not null
    );
    create index record_history_record_idx on record_history (table_name, record_id, version);
    create index record_history_child_idx on record_history (child_id);
    create index record_history_valid_to_idx on record_history (table_name, valid_to);

    create function sightline_version_row() returns trigger language plpgsql as $$
    declare
      actor text := sightline_actor();
      changed_at timestamptz := sightline_now();
      old_row jsonb := to_jsonb(OLD);
    begin
      insert into record_history (table_name, record_id, child_id, version, operation, row_data, valid_from, valid_to, changed_by)
      values (
        TG_TABLE_NAME, OLD.id,
        case when TG_TABLE_NAME = 'child' then OLD.id else (old_row ->> 'child_id')::integer end,
        OLD.version, TG_OP, old_row, OLD.updated_at, changed_at, actor
      );
      if TG_OP = 'DELETE' then
        return OLD;
      end if;
      NEW.version := OLD.version + 1;
      NEW.updated_at := changed_at;
      NEW.updated_by := actor;
      NEW.recorded_at := OLD.recorded_at;
      NEW.recorded_by := OLD.recorded_by;
      return NEW;
    end $$;
  `.execute(db)
}
