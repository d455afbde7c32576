import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { addChild, addPeriodOfCare } from '../../../test/support/casework-fixtures.ts'
import type { Database } from '../../db/database.ts'
import { writeAs } from '../../db/write.ts'
import { fixedClock } from '../../platform/time/clock.ts'
import { englandAndWalesCalendar } from '../../platform/time/working-days.ts'
import { createDueWork } from './due-work.ts'

describe('due work', () => {
  let database: Database
  before(async () => {
    database = await openTestDatabase()
  })
  after(async () => {
    await database.close()
  })

  it('remembers a child’s due items only while the facts and the day are the same', async () => {
    const { db } = database
    const today = { value: '2026-11-23' }
    const clock = { ...fixedClock('2026-11-23'), today: () => today.value }
    const dueWork = createDueWork(db, clock, englandAndWalesCalendar)
    const childId = await addChild(db, { forename: 'Remy', surname: 'Memo', dateOfBirth: '2015-05-05' })
    await addPeriodOfCare(db, childId, { startDate: '2026-10-01' })
    const visit = async () => (await dueWork.forChild(childId)).find((d) => /visit/i.test(d.label))

    const first = await visit()
    assert.ok(first, 'a statutory visit is due')
    assert.deepEqual(await visit(), first, 'asked again, the same answer')

    // A visit recorded since: the facts differ, so the engine runs again and the next visit moves on.
    await writeAs(db, { id: 'user:test' }, (trx) =>
      trx.insertInto('visit').values({ child_id: childId, kind: 'cla', visit_date: '2026-11-20', seen: true, seen_alone: true }).execute(),
    )
    const after = await visit()
    assert.ok(after && after.dueDate > first.dueDate, `the next visit is due after ${first.dueDate}, not ${after?.dueDate}`)

    // A later day: same facts, new answer (statuses and working days remaining run on the day).
    today.value = '2027-03-01'
    const later = await visit()
    assert.equal(later?.status, 'overdue')
  })
})
