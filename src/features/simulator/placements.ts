// Placements and the homes that offer them. Each placement decision weighs what suits the child's
// age against how far each kind of placement is from its share of the authority's children in
// care (targets.ts PLACEMENT_MIX, from S002), so in-house and agency fostering, residential and
// placements with parents move as the council's sufficiency work moved them. Costs are weekly
// (2016 prices, rising 3% a year; residential faster) and distances are miles from home.
import { addDays, stamp } from './calendar.ts'
import { addYears, type IsoDate } from '../../platform/time/dates.ts'
import { placementShares, valueOn } from './curves.ts'
import { syntheticPostcode, surname } from './identity.ts'
import { Random } from './random.ts'
import { age, childRow, recordedAt } from './records.ts'
import type { Carer, Child, Placement, World } from './state.ts'
import { IN_HOUSE_FOSTER_HOUSEHOLDS, PLACEMENT_CATEGORIES, type PlacementCategory } from './targets.ts'
import type { NewRow } from './writer.ts'

/** Places outside the town: outward code and rough miles from Middlesbrough. */
const AWAY: ReadonlyArray<readonly [string, number, number]> = [
  ['TS17', 4, 20], ['TS18', 5, 16], ['TS10', 8, 12], ['TS14', 9, 6], ['TS24', 11, 8], ['DL1', 15, 8], ['DH1', 22, 6],
  ['SR4', 28, 4], ['NE4', 38, 5], ['YO24', 48, 4], ['LS12', 60, 3], ['BD5', 70, 2], ['M22', 95, 2], ['B23', 180, 1],
]
const HOME_OUTWARDS = ['TS1', 'TS3', 'TS4', 'TS5', 'TS7', 'TS8'] as const

const KIND: Record<PlacementCategory, Carer['kind'] | undefined> = {
  inhouse_foster: 'in_house_foster', ifa_foster: 'ifa_foster', connected: 'connected_carer', with_parents: undefined,
  inhouse_residential: 'in_house_residential', external_residential: 'external_residential', supported: 'supported_accommodation',
  adoption: 'adopters', other: 'other',
}

const WEEKLY: Record<PlacementCategory, readonly [number, number]> = {
  inhouse_foster: [380, 60], ifa_foster: [820, 90], connected: [290, 50], with_parents: [0, 0], inhouse_residential: [3200, 300],
  external_residential: [4200, 900], supported: [1500, 500], adoption: [0, 0], other: [5200, 1500],
}

function ofstedUrn(world: World): string {
  return `SC${String(world.rng.between(100000, 999999))}`
}

/**
 * The Ofsted URN of a home whose number the simulator did not always draw: supported accommodation
 * (registered with Ofsted from 28 October 2023, 7-digit URNs) and the other settings (secure
 * children's homes, family centres). Drawn from the carer's own stream so the main one is untouched.
 * Adoption agencies keep XXXXXXX, the placeholder DfE accepts for them (rule 242).
 */
function ownUrn(category: PlacementCategory, carerId: number): string {
  const own = new Random(`urn:${carerId}`)
  return category === 'supported' ? String(own.between(2000000, 2999999)) : `SC${String(own.between(100000, 999999))}`
}

/** Supported accommodation is K3 (registered) from the year the code began (2024/25); H5 before. */
export const SUPPORTED_K3_FROM: IsoDate = '2024-04-01'

