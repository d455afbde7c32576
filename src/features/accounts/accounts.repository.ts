// Reads and writes of local accounts for the administrator's pages. No case data is read here.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'

export type AccountRow = Awaited<ReturnType<typeof listAccounts>>[number]

const COLUMNS = ['app_user.id', 'username', 'display_name', 'app_user.role', 'worker_id', 'failed_attempts', 'locked_until', 'disabled_at', 'created_at', 'oidc_subject'] as const

export async function listAccounts(db: Kysely<DB>) {
  return db
    .selectFrom('app_user')
    .leftJoin('worker', 'worker.id', 'app_user.worker_id')
    .select([...COLUMNS, 'worker.staff_id', (eb) => eb('app_user.password_hash', 'is not', null).as('has_password')])
    .orderBy('display_name')
    .orderBy('app_user.id')
    .execute()
}

export async function findAccount(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('app_user')
    .leftJoin('worker', 'worker.id', 'app_user.worker_id')
    .select([...COLUMNS, 'worker.staff_id', (eb) => eb('app_user.password_hash', 'is not', null).as('has_password')])
    .where('app_user.id', '=', id)
    .executeTakeFirst()
}

export async function lastSignIns(db: Kysely<DB>, userIds: number[]): Promise<Map<number, Date>> {
  if (userIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('user_session')
    .select(['user_id', (eb) => eb.fn.max('signed_in_at').as('last')])
    .where('user_id', 'in', userIds)
    .groupBy('user_id')
    .execute()
  return new Map(rows.filter((r) => r.user_id !== null && r.last !== null).map((r) => [r.user_id as number, r.last as Date]))
}

export async function workerIdForStaffId(db: Kysely<DB>, staffId: string): Promise<number | undefined> {
  return (await db.selectFrom('worker').select('id').where('staff_id', '=', staffId).executeTakeFirst())?.id
}

export async function usernameTaken(db: Kysely<DB>, username: string): Promise<boolean> {
  return (await db.selectFrom('app_user').select('id').where(({ fn, eb }) => eb(fn('lower', ['username']), '=', username.toLowerCase())).executeTakeFirst()) !== undefined
}
