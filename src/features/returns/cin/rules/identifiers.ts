// ChildIdentifiers rules: the child's id, UPN, dates of birth and death, and sex.
import { addMonths, type IsoDate } from '../../../../platform/time/dates.ts'
import type { CinChild, IdentifierField } from '../model.ts'
import { GENDER_CURRENT, SEX, UPN_UNKNOWN, upnCheckLetter, upnLaCodes } from '../codes.ts'
import { date, defineRule, flag, lineOf, perYear, plusDays, type ReturnHit, type RuleHit } from './rule.ts'

const UPN_LA = upnLaCodes()
const UPN_13TH = /^[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/

function* onIdentifiers(child: CinChild, test: (id: NonNullable<CinChild['identifiers']>) => boolean, field: IdentifierField): Iterable<RuleHit> {
  const id = child.identifiers
  if (id && test(id)) yield { line: lineOf(id, field) }
}

function upnOf(child: CinChild): string | null {
  const upn = child.identifiers?.UPN ?? null
  return upn !== null && upn.length === 13 ? upn : null
}

const expectedRange = perYear(({ end }) => ({ from: plusDays(end, -30), to: addMonths(end, 9) }))
/** School age for 8770Q: born on or before (ReferenceDate + 4 months 31 days) − 4 years. */
const schoolAgeBorn = perYear(({ end }): IsoDate => addMonths(plusDays(addMonths(end, 4), 31), -48))

function unborn(child: CinChild): boolean {
  const id = child.identifiers
  return id !== null && id.PersonBirthDate === null && id.ExpectedPersonBirthDate !== null
}

function duplicates(key: (child: CinChild) => string | null, field: 'LAchildID' | 'UPN') {
  return () => {
    const seen = new Map<string, { child: string; line: number }[]>()
    return {
      see(child: CinChild) {
        const value = key(child)
        if (value === null) return
        const list = seen.get(value) ?? []
        list.push({ child: child.identifiers?.LAchildID ?? '', line: child.identifiers ? lineOf(child.identifiers, field) : child.line })
        seen.set(value, list)
      },
      *finish(): Iterable<ReturnHit> {
        for (const list of seen.values()) if (list.length > 1) yield* list
      },
    }
  }
}

export const identifierRules = [
  defineRule({
    code: '8500',
    message: 'LA Child ID missing',
    fields: ['LAchildID'],
    *child(child) {
      if (!child.identifiers?.LAchildID) yield { line: child.identifiers?.line ?? child.line }
    },
  }),
  defineRule({
    code: '8510',
    message: 'More than one child record with the same LA Child ID',
    fields: ['LAchildID'],
    across: duplicates((child) => child.identifiers?.LAchildID ?? null, 'LAchildID'),
  }),
  defineRule({
    code: '1520',
    message: 'More than one record with the same UPN',
    fields: ['UPN'],
    across: duplicates((child) => child.identifiers?.UPN ?? null, 'UPN'),
  }),
  defineRule({
    code: '1510',
    message: 'UPN invalid (wrong check letter at character 1)',
    fields: ['UPN'],
    // Checked only when characters 2–13 are digits, as the restatement does; other shapes fail 1540/1550.
    child: (child) => onIdentifiers(child, () => {
      const upn = upnOf(child)
      return upn !== null && /^\d{12}$/.test(upn.slice(1)) && upnCheckLetter(upn) !== upn[0]
    }, 'UPN'),
  }),
  defineRule({
    code: '1530',
    message: 'UPN invalid (characters 2-4 not a recognised LA code)',
    fields: ['UPN'],
    child: (child) => onIdentifiers(child, () => {
      const upn = upnOf(child)
      return upn !== null && !UPN_LA.has(upn.slice(1, 4))
    }, 'UPN'),
  }),
  defineRule({
    code: '1540',
    message: 'UPN invalid (characters 5-12 not all numeric)',
    fields: ['UPN'],
    child: (child) => onIdentifiers(child, () => {
      const upn = upnOf(child)
      return upn !== null && !/^\d{8}$/.test(upn.slice(4, 12))
    }, 'UPN'),
  }),
  defineRule({
    code: '1550',
    message: 'UPN invalid (character 13 not a recognised value)',
    fields: ['UPN'],
    child: (child) => onIdentifiers(child, () => {
      const upn = upnOf(child)
      return upn !== null && !UPN_13TH.test(upn.slice(12))
    }, 'UPN'),
  }),
  defineRule({
    code: '8520',
    message: 'Date of Birth is after data collection period (must be on or before the end of the census period)',
    fields: ['PersonBirthDate'],
    child: (child, { end }) => onIdentifiers(child, (id) => (date(id.PersonBirthDate) ?? '') > end, 'PersonBirthDate'),
  }),
  defineRule({
    code: '8525',
    message: 'Either Date of Birth or Expected Date of Birth must be provided (but not both)',
    fields: ['PersonBirthDate', 'ExpectedPersonBirthDate'],
    *child(child) {
      const id = child.identifiers
      if (!id || (id.PersonBirthDate === null) === (id.ExpectedPersonBirthDate === null)) yield { line: id?.line ?? child.line }
    },
  }),
  defineRule({
    code: '8530Q',
    message: 'Please check: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)',
    fields: ['ExpectedPersonBirthDate'],
    // Between ReferenceDate − 30 days and ReferenceDate + 9 months (exclusive, as restated).
    child: (child, context) =>
      onIdentifiers(child, (id) => {
        const expected = date(id.ExpectedPersonBirthDate)
        const range = expectedRange(context)
        return expected !== null && (expected <= range.from || expected >= range.to)
      }, 'ExpectedPersonBirthDate'),
  }),
  defineRule({
    code: '8535Q',
    message: 'Child’s date of death should not be prior to the date of birth',
    fields: ['PersonDeathDate', 'PersonBirthDate'],
    // As restated: a death with no date of birth is queried too, unless the child died before
    // the expected date of birth.
    child: (child) =>
      onIdentifiers(child, (id) => {
        const death = date(id.PersonDeathDate)
        if (death === null) return false
        const birth = date(id.PersonBirthDate)
        const expected = date(id.ExpectedPersonBirthDate)
        if (birth === null) return !(expected !== null && expected > death)
        return birth > death
      }, 'PersonDeathDate'),
  }),
  defineRule({
    code: '8545Q',
    message: "Please check: Child's date of death should be within the census year",
    fields: ['PersonDeathDate'],
    child: (child, { start, end }) =>
      onIdentifiers(child, (id) => {
        const death = date(id.PersonDeathDate)
        return death !== null && (death < start || death > end)
      }, 'PersonDeathDate'),
  }),
  defineRule({
    code: '8750',
    message: 'Gender must equal 0 for an unborn child',
    fields: ['GenderCurrent', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
    years: { from: 2024, to: 2024 },
    child: (child) => onIdentifiers(child, (id) => unborn(child) && id.GenderCurrent !== '0', 'GenderCurrent'),
  }),
  defineRule({
    code: '8750',
    message: 'Sex must equal U for an unborn child',
    fields: ['Sex', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
    years: { from: 2025, to: 2027 },
    child: (child) => onIdentifiers(child, (id) => unborn(child) && id.Sex !== 'U', 'Sex'),
  }),
  defineRule({
    code: '8770Q',
    message: 'Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.',
    fields: ['UPN', 'UPNunknown'],
    // School age: born on or before (ReferenceDate + 4 months 31 days) − 4 years, with a referral
    // going on to further action (data-to-insight cin2024_25/rule_8770Q.py).
    child: (child, context) =>
      onIdentifiers(child, (id) => {
        const birth = date(id.PersonBirthDate)
        const schoolAge = schoolAgeBorn(context)
        const furtherAction = child.cinDetails.some((d) => flag(d.ReferralNFA) === false)
        const reason = id.UPNunknown?.toUpperCase() ?? null
        return birth !== null && birth <= schoolAge && furtherAction && id.UPN === null && (reason === null || reason === 'UN1' || !UPN_UNKNOWN.includes(reason as never))
      }, 'UPNunknown'),
  }),
  defineRule({
    code: '8772',
    message: 'UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action',
    fields: ['UPNunknown', 'ReferralNFA'],
    child: (child) => onIdentifiers(child, (id) => id.UPNunknown === 'UN7' && child.cinDetails.some((d) => flag(d.ReferralNFA) !== true), 'UPNunknown'),
  }),
  defineRule({
    code: 'SLC003',
    message: 'Gender (2023/24) or Sex (from 2024/25) is missing or not a valid code',
    fields: ['GenderCurrent', 'Sex'],
    source: 'local',
    child: (child, { year }) =>
      onIdentifiers(child, (id) => (year <= 2024 ? !GENDER_CURRENT.includes(id.GenderCurrent as never) : !SEX.includes(id.Sex as never)), year <= 2024 ? 'GenderCurrent' : 'Sex'),
  }),
  defineRule({
    code: 'SLC010',
    message: 'UPN unknown reason is not a valid code',
    fields: ['UPNunknown'],
    source: 'local',
    child: (child) => onIdentifiers(child, (id) => id.UPNunknown !== null && !UPN_UNKNOWN.includes(id.UPNunknown as never), 'UPNunknown'),
  }),
]