export function newCarer(world: World, category: PlacementCategory, date: IsoDate, options: { capacity?: number; end?: IsoDate | null } = {}): Carer {
  const rng = world.rng
  const kind = KIND[category] ?? 'other'
  const local = category === 'inhouse_foster' || category === 'connected' || category === 'inhouse_residential' || (category !== 'external_residential' && rng.chance(0.35))
  const [outward, miles] = local ? [rng.pick(HOME_OUTWARDS), rng.between(1, 5)] : (() => {
    const [code, distance] = rng.weighted(AWAY.map(([c, d, w]) => [[c, d] as const, w] as const))
    return [code, distance + rng.between(-2, 3)] as const
  })()
  const ward = local ? rng.pick(world.wards.filter((w) => w.outward === outward)) : undefined
  const capacity = options.capacity ?? (category === 'inhouse_residential' ? 4 : category === 'external_residential' ? rng.between(2, 6) : category === 'supported' ? rng.between(4, 12) : rng.weighted([[1, 4], [2, 4], [3, 2]] as const))
  const provider = category === 'inhouse_foster' || category === 'connected' || category === 'inhouse_residential' ? 'Middlesbrough Council' : category === 'adoption' ? 'Adoption Tees Valley' : `${surname(rng)} ${rng.pick(['Fostering', 'Care', 'Homes', 'Futures', 'Support'])} Ltd`
  const approved = addDays(date, -rng.between(category === 'connected' || category === 'adoption' ? 0 : 60, category === 'connected' || category === 'adoption' ? 20 : 2500))
  const end = options.end ?? null
  const id = world.ids.take('carer')
  const row = {
    id,
    kind,
    name: category === 'inhouse_residential' || category === 'external_residential' || category === 'supported' ? `${surname(rng)} House` : `${surname(rng)} household`,
    provider,
    urn: category === 'adoption' ? 'XXXXXXX' : category === 'supported' || category === 'other' ? ownUrn(category, id) : ofstedUrn(world),
    postcode: syntheticPostcode(rng, outward),
    ward_code: ward?.code ?? null,
    approved_date: approved,
    end_date: end !== null && end <= world.today ? end : null,
    capacity,
  }
  world.sink.add('carer', row, recordedAt(world, approved, 10))
  const carer: Carer = { id: row.id, kind, category, provider, urn: row.urn, postcode: row.postcode, distance: miles, capacity, placed: 0, end }
  world.carers.push(carer)
  return carer
}

/** In-house homes and fostering households at the start, and the homes opened later (S002 §35). */
export function createCarers(world: World, start: IsoDate): void {
  const households = Math.round(valueOn(IN_HOUSE_FOSTER_HOUSEHOLDS, start) * world.scale)
  for (let i = 0; i < households; i++) fosterHousehold(world, start)
  for (let i = 0; i < Math.max(1, Math.round(3 * world.scale)); i++) newCarer(world, 'inhouse_residential', start, { capacity: 4 })
}

function fosterHousehold(world: World, date: IsoDate): Carer {
  // S002 §51: 141 households offering 267 places (about 1.9 each); about 24 leave a year (§55).
  const end = addDays(date, Math.round(world.rng.exponential(2200)) + 180)
  return newCarer(world, 'inhouse_foster', date, { end, capacity: world.rng.weighted([[1, 3], [2, 5], [3, 2]] as const) })
}

/** Monthly: recruitment keeps in-house households on the curve; new homes open (S002 §35-36). */
export function carersMonth(world: World, month: IsoDate): void {
  const open = world.carers.filter((c) => c.category === 'inhouse_foster' && (c.end === null || c.end > month)).length
  const wanted = valueOn(IN_HOUSE_FOSTER_HOUSEHOLDS, month) * world.scale
  for (let i = 0; i < world.rng.round(wanted - open); i++) fosterHousehold(world, addDays(month, world.rng.int(28)))
  // Rosecroft and Daniel Court opened in 2021 (S002 §35): in-house residential reached 23 children.
  if (month === '2021-01-01' || month === '2021-06-01') {
    for (let i = 0; i < Math.max(1, Math.round(2 * world.scale)); i++) newCarer(world, 'inhouse_residential', month, { capacity: 4 })
  }
}

/** Children in care now, by placement category. */
export function categoryCounts(world: World): Record<PlacementCategory, number> {
  return world.placed
}

/** How much a category is over (>1) or under (<1) its share today. */
export function pressure(world: World, date: IsoDate, counts: Record<PlacementCategory, number>): Record<PlacementCategory, number> {
  const shares = placementShares(date)
  const total = PLACEMENT_CATEGORIES.reduce((sum, c) => sum + counts[c], 0)
  const result = {} as Record<PlacementCategory, number>
  for (const c of PLACEMENT_CATEGORIES) result[c] = (counts[c] + 1.5) / (shares[c] * total + 1.5)
  return result
}

