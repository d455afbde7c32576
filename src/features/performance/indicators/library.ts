// The indicator library: every indicator Sightline computes, in the order the library lists them.
import { HEADLINE_INDICATORS } from './headline.ts'
import type { Indicator } from './indicator.ts'
import { PRACTICE_INDICATORS, PROXY_INDICATORS } from './local.ts'

export const INDICATORS: readonly Indicator[] = [
  ...HEADLINE_INDICATORS,
  ...PROXY_INDICATORS,
  ...PRACTICE_INDICATORS,
]

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]))

export function findIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id)
}
