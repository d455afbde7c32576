// The children and families of the authority. Only children the council comes to know about get a
// record: a family is created when its first contact arrives, with all its children (the household
// the screener records), parents as related people, and a home address in a ward chosen by the
// ward's child population (ONS mid-2020, reference-data) weighted by its level of need.
import { addDays } from './calendar.ts'
import { addYears, ageOn, type IsoDate } from '../../platform/time/dates.ts'
import { readReferenceCsv } from '../reference/reference-files.ts'
import { adultForename, childForename, nhsNumber, streetAddress, surname, syntheticPostcode, upn } from './identity.ts'
import { age, childRow, globalRow, recordedAt } from './records.ts'
import type { Child, Family, Ward, World } from './state.ts'
import { Random } from './random.ts'
import { CLA_ETHNICITY_OCT_2020 } from './targets.ts'

/**
 * Need per child and the tilt towards care or protection, by ward. Need follows deprivation
 * (North Ormesby most deprived, S002 §32); the tilts reproduce S002 §27: North Ormesby and
 * Newport have many children looked after but proportionately few on plans; in Brambles &
 * Thorntree and Berwick Hills & Pallister need shows as early help, CIN and CP instead (§31).
 */
const WARD_PROFILE: Record<string, { need: number; care: number; cp: number; outward: string; locality: string }> = {
  Acklam: { need: 0.6, care: 1, cp: 1, outward: 'TS5', locality: 'West' },
  Ayresome: { need: 1.0, care: 1, cp: 1, outward: 'TS5', locality: 'West' },
  'Berwick Hills & Pallister': { need: 2.0, care: 0.8, cp: 1.15, outward: 'TS3', locality: 'East' },
  'Brambles & Thorntree': { need: 2.0, care: 1.0, cp: 0.77, outward: 'TS3', locality: 'East' },
  Central: { need: 1.8, care: 1.1, cp: 1, outward: 'TS1', locality: 'North' },
  'Coulby Newham': { need: 0.7, care: 1, cp: 1, outward: 'TS8', locality: 'South' },
  Hemlington: { need: 1.5, care: 1, cp: 1, outward: 'TS8', locality: 'South' },
  Kader: { need: 0.6, care: 1, cp: 1, outward: 'TS5', locality: 'South' },
  Ladgate: { need: 1.0, care: 1, cp: 1, outward: 'TS3', locality: 'East' },
  Linthorpe: { need: 0.7, care: 1, cp: 1, outward: 'TS5', locality: 'West' },
  'Longlands & Beechwood': { need: 1.4, care: 1, cp: 1, outward: 'TS4', locality: 'West' },
  'Marton East': { need: 0.35, care: 1, cp: 1, outward: 'TS7', locality: 'East' },
  'Marton West': { need: 0.3, care: 1, cp: 1, outward: 'TS7', locality: 'South' },
  Newport: { need: 2.2, care: 1.5, cp: 0.75, outward: 'TS1', locality: 'North' },
  'North Ormesby': { need: 3.2, care: 1.55, cp: 0.37, outward: 'TS3', locality: 'North' },
  Nunthorpe: { need: 0.25, care: 1, cp: 1, outward: 'TS7', locality: 'East' },
  Park: { need: 1.2, care: 1, cp: 1, outward: 'TS1', locality: 'West' },
  'Park End & Beckfield': { need: 1.5, care: 1, cp: 1, outward: 'TS3', locality: 'East' },
  'Stainton & Thornton': { need: 0.3, care: 1, cp: 1, outward: 'TS8', locality: 'South' },
  Trimdon: { need: 0.9, care: 1, cp: 1, outward: 'TS4', locality: 'South' },
}

