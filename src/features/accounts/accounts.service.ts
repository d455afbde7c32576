// Account administration: create local accounts, change a role, disable or re-enable, clear a
// lock-out, set a new temporary password and sign a person out everywhere. Each change is one
// transaction with its audit row. Administrators manage accounts but see no case data, so nothing
// here reads a child's record. An administrator cannot change their own role or disable themselves,
// so the last administrator cannot lock everyone out.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import { actorId, type Principal, type Role } from '../../platform/auth/principal.ts'
import { revokeAllForUser } from '../../platform/auth/session.repository.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { hashPassword } from '../sign-in/sign-in.service.ts'
import { findAccount, lastSignIns, listAccounts, usernameTaken, workerIdForStaffId } from './accounts.repository.ts'

export interface AdminRequest {
  principal: Principal
  requestId: string | null
}

export interface NewAccount {
  displayName: string
  username: string
  role: Role
  staffId?: string | undefined
  password?: string | undefined
}

export type CreateRefusal = 'username_taken' | 'no_such_worker'
export type ChangeRefusal = 'not_found' | 'self'

export function createAccountsService(db: Kysely<DB>, clock: Clock, audit: AuditService) {
  const change = async (request: AdminRequest, id: number, reason: string, work: (trx: Kysely<DB>) => Promise<void>, options: { allowSelf?: boolean } = {}): Promise<ChangeRefusal | 'done'> => {
    if (!options.allowSelf && id === request.principal.userId) return 'self'
    if (!(await findAccount(db, id))) return 'not_found'
    await writeAs(db, { id: actorId(request.principal) }, async (trx) => {
      await work(trx)
      await audit.record({ principal: request.principal, action: 'update', recordType: 'app_user', recordId: id, outcome: 'allowed', reason, requestId: request.requestId }, trx)
    })
    return 'done'
  }

  return {
    async list() {
      const accounts = await listAccounts(db)
      const signIns = await lastSignIns(db, accounts.map((a) => a.id))
      return accounts.map((a) => ({ ...a, lastSignIn: signIns.get(a.id) ?? null, status: statusOf(a, clock.now()) }))
    },

    async show(id: number) {
      const account = await findAccount(db, id)
      if (!account) return undefined
      const signIns = await lastSignIns(db, [id])
      return { ...account, lastSignIn: signIns.get(id) ?? null, status: statusOf(account, clock.now()) }
    },

    async create(request: AdminRequest, input: NewAccount): Promise<{ id: number } | CreateRefusal> {
      if (await usernameTaken(db, input.username)) return 'username_taken'
      const workerId = input.staffId ? await workerIdForStaffId(db, input.staffId) : undefined
      if (input.staffId && workerId === undefined) return 'no_such_worker'
      const passwordHash = input.password ? await hashPassword(input.password) : null
      return writeAs(db, { id: actorId(request.principal) }, async (trx) => {
        const row = await trx
          .insertInto('app_user')
          .values({ username: input.username, display_name: input.displayName, role: input.role, worker_id: workerId ?? null, password_hash: passwordHash })
          .returning('id')
          .executeTakeFirstOrThrow()
        await audit.record({ principal: request.principal, action: 'create', recordType: 'app_user', recordId: row.id, outcome: 'allowed', reason: `Account created with role ${input.role}`, requestId: request.requestId }, trx)
        return { id: row.id }
      })
    },

    /** A new role takes effect at the person's next request; their sessions are ended so it cannot be missed. */
    changeRole: (request: AdminRequest, id: number, role: Role) =>
      change(request, id, `Role changed to ${role}`, async (trx) => {
        await trx.updateTable('app_user').set({ role }).where('id', '=', id).execute()
        await revokeAllForUser(trx, id, clock.now())
      }),

    setDisabled: (request: AdminRequest, id: number, disabled: boolean) =>
      change(request, id, disabled ? 'Account disabled' : 'Account enabled', async (trx) => {
        await trx.updateTable('app_user').set({ disabled_at: disabled ? clock.now() : null }).where('id', '=', id).execute()
        if (disabled) await revokeAllForUser(trx, id, clock.now())
      }),

    unlock: (request: AdminRequest, id: number) =>
      change(request, id, 'Lock-out cleared', async (trx) => {
        await trx.updateTable('app_user').set({ locked_until: null, failed_attempts: 0 }).where('id', '=', id).execute()
      }),

    async setPassword(request: AdminRequest, id: number, password: string) {
      const hash = await hashPassword(password)
      return change(request, id, 'Temporary password set', async (trx) => {
        await trx.updateTable('app_user').set({ password_hash: hash, locked_until: null, failed_attempts: 0 }).where('id', '=', id).execute()
        await revokeAllForUser(trx, id, clock.now())
      })
    },

    signOutEverywhere: (request: AdminRequest, id: number) =>
      change(request, id, 'Signed out everywhere', (trx) => revokeAllForUser(trx, id, clock.now()), { allowSelf: true }),
  }
}

export type AccountStatus = 'active' | 'locked' | 'disabled'

function statusOf(account: { locked_until: Date | null; disabled_at: Date | null }, now: Date): AccountStatus {
  if (account.disabled_at !== null) return 'disabled'
  if (account.locked_until !== null && account.locked_until > now) return 'locked'
  return 'active'
}

export type AccountsService = ReturnType<typeof createAccountsService>
