// The simulator's only source of randomness: xoshiro128** seeded through splitmix32, so the
// same seed gives the same authority, byte for byte, on every machine. Math.random is never used.
// Algorithms: Blackman and Vigna, "Scrambled linear pseudorandom number generators" (2018),
// xoshiro128** 1.1 reference code; splitmix32 after Steele, Lea and Flood (2014).

export class Random {
  private s0: number
  private s1: number
  private s2: number
  private s3: number

  constructor(seed: number | string) {
    let state = typeof seed === 'number' ? seed >>> 0 : hashString(seed)
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0
      let z = state
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
      return (z ^ (z >>> 16)) >>> 0
    }
    this.s0 = next()
    this.s1 = next()
    this.s2 = next()
    this.s3 = next()
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1
  }

  /** An independent stream for one purpose, so adding draws in one area never shifts another. */
  fork(label: string): Random {
    return new Random(hashString(`${this.uint32()}:${label}`))
  }

  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0
    const t = (this.s1 << 9) >>> 0
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number {
    return this.uint32() / 4294967296
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** Uniform integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1)
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list')
    return items[this.int(items.length)] as T
  }

  /** Index chosen with probability proportional to its weight (weights ≥ 0, not all zero). */
  weightedIndex(weights: readonly number[]): number {
    let total = 0
    for (const w of weights) total += w
    if (!(total > 0)) throw new RangeError('Weights must have a positive sum')
    let r = this.next() * total
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number
      if (r < 0) return i
    }
    return weights.length - 1
  }

  /** A value from [value, weight] pairs. */
  weighted<T>(table: ReadonlyArray<readonly [T, number]>): T {
    return (table[this.weightedIndex(table.map(([, w]) => w))] as readonly [T, number])[0]
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next()
    const v = this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  /** Log-normal with the given median and spread (sigma of the underlying normal). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal())
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next())
  }

  /** Rounds a fractional expected count up or down at random, so scaled counts stay unbiased. */
  round(expected: number): number {
    if (expected <= 0) return 0
    const whole = Math.floor(expected)
    return whole + (this.next() < expected - whole ? 1 : 0)
  }

  /** Poisson count (Knuth for small means, normal approximation for large). */
  poisson(mean: number): number {
    if (mean <= 0) return 0
    if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()))
    const limit = Math.exp(-mean)
    let k = 0
    let p = this.next()
    while (p > limit) {
      k++
      p *= this.next()
    }
    return k
  }

  /**
   * One item chosen with probability proportional to its weight by rejection (weights at most
   * `maxWeight`), or undefined after `tries` misses: O(1) per draw on large candidate lists.
   */
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number, maxWeight: number, tries = 60): T | undefined {
    if (items.length === 0) return undefined
    for (let i = 0; i < tries; i++) {
      const item = items[this.int(items.length)] as T
      if (this.next() * maxWeight < weight(item)) return item
    }
    return undefined
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1)
      const tmp = items[i] as T
      items[i] = items[j] as T
      items[j] = tmp
    }
    return items
  }

  /**
   * Up to `count` items chosen without replacement, each with probability proportional to its
   * weight (Efraimidis–Spirakis keys), in a stable order so results never depend on sort quirks.
   */
  sampleWeighted<T>(items: readonly T[], count: number, weight: (item: T) => number): T[] {
    if (count <= 0) return []
    const keyed: Array<{ item: T; key: number; index: number }> = []
    items.forEach((item, index) => {
      const w = weight(item)
      if (w > 0) keyed.push({ item, key: Math.log(1 - this.next()) / w, index })
    })
    keyed.sort((a, b) => b.key - a.key || a.index - b.index)
    return keyed.slice(0, count).map((k) => k.item)
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0
}

/** FNV-1a, for turning labels into seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}
