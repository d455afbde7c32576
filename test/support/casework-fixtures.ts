// Builders for casework tests: a small authority (teams, workers, sign-ins) and children with
// records. Every insert runs through writeAs, like the service's own writes. The e2e suite and
// the benchmark use the same builders until the simulator's seedAuthority is available.
import type { Kysely } from 'kysely'
import type { DB } from '../../src/db/schema.ts'
import { writeAs } from '../../src/db/write.ts'
import { hashPassword } from '../../src/features/sign-in/sign-in.service.ts'
import type { Role } from '../../src/platform/auth/principal.ts'

const SYSTEM = { id: 'system:test-fixture' }
export const FIXTURE_PASSWORD = 'correct horse battery staple'

export interface Authority {
  teams: { frontDoor: number; assessment: number; children: number; earlyHelp: number; leavingCare: number }
  workers: { screener: number; socialWorker: number; otherWorker: number; manager: number; earlyHelp: number; iro: number; personalAdviser: number }
  users: Record<'screener' | 'socialWorker' | 'otherWorker' | 'manager' | 'earlyHelp' | 'iro' | 'personalAdviser' | 'analyst', string>
}

let passwordHash: Promise<string> | undefined

async function user(db: Kysely<DB>, username: string, role: Role, workerId: number | null, displayName: string) {
  passwordHash ??= hashPassword(FIXTURE_PASSWORD)
  await db
    .insertInto('app_user')
    .values({ username, display_name: displayName, role, worker_id: workerId, password_hash: await passwordHash })
    .onConflict((oc) => oc.column('username').doNothing())
    .execute()
}