function affinity(childAge: number, legal: string): Record<PlacementCategory, number> {
  const home = legal === 'C1' || legal === 'C2' ? 1 : 0
  if (childAge < 1) return { inhouse_foster: 3, ifa_foster: 2, connected: 2.5, with_parents: 1.5 * home, inhouse_residential: 0, external_residential: 0, supported: 0, adoption: 0, other: 0.3 }
  if (childAge < 5) return { inhouse_foster: 3, ifa_foster: 2.5, connected: 3, with_parents: 2 * home, inhouse_residential: 0, external_residential: 0, supported: 0, adoption: 0, other: 0 }
  if (childAge < 10) return { inhouse_foster: 3, ifa_foster: 3, connected: 2.5, with_parents: 1.5 * home, inhouse_residential: 0.1, external_residential: 0.3, supported: 0, adoption: 0, other: 0 }
  if (childAge < 16) return { inhouse_foster: 2, ifa_foster: 3, connected: 1.5, with_parents: home, inhouse_residential: 1, external_residential: 2, supported: 0, adoption: 0, other: 0.2 }
  return { inhouse_foster: 1, ifa_foster: 1.5, connected: 1, with_parents: 0.6 * home, inhouse_residential: 0.8, external_residential: 1.5, supported: 4, adoption: 0, other: 0.2 }
}

export function chooseCategory(world: World, child: Child, date: IsoDate, legal: string, counts: Record<PlacementCategory, number>, not?: PlacementCategory): PlacementCategory {
  const base = affinity(Math.max(0, age(child, date)), legal)
  const over = pressure(world, date, counts)
  const weights = PLACEMENT_CATEGORIES.map((c) => (c === not ? 0 : base[c] * Math.min(20, Math.max(0.03, over[c] ** -3))))
  if (weights.every((w) => w === 0)) return 'ifa_foster'
  return PLACEMENT_CATEGORIES[world.rng.weightedIndex(weights)] as PlacementCategory
}

function findCarer(world: World, category: PlacementCategory, date: IsoDate, siblings: number): Carer {
  const reuse = category === 'inhouse_foster' || category === 'inhouse_residential' || world.rng.chance(0.6)
  if (reuse) {
    const free = world.carers.filter((c) => c.category === category && c.placed + siblings <= c.capacity && (c.end === null || c.end > addDays(date, 60)))
    if (free.length > 0) return world.rng.pick(free)
    if (category === 'inhouse_foster') return findCarer(world, 'ifa_foster', date, siblings)
    if (category === 'inhouse_residential') return findCarer(world, 'external_residential', date, siblings)
  }
  return newCarer(world, category, date, { capacity: Math.max(siblings, category === 'connected' ? siblings : 0) || undefined })
}

const TYPE: Record<PlacementCategory, (world: World, longTerm: boolean, date: IsoDate) => string> = {
  inhouse_foster: (_w, longTerm) => (longTerm ? 'U4' : 'U6'),
  ifa_foster: (_w, longTerm) => (longTerm ? 'U4' : 'U6'),
  connected: (_w, longTerm) => (longTerm ? 'U1' : 'U3'),
  with_parents: () => 'P1',
  inhouse_residential: () => 'K2',
  external_residential: () => 'K2',
  // Supported accommodation was registered with Ofsted from 28 October 2023; the 903 code for it
  // is H5 until K3 begins in 2024/25 (recodeSupportedAccommodation moves placements across).
  supported: (_w, _l, date) => (date >= SUPPORTED_K3_FROM ? 'K3' : 'H5'),
  adoption: (world) => (world.rng.chance(0.85) ? 'A6' : 'A4'),
  // Secure children's home, residential care home, family centre or mother and baby unit.
  other: (world) => world.rng.pick(['K1', 'R1', 'R3']),
}

