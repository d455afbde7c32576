// A looked-after world for the looked-after page tests: the real app on a fresh database, a small
// authority, one child with an open referral allocated to the social worker (signed in), and,
// unless asked not to, an open period of care. Fixed clock: today is 23 November 2026.
import type { Database } from '../../src/db/database.ts'
import {
  addChild,
  addPeriodOfCare,
  addReferral,
  allocate,
  buildAuthority,
  type Authority,
} from './casework-fixtures.ts'
import { openTestDatabase } from './test-database.ts'
import { startTestApp, type TestApp, type TestClient } from './test-app.ts'

export const TODAY = '2026-11-23'

/** A GOV.UK date input's three fields, from an ISO date. */
export const dateParts = (name: string, iso: string): Record<string, string> => {
  const [y, m, d] = iso.split('-')
  return {
    [`${name}-day`]: String(Number(d)),
    [`${name}-month`]: String(Number(m)),
    [`${name}-year`]: y as string,
  }
}

export interface LookedAfterWorld {
  database: Database
  app: TestApp
  authority: Authority
  childId: number
  periodId: number | null
  client: TestClient
  /** A second client, signed in as `username`. */
  signIn(username: string): Promise<TestClient>
  /** Another child on the social worker's caseload, with an open referral but never looked after. */
  addChildNotLookedAfter(): Promise<number>
  close(): Promise<void>
}

export async function lookedAfterWorld(
  options: { periodStart?: string | null; legalStatus?: string; placementType?: string } = {},
): Promise<LookedAfterWorld> {
  const database = await openTestDatabase()
  const app = await startTestApp(database.db, { today: TODAY })
  const authority = await buildAuthority(database.db)
  const childId = await addChild(database.db, {
    forename: 'Rowan',
    surname: 'Ashby',
    dateOfBirth: '2016-03-14',
    address: { line1: '1 Test Row', town: 'Testtown', postcode: 'TS1 2AB' },
  })
  await addReferral(database.db, childId, '2026-01-05', authority.teams.children)
  await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.children, '2026-01-05')
  await allocate(database.db, childId, authority.workers.iro, authority.teams.children, '2026-01-05', 'iro')
  const periodStart = options.periodStart === undefined ? '2026-03-02' : options.periodStart
  const periodId = periodStart
    ? await addPeriodOfCare(database.db, childId, {
        startDate: periodStart,
        legalStatus: options.legalStatus ?? 'C1',
        placementType: options.placementType ?? 'U6',
      })
    : null
  const signIn = async (username: string) => {
    const client = app.client()
    await client.signIn(username)
    return client
  }
  const client = await signIn(authority.users.socialWorker)
  const addChildNotLookedAfter = async () => {
    const id = await addChild(database.db, { forename: 'Sky', surname: 'Marlow', dateOfBirth: '2018-07-01' })
    await addReferral(database.db, id, '2026-01-05', authority.teams.children)
    await allocate(database.db, id, authority.workers.socialWorker, authority.teams.children, '2026-01-05')
    return id
  }
  return {
    database,
    app,
    authority,
    childId,
    periodId,
    client,
    signIn,
    addChildNotLookedAfter,
    async close() {
      await app.close()
      await database.close()
    },
  }
}
