// An OpenID Connect sign-in in progress: the state, nonce and PKCE verifier sent to the identity
// provider, bound to the browser's pre-sign-in session so a callback from any other browser is
// refused. Rows are used once and deleted.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table oidc_sign_in_attempt (
      state text primary key,
      session_id text not null references user_session(id),
      nonce text not null,
      code_verifier text not null,
      return_to text not null,
      created_at timestamptz not null
    );
    create index oidc_sign_in_attempt_created_idx on oidc_sign_in_attempt (created_at);
  `.execute(db)
}
