// Synthetic identities. Nothing here may ever match a real person or place:
// - surnames and street names are built from invented stems ("Quarridge", "Wexholm Close");
// - NHS numbers are in the 999 range NHS Digital reserves for testing, with a valid check digit;
// - UPNs carry LA number 999, which no English authority has, with a valid check letter;
// - postcodes use real outward codes (so wards and distances make sense) but inward codes whose
//   letters come only from C, I, K, M, O and V, which Royal Mail never uses in an inward code.
import type { Random } from './random.ts'

const STEMS = [
  'Quar', 'Wex', 'Yarn', 'Zel', 'Brix', 'Dorn', 'Frel', 'Glim', 'Harn', 'Jost', 'Kest', 'Lorv', 'Morv', 'Nesk',
  'Orl', 'Pell', 'Rusk', 'Sarn', 'Tolv', 'Ulv', 'Vend', 'Wrax', 'Cadge', 'Dusk', 'Elsk', 'Fawn', 'Grell', 'Hask',
] as const
const SURNAME_ENDINGS = ['ridge', 'holm', 'worth', 'by', 'dale', 'thwaite', 'stone', 'wick', 'croft', 'ley', 'more', 'ton', 'gate', 'field'] as const
const STREET_KINDS = ['Street', 'Road', 'Close', 'Avenue', 'Way', 'Grove', 'Terrace', 'Court', 'Crescent', 'Walk'] as const

const GIRLS = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Isabella', 'Rosie', 'Sophia', 'Grace', 'Freya', 'Ella',
  'Evie', 'Poppy', 'Sienna', 'Millie', 'Ruby', 'Chloe', 'Jessica', 'Emily', 'Lacey', 'Harper', 'Maisie', 'Holly',
  'Aisha', 'Zara', 'Maryam', 'Amira', 'Leah', 'Kayla', 'Summer', 'Layla', 'Niamh', 'Erin', 'Megan', 'Abigail',
] as const
const BOYS = [
  'Oliver', 'George', 'Noah', 'Arthur', 'Leo', 'Harry', 'Oscar', 'Jack', 'Charlie', 'Jacob', 'Thomas', 'Alfie',
  'Freddie', 'Theo', 'Archie', 'Riley', 'Mason', 'Tyler', 'Kai', 'Logan', 'Jayden', 'Callum', 'Kyle', 'Connor',
  'Ethan', 'Liam', 'Lewis', 'Ryan', 'Mohammed', 'Yusuf', 'Ibrahim', 'Adam', 'Zayn', 'Luca', 'Finley', 'Reuben',
] as const
const ADULT_WOMEN = ['Sarah', 'Emma', 'Laura', 'Gemma', 'Kelly', 'Stacey', 'Leanne', 'Nicola', 'Amy', 'Rebecca', 'Hayley', 'Donna'] as const
const ADULT_MEN = ['Daniel', 'James', 'Craig', 'Lee', 'Paul', 'Mark', 'Steven', 'Darren', 'Carl', 'Wayne', 'Michael', 'Scott'] as const

export function surname(rng: Random): string {
  return `${rng.pick(STEMS)}${rng.pick(SURNAME_ENDINGS)}`
}

export function childForename(rng: Random, sex: 'M' | 'F'): string {
  return sex === 'F' ? rng.pick(GIRLS) : rng.pick(BOYS)
}

export function adultForename(rng: Random, sex: 'M' | 'F'): string {
  return sex === 'F' ? rng.pick(ADULT_WOMEN) : rng.pick(ADULT_MEN)
}

export function streetAddress(rng: Random): string {
  return `${rng.between(1, 180)} ${rng.pick(STEMS)}${rng.pick(['ley', 'holm', 'dale', 'wick', 'ton'])} ${rng.pick(STREET_KINDS)}`
}

const NEVER_INWARD = ['C', 'I', 'K', 'M', 'O', 'V'] as const

/** A postcode in a real outward district that cannot exist (see the header). */
export function syntheticPostcode(rng: Random, outward: string): string {
  return `${outward} ${rng.between(0, 9)}${rng.pick(NEVER_INWARD)}${rng.pick(NEVER_INWARD)}`
}

/** A 10-digit NHS number in the 999 test range with a valid modulus 11 check digit. */
export function nhsNumber(rng: Random): string {
  for (;;) {
    const digits = [9, 9, 9, ...Array.from({ length: 6 }, () => rng.int(10))]
    const check = nhsCheckDigit(digits)
    if (check !== undefined) return [...digits, check].join('')
  }
}

/** NHS number check digit, or undefined when the first nine digits can have none. */
export function nhsCheckDigit(first9: readonly number[]): number | undefined {
  const sum = first9.reduce((total, digit, i) => total + digit * (10 - i), 0)
  const check = 11 - (sum % 11)
  if (check === 10) return undefined
  return check === 11 ? 0 : check
}

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'
export const UPN_LA = '806'

/**
 * A 13-character UPN with a correct check letter, issued by LA 806 (the authority modelled), so the
 * returns' LA-code rule is met; the four-digit school part is drawn at random, not from real schools.
 */
export function upn(rng: Random, yearOfEntry: number): string {
  const body = `${UPN_LA}${String(rng.between(2000, 4999))}${String(yearOfEntry % 100).padStart(2, '0')}${String(rng.int(1000)).padStart(3, '0')}`
  return `${upnCheckLetter(body)}${body}`
}

/** DfE UPN check letter: characters 2–13 weighted 2–13, summed, modulus 23. */
export function upnCheckLetter(body12: string): string {
  let sum = 0
  for (let i = 0; i < body12.length; i++) {
    const ch = body12[i] as string
    const value = /\d/.test(ch) ? Number(ch) : UPN_LETTERS.indexOf(ch)
    sum += value * (i + 2)
  }
  return UPN_LETTERS[sum % 23] as string
}
