// Appending to the audit chain in one round trip. The service computes each entry's canonical
// content; this function takes the chain lock, reads the previous hash and inserts the entry
// with sha256(previous hash || content), all in one statement. Each statement in a plpgsql
// function takes a fresh snapshot, so the previous hash is read after the lock is held and two
// appends can never chain to the same predecessor. `sightline audit verify` recomputes the same
// hash in application code, independently of this function.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function audit_append(
      p_at timestamptz, p_user_id integer, p_username text, p_role text, p_action text, p_record_type text,
      p_record_id text, p_child_id integer, p_outcome text, p_reason text, p_request_id text, p_content text
    ) returns void language plpgsql volatile as $$
    declare
      previous text;
    begin
      perform pg_advisory_xact_lock(727201);
      select hash into previous from audit_event order by id desc limit 1;
      previous := coalesce(previous, repeat('0', 64));
      insert into audit_event (at, user_id, username, role, action, record_type, record_id, child_id, outcome, reason,
        request_id, previous_hash, hash)
      values (p_at, p_user_id, p_username, p_role, p_action, p_record_type, p_record_id, p_child_id, p_outcome, p_reason,
        p_request_id, previous, encode(sha256(convert_to(previous || p_content, 'UTF8')), 'hex'));
    end $$;
  `.execute(db)
}