/** Teams, workers (with the simulator's demo staff ids) and one sign-in per role. */
export async function buildAuthority(db: Kysely<DB>, options: { usernamePrefix?: string } = {}): Promise<Authority> {
  const p = options.usernamePrefix ?? ''
  const authority = await writeAs(db, SYSTEM, async (trx) => {
    const team = async (name: string, service: string) =>
      (await trx.insertInto('team').values({ name: `${p}${name}`, service, start_date: '2020-01-01' }).returning('id').executeTakeFirstOrThrow()).id
    const teams = {
      frontDoor: await team('Front door', 'front_door'),
      assessment: await team('Assessment team 1', 'assessment'),
      children: await team('Children in care team', 'children_in_care'),
      earlyHelp: await team('Early help team', 'early_help'),
      leavingCare: await team('Leaving care team', 'care_leavers'),
    }
    const worker = async (staffId: string, forename: string, surname: string, role: string, teamId: number, managerId: number | null = null) =>
      (
        await trx
          .insertInto('worker')
          .values({ staff_id: `${p}${staffId}`, forename, surname, role, team_id: teamId, manager_id: managerId, start_date: '2020-01-01' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    const manager = await worker('demo-team-manager', 'Morgan', 'Reid', 'team_manager', teams.assessment)
    const workers = {
      manager,
      screener: await worker('demo-screener', 'Sasha', 'Patel', 'screener', teams.frontDoor),
      socialWorker: await worker('demo-social-worker', 'Alex', 'Morgan', 'social_worker', teams.assessment, manager),
      otherWorker: await worker('demo-social-worker-2', 'Jo', 'Baxter', 'social_worker', teams.assessment, manager),
      earlyHelp: await worker('demo-early-help', 'Priya', 'Shah', 'early_help_practitioner', teams.earlyHelp),
      iro: await worker('demo-iro', 'Chris', 'Ndlovu', 'iro', teams.children),
      personalAdviser: await worker('demo-personal-adviser', 'Dee', 'Kaur', 'personal_adviser', teams.leavingCare),
    }
    return { teams, workers }
  })
  const { workers } = authority
  const users = {
    screener: `${p}screener`,
    socialWorker: `${p}social.worker`,
    otherWorker: `${p}social.worker.2`,
    manager: `${p}team.manager`,
    earlyHelp: `${p}early.help`,
    iro: `${p}iro`,
    personalAdviser: `${p}personal.adviser`,
    analyst: `${p}analyst`,
  }
  await user(db, users.screener, 'screener', workers.screener, 'Sasha Patel')
  await user(db, users.socialWorker, 'social_worker', workers.socialWorker, 'Alex Morgan')
  await user(db, users.otherWorker, 'social_worker', workers.otherWorker, 'Jo Baxter')
  await user(db, users.manager, 'team_manager', workers.manager, 'Morgan Reid')
  await user(db, users.earlyHelp, 'early_help_practitioner', workers.earlyHelp, 'Priya Shah')
  await user(db, users.iro, 'iro', workers.iro, 'Chris Ndlovu')
  await user(db, users.personalAdviser, 'personal_adviser', workers.personalAdviser, 'Dee Kaur')
  await user(db, users.analyst, 'performance_analyst', null, 'Ana Lyst')
  return { ...authority, users }
}

export interface ChildOptions {
  forename: string
  surname: string
  dateOfBirth: string
  sex?: 'M' | 'F' | 'U'
  nhsNumber?: string
  address?: { line1: string; town: string; postcode: string }
}

export async function addChild(db: Kysely<DB>, options: ChildOptions): Promise<number> {
  return writeAs(db, SYSTEM, async (trx) => {
    const { id } = await trx
      .insertInto('child')
      .values({ forename: options.forename, surname: options.surname, sex: options.sex ?? 'U', date_of_birth: options.dateOfBirth, nhs_number: options.nhsNumber ?? null })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (options.address) {
      await trx.insertInto('address').values({ child_id: id, kind: 'home', ...options.address, start_date: options.dateOfBirth }).execute()
    }
    return id
  })
}

export async function allocate(db: Kysely<DB>, childId: number, workerId: number, teamId: number, startDate: string, role = 'social_worker') {
  await writeAs(db, SYSTEM, (trx) => trx.insertInto('allocation').values({ child_id: childId, worker_id: workerId, team_id: teamId, role, start_date: startDate }).execute())
}

export async function addReferral(db: Kysely<DB>, childId: number, referralDate: string, teamId: number | null = null) {
  return writeAs(db, SYSTEM, async (trx) => {
    const row = await trx
      .insertInto('referral')
      .values({ child_id: childId, referral_date: referralDate, source: '2A', primary_need: 'N1', team_id: teamId })
      .returning('id')
      .executeTakeFirstOrThrow()
    return row.id
  })
}

export async function addContact(db: Kysely<DB>, options: { childId?: number | null; receivedAt: Date; reason: string; teamId?: number | null; source?: string }) {
  return writeAs(db, SYSTEM, async (trx) => {
    const row = await trx
      .insertInto('contact')
      .values({ child_id: options.childId ?? null, received_at: options.receivedAt, source: options.source ?? '2A', reason: options.reason, team_id: options.teamId ?? null })
      .returning('id')
      .executeTakeFirstOrThrow()
    return row.id
  })
}

/** A looked-after child: a period of care with one legal status and one placement. */
export async function addPeriodOfCare(db: Kysely<DB>, childId: number, options: { startDate: string; legalStatus?: string; placementType?: string }) {
  return writeAs(db, SYSTEM, async (trx) => {
    const period = await trx
      .insertInto('period_of_care')
      .values({ child_id: childId, start_date: options.startDate, category_of_need: 'N1' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx.insertInto('legal_status').values({ child_id: childId, period_of_care_id: period.id, code: options.legalStatus ?? 'C2', start_date: options.startDate }).execute()
    await trx
      .insertInto('placement')
      .values({ child_id: childId, period_of_care_id: period.id, placement_type: options.placementType ?? 'U6', provider: 'PR1', start_date: options.startDate })
      .execute()
    return period.id
  })
}
