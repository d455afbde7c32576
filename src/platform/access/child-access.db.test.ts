// The access table: every role × relationship × record kind, against a real database.
// Each role gets its own small world (its team, a colleague, a stranger in another team, and one
// child per relationship), so one role's fixtures never leak into another's expectations.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../db/database.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import {
  allocate,
  breakGlass,
  createChildWithRecords,
  createPrincipal,
  createTeam,
  createWorker,
  daysBefore,
  grantAccess,
  RECORD_KINDS,
  type ChildRecords,
} from '../../../test/support/access-world.ts'
import { ROLES, type Principal, type Role } from '../auth/principal.ts'
import { canSeeChild, visibleChildIds } from './child-access.ts'

const TODAY = '2026-11-23'
const NOW = new Date(`${TODAY}T12:00:00Z`)

const RELATIONSHIPS = [
  'allocated to me',
  'allocated to my team',
  'allocated to another team',
  'allocation to me ended',
  'restricted, allocated to me, no grant',
  'restricted, with a named grant',
  'restricted, grant revoked',
  'another team, after break-glass today',
  'another team, break-glass yesterday',
  'restricted, after break-glass today',
  'contact received 5 days ago',
  'contact received 45 days ago',
] as const
type Relationship = (typeof RELATIONSHIPS)[number]

const CASE_ROLES: Role[] = ['social_worker', 'early_help_practitioner', 'personal_adviser', 'team_manager', 'iro', 'screener']
const ALLOCATION_ROLE: Partial<Record<Role, string>> = { iro: 'iro', early_help_practitioner: 'early_help_practitioner', personal_adviser: 'personal_adviser' }

/** Who sees what. Anything not listed is not visible. */
function expectedVisible(role: Role, relationship: Relationship): boolean {
  const caseRole = CASE_ROLES.includes(role)
  switch (relationship) {
    case 'allocated to me':
      return ['social_worker', 'early_help_practitioner', 'personal_adviser', 'team_manager', 'iro'].includes(role)
    case 'allocated to my team':
      return ['social_worker', 'early_help_practitioner', 'personal_adviser', 'team_manager'].includes(role)
    case 'restricted, with a named grant':
    case 'another team, after break-glass today':
      return caseRole
    case 'contact received 5 days ago':
      return role === 'screener'
    case 'allocated to another team':
    case 'allocation to me ended':
    case 'restricted, allocated to me, no grant':
    case 'restricted, grant revoked':
    case 'another team, break-glass yesterday':
    case 'restricted, after break-glass today':
    case 'contact received 45 days ago':
      return false
  }
}

interface World {
  principal: Principal
  children: Record<Relationship, ChildRecords>
}

async function buildWorld(database: Database, role: Role): Promise<World> {
  const { db } = database
  const myTeam = await createTeam(db)
  const otherTeam = await createTeam(db)
  const me = await createWorker(db, { teamId: myTeam, role })
  const colleague = await createWorker(db, { teamId: myTeam, role: 'social_worker', managerId: role === 'team_manager' ? me : null })
  const stranger = await createWorker(db, { teamId: otherTeam, role: 'social_worker' })
  const grantor = await createPrincipal(db, 'team_manager', null)
  const principal = await createPrincipal(db, role, me)
  const myAllocation = { workerId: me, teamId: myTeam, role: ALLOCATION_ROLE[role] ?? 'social_worker' }

  const children = {} as Record<Relationship, ChildRecords>
  for (const relationship of RELATIONSHIPS) {
    const restricted = relationship.startsWith('restricted')
    const contactReceivedOn =
      relationship === 'contact received 5 days ago' ? daysBefore(TODAY, 5) : relationship === 'contact received 45 days ago' ? daysBefore(TODAY, 45) : undefined
    const child = await createChildWithRecords(db, { restricted, ...(contactReceivedOn ? { contactReceivedOn } : {}) })
    children[relationship] = child
    const childId = child.childId
    switch (relationship) {
      case 'allocated to me':
      case 'restricted, allocated to me, no grant':
        await allocate(db, { childId, ...myAllocation })
        break
      case 'allocation to me ended':
        await allocate(db, { childId, ...myAllocation, endDate: daysBefore(TODAY, 10) })
        break
      case 'allocated to my team':
        await allocate(db, { childId, workerId: colleague, teamId: myTeam })
        break
      case 'allocated to another team':
        await allocate(db, { childId, workerId: stranger, teamId: otherTeam })
        break
      case 'restricted, with a named grant':
        await allocate(db, { childId, workerId: stranger, teamId: otherTeam })
        await grantAccess(db, { childId, userId: principal.userId, grantedBy: grantor.userId, at: NOW })
        break
      case 'restricted, grant revoked':
        await allocate(db, { childId, ...myAllocation })
        await grantAccess(db, { childId, userId: principal.userId, grantedBy: grantor.userId, at: NOW, revokedAt: NOW })
        break
      case 'another team, after break-glass today':
      case 'restricted, after break-glass today':
        await allocate(db, { childId, workerId: stranger, teamId: otherTeam })
        await breakGlass(db, { childId, userId: principal.userId, on: TODAY })
        break
      case 'another team, break-glass yesterday':
        await allocate(db, { childId, workerId: stranger, teamId: otherTeam })
        await breakGlass(db, { childId, userId: principal.userId, on: daysBefore(TODAY, 1) })
        break
      case 'contact received 5 days ago':
      case 'contact received 45 days ago':
        break
    }
  }
  return { principal, children }
}

describe('who can see which child records (roles × relationships × record kinds)', () => {
  let database: Database
  const worlds = new Map<Role, World>()

  before(async () => {
    database = await openTestDatabase()
    for (const role of ROLES) worlds.set(role, await buildWorld(database, role))
  })
  after(async () => {
    await database.close()
  })

  for (const role of ROLES) {
    for (const relationship of RELATIONSHIPS) {
      const visible = expectedVisible(role, relationship)
      it(`${role}: a child ${relationship} is ${visible ? 'visible' : 'hidden'} in every record kind`, async () => {
        const { principal, children } = worlds.get(role) as World
        const { childId, records } = children[relationship]
        const { db } = database
        assert.equal(await canSeeChild(db, principal, childId, TODAY), visible, 'child record')
        for (const kind of RECORD_KINDS) {
          const rows = await db
            .selectFrom(kind)
            .select(`${kind}.id as id`)
            .where(`${kind}.id`, '=', records[kind])
            .where(`${kind}.child_id`, 'in', visibleChildIds(db, principal, TODAY))
            .execute()
          assert.equal(rows.length, visible ? 1 : 0, `${kind} record`)
        }
      })
    }
  }

  it('an administrator with a named grant still sees no case data', async () => {
    const { principal, children } = worlds.get('administrator') as World
    assert.equal(await canSeeChild(database.db, principal, children['restricted, with a named grant'].childId, TODAY), false)
  })
})
