// Named demo sign-ins, one per role, attached to the simulator's demo workers. Created only
// when the service runs in demo mode; the sign-in page lists them only then.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Role } from '../../platform/auth/principal.ts'
import { hashPassword } from './sign-in.service.ts'

export const DEMO_PASSWORD = 'demo-only-password'

export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; role: Role; staffId: string }> = [
  { username: 'screener', role: 'screener', staffId: 'demo-screener' },
  { username: 'social.worker', role: 'social_worker', staffId: 'demo-social-worker' },
  { username: 'early.help', role: 'early_help_practitioner', staffId: 'demo-early-help' },
  { username: 'team.manager', role: 'team_manager', staffId: 'demo-team-manager' },
  { username: 'iro', role: 'iro', staffId: 'demo-iro' },
  { username: 'personal.adviser', role: 'personal_adviser', staffId: 'demo-personal-adviser' },
  { username: 'analyst', role: 'performance_analyst', staffId: 'demo-analyst' },
  { username: 'senior.leader', role: 'senior_leader', staffId: 'demo-senior-leader' },
  { username: 'councillor', role: 'elected_member', staffId: 'demo-councillor' },
  { username: 'admin', role: 'administrator', staffId: 'demo-admin' },
]

export async function ensureDemoAccounts(db: Kysely<DB>): Promise<number> {
  const hash = await hashPassword(DEMO_PASSWORD)
  let created = 0
  for (const account of DEMO_ACCOUNTS) {
    const worker = await db
      .selectFrom('worker')
      .select(['id', 'forename', 'surname'])
      .where('staff_id', '=', account.staffId)
      .executeTakeFirst()
    const result = await db
      .insertInto('app_user')
      .values({
        username: account.username,
        display_name: worker ? `${worker.forename} ${worker.surname}` : account.username,
        role: account.role,
        worker_id: worker?.id ?? null,
        password_hash: hash,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .executeTakeFirst()
    created += Number(result.numInsertedOrUpdatedRows ?? 0)
  }
  return created
}
