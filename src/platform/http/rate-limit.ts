// A small in-process sliding window, for sign-in attempts from one address. Account lock-out
// stops guessing one password; this stops one address trying a password across many accounts.
// In-process is enough for a single server; several servers each keep their own window.
import type { Clock } from '../time/clock.ts'

export interface RateLimiter {
  /** Counts a hit for the key; false when the key is over its limit in the window. */
  hit(key: string): boolean
  /** True when the key is already over its limit (nothing is counted). */
  blocked(key: string): boolean
}

const MAX_KEYS = 10_000

export function createRateLimiter(clock: Clock, options: { limit: number; windowMs: number }): RateLimiter {
  const hits = new Map<string, number[]>()
  const recent = (key: string, now: number) => (hits.get(key) ?? []).filter((at) => now - at < options.windowMs)
  return {
    hit(key) {
      const now = clock.now().getTime()
      const kept = recent(key, now)
      kept.push(now)
      hits.delete(key)
      hits.set(key, kept)
      // Forget the longest-idle address first, so a flood of addresses cannot exhaust memory.
      if (hits.size > MAX_KEYS) hits.delete(hits.keys().next().value as string)
      return kept.length <= options.limit
    },
    blocked(key) {
      return recent(key, clock.now().getTime()).length >= options.limit
    },
  }
}
