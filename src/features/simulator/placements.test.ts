// Monthly placement moves never take a child out of an adoption placement: a child adopted by
// their foster carers stays with them until the order, even when the carers stop fostering.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { enterCare } from './cla.ts'
import { createWorld } from './engine.ts'
import { createCarers, movesMonth, newCarer, place, placedForAdoption } from './placements.ts'
import { newFamily } from './population.ts'
import { Random } from './random.ts'
import { Ids, type Child, type World } from './state.ts'
import { createTeams } from './workforce.ts'

function smallWorld(): World {
  const world = createWorld({ rng: new Random(11), ids: new Ids(), sink: { add() {}, addEntries() {} }, unit: 0, scale: 0.1, today: '2024-12-31' })
  createTeams(world)
  createCarers(world, '2016-04-01')
  return world
}

function childInCare(world: World): Child {
  const child = newFamily(world, '2023-01-01', 2).children[0] as Child
  world.active.add(child)
  assert.ok(enterCare(world, child, '2023-01-23', 'court'))
  return child
}

describe('placement moves', () => {
  it('leaves a child placed for adoption with foster carers (A5) there when the carers stop fostering', () => {
    const world = smallWorld()
    const child = childInCare(world)
    const carers = newCarer(world, 'inhouse_foster', '2023-01-20', { end: '2024-08-25' })
    place(world, child, '2023-02-01', 'inhouse_foster', { carer: carers, type: 'U6' })
    const adoption = place(world, child, '2024-04-22', 'adoption', { carer: carers, type: 'A5', reason: 'PLACE' })
    assert.ok(adoption && placedForAdoption(adoption))
    for (const month of ['2024-08-01', '2024-09-01', '2024-10-01']) movesMonth(world, month, 30)
    const placements = child.episode?.care?.placements ?? []
    assert.equal(placements.at(-1), adoption)
    assert.equal(adoption.row.end_date, null)
  })

  it('still moves a child in foster care when the carers stop fostering', () => {
    const world = smallWorld()
    const child = childInCare(world)
    const carers = newCarer(world, 'inhouse_foster', '2023-01-20', { end: '2024-08-25' })
    const foster = place(world, child, '2023-02-01', 'inhouse_foster', { carer: carers, type: 'U6' })
    movesMonth(world, '2024-08-01', 31)
    assert.equal(foster?.row.end_date, '2024-08-25')
    assert.equal(foster?.row.change_reason, 'CLOSE')
    assert.notEqual(child.episode?.care?.placements.at(-1), foster)
  })
})