/** Wards with their children aged 0-17 (0-15 plus half of 16-19) from the shipped ONS file. */
export function loadWards(): Ward[] {
  const children = new Map<string, number>()
  for (const row of readReferenceCsv('middlesbrough_ward_population_mid2020.csv')) {
    const measure = row.measure ?? ''
    const value = Number(row.value)
    const share = measure.endsWith('0_4') || measure.endsWith('5_10') || measure.endsWith('11_15') ? 1 : measure.endsWith('16_19') ? 0.5 : 0
    children.set(row.ward_code ?? '', (children.get(row.ward_code ?? '') ?? 0) + value * share)
  }
  return readReferenceCsv('middlesbrough_wards.csv').map((row) => {
    const name = row.ward_name ?? ''
    const profile = WARD_PROFILE[name]
    if (!profile) throw new Error(`No simulator profile for ward ${name}`)
    return {
      code: row.ward_code_current ?? '',
      name,
      outward: profile.outward,
      children: Math.round(children.get(row.ward_code_2015_2022 ?? '') ?? 0),
      need: profile.need,
      careTilt: profile.care,
      cpTilt: profile.cp,
      locality: profile.locality,
    }
  })
}

/** Ethnicity of families known to the service, tuned to the CLA profile in S002 §27. */
const ETHNICITY: ReadonlyArray<readonly [string, number]> = [
  ['WBRI', 80.2], ['WOTH', 2.8], ['WIRI', 0.5], ['WROM', 1.4], ['MWBC', 2.0], ['MWAS', 1.5], ['MWBA', 1.0],
  ['MOTH', 1.6], ['APKN', 1.3], ['AOTH', 0.5], ['ABAN', 0.3], ['AIND', 0.2], ['BAFR', 3.8], ['BOTH', 0.7],
  ['BCRB', 0.5], ['OOTH', 0.7], ['CHNE', 0.2], ['NOBT', 0.4],
]

/**
 * Weights that keep each ward's share of children looked after (or on plans) near its expected
 * share (children × need × tilt): a ward below its share is favoured for the next child, one above
 * it is not. This holds the small ward counts of S002 §27 steady instead of leaving them to chance.
 */
export function wardSteering(world: World, kind: 'care' | 'cp'): (w: Ward) => number {
  const counts = new Map<Ward, number>()
  let total = 0
  for (const child of world.active) {
    const open = kind === 'care' ? child.episode?.care : child.episode?.cp
    if (!open) continue
    counts.set(child.family.ward, (counts.get(child.family.ward) ?? 0) + 1)
    total++
  }
  const tilt = (w: Ward) => (kind === 'care' ? w.careTilt : w.cpTilt)
  const sum = world.wards.reduce((a, w) => a + w.children * w.need * tilt(w), 0)
  const factors = new Map<Ward, number>()
  for (const w of world.wards) {
    const expected = ((w.children * w.need * tilt(w)) / sum) * total
    const count = counts.get(w) ?? 0
    // Well over its share: no more from this ward for now; well under: strongly favoured.
    const factor = count > expected + 1.5 ? 0.01 : Math.min(20, Math.max(0.05, ((expected + 1) / (count + 1)) ** 4))
    factors.set(w, tilt(w) * factor)
  }
  return (w) => factors.get(w) ?? 1
}

/**
 * An ethnicity for a family whose child is coming into care, leaning towards groups short of
 * their share of children looked after (S002 §27), so that small groups stay near their share.
 */
export function steeredEthnicity(world: World): string {
  const counts = new Map<string, number>()
  let total = 0
  for (const child of world.active) {
    if (!child.episode?.care) continue
    const group = groupOf(child.row.ethnicity ?? 'NOBT')
    counts.set(group, (counts.get(group) ?? 0) + 1)
    total++
  }
  const weights = CLA_ETHNICITY_OCT_2020.map((g) => {
    const expected = (g.percent / 100) * total
    return g.percent * Math.min(20, Math.max(0.05, ((expected + 1) / ((counts.get(g.group) ?? 0) + 1)) ** 3))
  })
  const group = (CLA_ETHNICITY_OCT_2020[world.rng.weightedIndex(weights)] ?? CLA_ETHNICITY_OCT_2020[0]).group
  return world.rng.weighted(ETHNICITY.filter(([code]) => groupOf(code) === group))
}

function groupOf(code: string): string {
  return code === 'CHNE' ? 'O' : code.slice(0, 1)
}

function chooseWard(world: World, tilt: (w: Ward) => number = () => 1): Ward {
  return world.wards[world.rng.weightedIndex(world.wards.map((w) => w.children * w.need * tilt(w)))] as Ward
}

