// Builders for access tests: teams, workers, sign-in accounts and children with one record of
// each kind, related to a principal in a named way. Everything goes through the real tables.
import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../src/db/schema.ts'
import { writeAs } from '../../src/db/write.ts'
import type { Principal, Role } from '../../src/platform/auth/principal.ts'
import { teamIdsForWorker } from '../../src/platform/auth/user.repository.ts'
import { addDays, type IsoDate } from '../../src/platform/time/dates.ts'
import { createTestUser } from './test-app.ts'

const SEED = { id: 'system:test' }
let counter = 0
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`

export async function createTeam(db: Kysely<DB>, service = 'safeguarding'): Promise<number> {
  return writeAs(db, SEED, async (trx) => {
    const row = await trx
      .insertInto('team')
      .values({ name: unique('Team'), service, start_date: '2020-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow()
    return row.id
  })
}

export async function createWorker(db: Kysely<DB>, options: { teamId: number; role: string; managerId?: number | null }): Promise<number> {
  return writeAs(db, SEED, async (trx) => {
    const row = await trx
      .insertInto('worker')
      .values({
        staff_id: unique('staff'),
        forename: 'Test',
        surname: unique('Worker'),
        role: options.role,
        team_id: options.teamId,
        manager_id: options.managerId ?? null,
        start_date: '2020-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return row.id
  })
}

/** A signed-in-able account and the Principal the app would build for it. */
export async function createPrincipal(db: Kysely<DB>, role: Role, workerId: number | null): Promise<Principal> {
  const username = unique(role)
  const userId = await createTestUser(db, { username, role, workerId })
  return { userId, username, displayName: username, role, workerId, teamIds: workerId ? await teamIdsForWorker(db, workerId) : [] }
}

export interface ChildRecords {
  childId: number
  /** Ids of one record of each kind, by table name. */
  records: Record<RecordKind, number>
}

export const RECORD_KINDS = ['contact', 'referral', 'case_note', 'cp_plan', 'period_of_care', 'placement', 'adoption_journey', 'address'] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

/** A child with one record of every kind, optionally restricted and with a contact received on a given date. */
export async function createChildWithRecords(
  db: Kysely<DB>,
  options: { restricted?: boolean; contactReceivedOn?: IsoDate; surname?: string } = {},
): Promise<ChildRecords> {
  return writeAs(db, SEED, async (trx) => {
    const child = await trx
      .insertInto('child')
      .values({
        forename: 'Test',
        surname: options.surname ?? unique('Child'),
        sex: 'F',
        date_of_birth: '2015-06-01',
        is_restricted: options.restricted ?? false,
        restriction_reason: options.restricted ? 'Test restriction' : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const childId = child.id
    const received = new Date(`${options.contactReceivedOn ?? '2020-01-01'}T09:00:00Z`)
    const records = await insertRecords(trx, childId, received)
    return { childId, records }
  })
}

async function insertRecords(trx: Transaction<DB>, childId: number, received: Date): Promise<Record<RecordKind, number>> {
  const id = (row: { id: number }) => row.id
  const contact = id(await trx.insertInto('contact').values({ child_id: childId, received_at: received, source: '1A', reason: 'Test' }).returning('id').executeTakeFirstOrThrow())
  const referral = id(await trx.insertInto('referral').values({ child_id: childId, referral_date: '2020-01-02', source: '1A', primary_need: 'N1' }).returning('id').executeTakeFirstOrThrow())
  const caseNote = id(await trx.insertInto('case_note').values({ child_id: childId, note_date: '2020-01-03', kind: 'visit', summary: 'Test' }).returning('id').executeTakeFirstOrThrow())
  const cpPlan = id(
    await trx
      .insertInto('cp_plan')
      .values({ child_id: childId, referral_id: referral, start_date: '2020-02-01', initial_category: 'NEG', latest_category: 'NEG' })
      .returning('id')
      .executeTakeFirstOrThrow(),
  )
  const periodOfCare = id(await trx.insertInto('period_of_care').values({ child_id: childId, start_date: '2020-03-01', category_of_need: 'N1' }).returning('id').executeTakeFirstOrThrow())
  const placement = id(
    await trx
      .insertInto('placement')
      .values({ child_id: childId, period_of_care_id: periodOfCare, placement_type: 'U4', provider: 'PR1', start_date: '2020-03-01' })
      .returning('id')
      .executeTakeFirstOrThrow(),
  )
  const adoption = id(
    await trx.insertInto('adoption_journey').values({ child_id: childId, period_of_care_id: periodOfCare, adm_decision_date: '2020-06-01' }).returning('id').executeTakeFirstOrThrow(),
  )
  const address = id(
    await trx.insertInto('address').values({ child_id: childId, kind: 'home', line1: '1 Test Street', town: 'Middlesbrough', postcode: 'TS1 1AA', start_date: '2020-01-01' }).returning('id').executeTakeFirstOrThrow(),
  )
  return { contact, referral, case_note: caseNote, cp_plan: cpPlan, period_of_care: periodOfCare, placement, adoption_journey: adoption, address }
}

export async function allocate(
  db: Kysely<DB>,
  options: { childId: number; workerId: number; teamId: number; role?: string; startDate?: IsoDate; endDate?: IsoDate | null },
): Promise<void> {
  await writeAs(db, SEED, (trx) =>
    trx
      .insertInto('allocation')
      .values({
        child_id: options.childId,
        worker_id: options.workerId,
        team_id: options.teamId,
        role: options.role ?? 'social_worker',
        start_date: options.startDate ?? '2020-01-01',
        end_date: options.endDate ?? null,
      })
      .execute(),
  )
}

export async function grantAccess(db: Kysely<DB>, options: { childId: number; userId: number; grantedBy: number; at: Date; revokedAt?: Date }) {
  await db
    .insertInto('access_grant')
    .values({
      child_id: options.childId,
      user_id: options.userId,
      reason: 'Test grant',
      granted_by: options.grantedBy,
      granted_at: options.at,
      revoked_by: options.revokedAt ? options.grantedBy : null,
      revoked_at: options.revokedAt ?? null,
    })
    .execute()
}

export async function breakGlass(db: Kysely<DB>, options: { childId: number; userId: number; on: IsoDate }) {
  await db
    .insertInto('break_glass_access')
    .values({ child_id: options.childId, user_id: options.userId, reason: 'Test emergency', opened_at: new Date(`${options.on}T10:00:00Z`), valid_on: options.on })
    .execute()
}

export const daysBefore = (today: IsoDate, days: number) => addDays(today, -days)