/** Starts a placement; the previous one (if any) ends the same day with a reason. */
export function place(
  world: World,
  child: Child,
  date: IsoDate,
  category: PlacementCategory,
  options: { reason?: string; unplanned?: boolean; carer?: Carer; type?: string } = {},
): Placement | undefined {
  const care = child.episode?.care
  if (!care) return undefined
  const rng = world.rng
  const previous = care.placements.at(-1)
  if (previous && previous.row.end_date === null) {
    if (previous.row.start_date >= date) date = addDays(previous.row.start_date, 1)
    endPlacement(world, previous, date, options.reason ?? 'CARPL', options.unplanned ?? false)
  }
  const carer = category === 'with_parents' ? undefined : (options.carer ?? findCarer(world, category, date, 1))
  const actual = carer?.category ?? category
  if (carer) carer.placed++
  const longTerm = care.pathway === 'long_term' && date > addYears(care.period.start_date, 1)
  const type = options.type ?? TYPE[actual](world, longTerm, date)
  // Other placements are public provision (PR3), except a secure children's home, which another
  // authority runs (PR3 is not allowed with K1: DfE rule 529).
  const other = type === 'K1' ? 'PR2' : 'PR3'
  const provider = actual === 'with_parents' ? 'PR0' : actual === 'inhouse_foster' || actual === 'connected' || actual === 'inhouse_residential' ? 'PR1' : actual === 'adoption' ? (rng.chance(0.8) ? 'PR1' : 'PR5') : actual === 'other' ? other : rng.chance(0.8) ? 'PR4' : 'PR5'
  const years = Number(date.slice(0, 4)) - 2016
  const [mean, spread] = WEEKLY[actual]
  const growth = actual === 'external_residential' ? 1.07 ** years : 1.03 ** years
  const row: Omit<NewRow<'placement'>, 'id'> = {
    child_id: child.id,
    period_of_care_id: care.period.id,
    placement_type: type,
    provider,
    carer_id: carer?.id ?? null,
    postcode: actual === 'with_parents' ? child.home.row.postcode : (carer?.postcode ?? null),
    urn: actual === 'with_parents' ? null : (carer?.urn ?? null),
    start_date: date,
    end_date: null,
    change_reason: null,
    weekly_cost: mean === 0 ? 0 : Math.round(Math.max(mean * 0.5, mean + spread * rng.normal()) * growth * 100) / 100,
    distance_miles: actual === 'with_parents' ? 0 : rng.chance(0.01) ? 999.9 : Math.round(((carer?.distance ?? 2) + rng.next()) * 10) / 10,
    unplanned_end: false,
  }
  const placement: Placement = { row: childRow(world, child, 'placement', row, recordedAt(world, date, 4)), category: actual, carer }
  care.placements.push(placement)
  world.placed[actual]++
  return placement
}

export function endPlacement(world: World, placement: Placement, date: IsoDate, reason: string | null, unplanned: boolean): void {
  if (placement.row.end_date === null) world.placed[placement.category]--
  placement.row.end_date = date < placement.row.start_date ? placement.row.start_date : date
  placement.row.change_reason = reason
  placement.row.unplanned_end = unplanned
  if (placement.carer) placement.carer.placed = Math.max(0, placement.carer.placed - 1)
}

const MOVE_REASONS: ReadonlyArray<readonly [string, number, boolean]> = [
  ['CARPL', 30, false], ['CREQB', 14, true], ['CREQO', 9, true], ['CHILD', 8, true], ['LAREQ', 10, false], ['STAND', 3, true],
  ['ALLEG', 3, true], ['CLOSE', 4, false], ['OTHER', 12, false],
]

/**
 * Placed for adoption (A3 to A6). A child placed with foster carers who are adopting them (A5)
 * counts in the carers' fostering category, but stays with them until the adoption order: their
 * fostering approval ending, a breakdown or a rebalancing move would leave the child adopted from
 * a placement that is not an adoption placement (DfE 903 rule 390).
 */
export function placedForAdoption(placement: Placement): boolean {
  return /^A[3-6]$/.test(placement.row.placement_type)
}

/** Kinds of placement a child can be moved between to bring the mix back to plan. */
const MOVABLE: readonly PlacementCategory[] = ['inhouse_foster', 'ifa_foster', 'inhouse_residential', 'external_residential', 'supported']

/**
 * Planned moves that bring the mix towards plan: children brought back from agency and external
 * placements as in-house places open (S002 §57, §161 and page 2 §32-36), or on to agency homes
 * when in-house places run short.
 */
