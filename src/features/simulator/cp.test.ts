// A child protection plan for a child whose previous case closed days before: the referral behind
// the plan is backdated before the strategy discussion, but never into the closed case.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { NewRow } from './writer.ts'
import { startCpPlan } from './cp.ts'
import { createWorld } from './engine.ts'
import { closeEpisode, openReferral } from './front-door.ts'
import { newFamily } from './population.ts'
import { Random } from './random.ts'
import { Ids, type Child, type World } from './state.ts'
import { createTeams } from './workforce.ts'

function smallWorld(seed: number): World {
  const world = createWorld({ rng: new Random(seed), ids: new Ids(), sink: { add() {}, addEntries() {} }, unit: 0, scale: 0.1, today: '2025-12-31' })
  createTeams(world)
  return world
}

const referrals = (child: Child) => child.bundle.filter((e) => e.table === 'referral').map((e) => e.row as NewRow<'referral'>)

describe('child protection plans', () => {
  it('never backdates a new referral into the case that closed just before the conference', () => {
    // Several seeds, so the drawn delay between strategy discussion and conference varies.
    for (const seed of [1, 2, 3, 4, 5]) {
      const world = smallWorld(seed)
      const child = newFamily(world, '2022-07-01', 6).children[0] as Child
      openReferral(world, child, '2022-07-30')
      closeEpisode(world, child, '2024-10-24', 'RC7')
      // The earliest day the child is free again; the strategy discussion is drawn 8 to 42 days earlier.
      startCpPlan(world, child, child.busyUntil)
      const [previous, next] = referrals(child)
      assert.equal(previous?.closure_date, '2024-10-24')
      assert.ok(next && next.referral_date > '2024-10-24', `seed ${seed}: referred ${next?.referral_date}, previous case closed 2024-10-24`)
      assert.ok(next.referral_date <= (child.episode?.cp?.row.start_date ?? ''), 'the referral comes no later than the plan')
    }
  })

  it('keeps the backdated date for a child never referred before', () => {
    const world = smallWorld(1)
    const child = newFamily(world, '2024-06-01', 6).children[0] as Child
    startCpPlan(world, child, '2024-11-01')
    const [referral] = referrals(child)
    assert.ok(referral && referral.referral_date < '2024-10-25', `referred ${referral?.referral_date}`)
  })
})
