import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Clock } from '../time/clock.ts'
import { createRateLimiter } from './rate-limit.ts'

function clockAt(ms: number) {
  let now = ms
  const clock: Clock = { now: () => new Date(now), today: () => '2026-11-23' }
  return { clock, advance: (by: number) => (now += by) }
}

describe('rate limiter', () => {
  it('allows the limit, then blocks the same key', () => {
    const limiter = createRateLimiter(clockAt(0).clock, { limit: 3, windowMs: 60_000 })
    assert.deepEqual([1, 2, 3, 4].map(() => limiter.hit('a')), [true, true, true, false])
    assert.equal(limiter.blocked('a'), true)
    assert.equal(limiter.blocked('b'), false)
  })
  it('lets a key in again once its hits leave the window', () => {
    const time = clockAt(0)
    const limiter = createRateLimiter(time.clock, { limit: 2, windowMs: 60_000 })
    limiter.hit('a')
    limiter.hit('a')
    assert.equal(limiter.blocked('a'), true)
    time.advance(60_001)
    assert.equal(limiter.blocked('a'), false)
  })
})