function rebalance(world: World, month: IsoDate, days: number): void {
  const rng = world.rng
  const shares = placementShares(month)
  const total = PLACEMENT_CATEGORIES.reduce((sum, c) => sum + world.placed[c], 0)
  for (const to of MOVABLE) {
    const gap = shares[to] * total - world.placed[to]
    if (gap < 2 * world.scale) continue
    const from = MOVABLE.filter((c) => c !== to && world.placed[c] > shares[c] * total + 1).sort((a, b) => world.placed[b] - shares[b] * total - (world.placed[a] - shares[a] * total))[0]
    if (!from) continue
    const residential = to === 'inhouse_residential' || to === 'external_residential'
    const candidates = [...world.active].filter((c) => {
      const current = c.episode?.care?.placements.at(-1)
      return current?.category === from && current.row.end_date === null && !placedForAdoption(current) && current.row.start_date < addDays(month, -60) && (!residential || age(c, month) >= 10) && (to !== 'supported' || age(c, month) >= 16)
    })
    for (const child of rng.shuffle(candidates).slice(0, Math.ceil(gap * 0.3))) {
      const date = addDays(month, rng.int(days))
      if (date > world.today) continue
      place(world, child, date, to, { reason: rng.chance(0.7) ? 'CARPL' : 'LAREQ' })
    }
  }
}

/** Monthly placement moves: breakdowns and planned moves (fewer from 2021, S002 §45-47 page 2). */
export function movesMonth(world: World, month: IsoDate, days: number): void {
  const rng = world.rng
  rebalance(world, month, days)
  const counts = categoryCounts(world)
  const rate = month < '2021-01-01' ? 0.03 : 0.014
  for (const child of [...world.active]) {
    const care = child.episode?.care
    const current = care?.placements.at(-1)
    if (!care || !current || current.row.end_date !== null || current.category === 'adoption' || placedForAdoption(current) || current.category === 'with_parents') continue
    const carerLeaving = current.carer?.end !== null && current.carer?.end !== undefined && current.carer.end < addDays(month, days)
    if (!carerLeaving && !rng.chance(rate)) continue
    const date = carerLeaving ? (current.carer?.end as IsoDate) : addDays(month, rng.int(days))
    if (date > world.today || date <= current.row.start_date) continue
    const [reason, , unplanned] = carerLeaving ? (['CLOSE', 0, false] as const) : rng.weighted(MOVE_REASONS.map((r) => [r, r[1]] as const))
    const legal = care.legal.at(-1)?.code ?? 'V2'
    place(world, child, date, chooseCategory(world, child, date, legal, counts), { reason, unplanned })
  }
}

/**
 * When K3 began (1 April 2024), children still in supported accommodation recorded as H5 have the
 * placement recoded: the H5 placement ends and a K3 one with the same provider begins that day, a
 * change in the status of the placement only (REASON_PLACE_CHANGE PLACE; the next episode's RNE
 * is T, same carers). No draws from the main stream.
 */
export function recodeSupportedAccommodation(world: World, date: IsoDate): void {
  if (date > world.today) return
  for (const child of world.active) {
    const care = child.episode?.care
    const current = care?.placements.at(-1)
    if (!care || !current || current.row.end_date !== null || current.row.placement_type !== 'H5' || current.row.start_date >= date) continue
    endPlacement(world, current, date, 'PLACE', false)
    const was = current.row
    const row: Omit<NewRow<'placement'>, 'id'> = {
      child_id: was.child_id,
      period_of_care_id: was.period_of_care_id,
      placement_type: 'K3',
      provider: was.provider,
      carer_id: was.carer_id,
      postcode: was.postcode,
      urn: was.urn,
      start_date: date,
      end_date: null,
      change_reason: null,
      weekly_cost: was.weekly_cost,
      distance_miles: was.distance_miles,
      unplanned_end: false,
    }
    care.placements.push({ row: childRow(world, child, 'placement', row, stamp(date, 9 * 60)), category: current.category, carer: current.carer })
    world.placed[current.category]++
    if (current.carer) current.carer.placed++
  }
}