/** A family with its first child of a given age; siblings are added around that child. */
export function newFamily(
  world: World,
  date: IsoDate,
  indexAge: number,
  options: { ward?: Ward; tilt?: (w: Ward) => number; siblings?: number; ethnicity?: string; unborn?: boolean } = {},
): Family {
  const rng = world.rng
  const ward = options.ward ?? chooseWard(world, options.tilt)
  const familySurname = surname(rng)
  const at = recordedAt(world, date, 1)
  const family: Family = {
    id: 0,
    surname: familySurname,
    ward,
    children: [],
    motherId: globalRow(world, 'related_person', { forename: adultForename(rng, 'F'), surname: familySurname, date_of_birth: addYears(date, -rng.between(18, 44)), sex: 'F', phone: null }, at).id,
    fatherId: rng.chance(0.55)
      ? globalRow(world, 'related_person', { forename: adultForename(rng, 'M'), surname: rng.chance(0.6) ? familySurname : surname(rng), date_of_birth: addYears(date, -rng.between(19, 50)), sex: 'M', phone: null }, at).id
      : null,
    ethnicity: options.ethnicity ?? rng.weighted(ETHNICITY),
  }
  family.id = globalRow(world, 'family', { name: `${familySurname} family` }, at).id
  const street = streetAddress(rng)
  const postcode = syntheticPostcode(rng, ward.outward)
  const moveIn = addDays(date, -rng.between(60, 3000))
  // An unborn index child is due 3 to 20 weeks after the first contact.
  const indexDob = options.unborn ? addDays(date, rng.between(21, 140)) : addDays(addYears(date, -indexAge), -rng.between(0, 364))
  addChild(world, family, indexDob, date, { street, postcode, moveIn })
  const siblings = options.siblings ?? rng.weighted([[0, 45], [1, 30], [2, 15], [3, 7], [4, 3]] as const)
  for (let i = 0; i < siblings; i++) {
    const gap = rng.between(1, 6) * (rng.chance(0.5) ? 1 : -1)
    let dob = addDays(addYears(indexDob, gap), rng.between(-150, 150))
    if (dob > addDays(date, -30)) dob = addDays(date, -rng.between(30, 700))
    if (ageOn(dob, date) >= 18) continue
    addChild(world, family, dob, date, { street, postcode, moveIn })
  }
  return family
}

/**
 * The child's UPN, or why there is none. A child of school age in the census year in progress (4 by
 * the 31 August after its 31 March, as DfE's rules count it) has one unless it could not be obtained (UN2); a younger child has UN1.
 * Children who reach school age after they enter the simulation get theirs from a generator of
 * their own, so the main random stream (and so the whole authority) is unchanged.
 */
function pupilNumber(world: World, id: number, dob: IsoDate, assigned: string | null): { upn: string | null; upn_unknown_reason: string | null } {
  if (assigned !== null) return { upn: unique(world, id, assigned, Number(dob.slice(0, 4)) + 5), upn_unknown_reason: null }
  // DfE's school age for the census in progress: 4 by the 31 August after its 31 March.
  const yearEnding = Number(world.today.slice(0, 4)) + (world.today.slice(5) >= '04-01' ? 1 : 0)
  const schoolAgeByToday = addYears(dob, 4) <= `${yearEnding}-08-31`
  if (!schoolAgeByToday) return { upn: null, upn_unknown_reason: 'UN1' }
  const own = new Random(`upn:${id}`)
  return own.chance(0.95) ? { upn: unique(world, id, upn(own, Number(dob.slice(0, 4)) + 5), Number(dob.slice(0, 4)) + 5), upn_unknown_reason: null } : { upn: null, upn_unknown_reason: 'UN2' }
}

const issuedUpns = new WeakMap<World, Set<string>>()

/** A UPN belongs to one pupil (CIN rule 1520): one already issued is drawn again from the child's own stream. */
function unique(world: World, id: number, candidate: string, yearOfEntry: number): string {
  let issued = issuedUpns.get(world)
  if (!issued) issuedUpns.set(world, (issued = new Set()))
  let number = candidate
  for (let retry = 0; issued.has(number); retry++) number = upn(new Random(`upn:${id}:${retry}`), yearOfEntry)
  issued.add(number)
  return number
}

/** A child in the family, born or (when dob is after `known`) unborn. */
export function addChild(world: World, family: Family, dob: IsoDate, known: IsoDate, home?: { street: string; postcode: string; moveIn: IsoDate }): Child {
  const rng = world.rng
  const sex = rng.chance(0.52) ? 'M' : 'F'
  const born = dob <= known
  const id = world.ids.take('child')
  const schoolAge = born && ageOn(dob, known) >= 5
  const first = family.children[0]
  const address = home ?? { street: first?.home.row.line1 ?? streetAddress(rng), postcode: first?.home.row.postcode ?? syntheticPostcode(rng, family.ward.outward), moveIn: known }
  const at = recordedAt(world, known, 1)
  const child: Child = {
    id,
    family,
    sex,
    dob,
    born,
    row: {
      id,
      forename: childForename(rng, sex),
      surname: rng.chance(0.85) ? family.surname : surname(rng),
      sex,
      date_of_birth: born ? dob : null,
      expected_date_of_birth: born ? null : dob,
      nhs_number: born && rng.chance(0.97) ? nhsNumber(rng) : null,
      ...pupilNumber(world, id, dob, schoolAge && rng.chance(0.93) ? upn(rng, Number(dob.slice(0, 4)) + 5) : null),
      ethnicity: family.ethnicity,
      is_restricted: rng.chance(0.004),
      restriction_reason: null,
    },
    rowAt: at,
    rowWritten: false,
    home: { row: { id: 0, child_id: id, kind: 'home', line1: address.street, line2: null, town: 'Middlesbrough', postcode: address.postcode, ward_code: family.ward.code, start_date: born && address.moveIn < dob ? dob : address.moveIn, end_date: null }, at },
    disabled: false,
    bundle: [],
    lastReferralDate: undefined,
    cpPlansEver: 0,
    busyUntil: known,
    allocations: new Map(),
    workerHistory: [],
    episode: undefined,
    earlyHelp: undefined,
    leaver: undefined,
    careAtBirth: false,
    overdue: false,
  }
  if (child.row.is_restricted) child.row.restriction_reason = 'Risk of harm from a family member (synthetic)'
  if (!born) child.home.row.start_date = known
  child.home.row.id = world.ids.take('address')
  family.children.push(child)
  world.children.push(child)
  childRow(world, child, 'family_member', { child_id: id, family_id: family.id, role: 'child' }, at)
  childRow(world, child, 'relationship', { child_id: id, related_child_id: null, related_person_id: family.motherId, kind: 'mother', has_parental_responsibility: true, lives_with: true, start_date: born ? dob : null, end_date: null }, at)
  if (family.fatherId !== null) {
    const withFather = rng.chance(0.5)
    childRow(world, child, 'relationship', { child_id: id, related_child_id: null, related_person_id: family.fatherId, kind: 'father', has_parental_responsibility: rng.chance(0.65), lives_with: withFather, start_date: born ? dob : null, end_date: null }, at)
  }
  return child
}

/** A baby is born: the record gets its date of birth and NHS number. */
export function giveBirth(world: World, child: Child, date: IsoDate): void {
  child.born = true
  child.dob = date
  child.row.date_of_birth = date
  child.row.nhs_number = nhsNumber(world.rng)
  child.home.row.start_date = date
}

/** The family moves house, within the town (S002 notes families arriving in crisis). */
export function moveHome(world: World, family: Family, date: IsoDate): void {
  const ward = chooseWard(world)
  const street = streetAddress(world.rng)
  const postcode = syntheticPostcode(world.rng, ward.outward)
  family.ward = ward
  for (const child of family.children) {
    if (!child.born || child.home.row.start_date >= date) continue
    child.home.row.end_date = date
    child.bundle.push({ table: 'address', row: child.home.row, at: child.home.at })
    world.active.add(child)
    const at = recordedAt(world, date, 5)
    child.home = { row: { id: world.ids.take('address'), child_id: child.id, kind: 'home', line1: street, line2: null, town: 'Middlesbrough', postcode, ward_code: ward.code, start_date: date, end_date: null }, at }
  }
}

/** Children of the family who could be involved on a date: born, under 18, not already open. */
export function availableSiblings(family: Family, date: IsoDate, except: Child): Child[] {
  return family.children.filter((c) => c !== except && c.born && age(c, date) < 17 && c.episode === undefined && c.busyUntil <= date)
}

