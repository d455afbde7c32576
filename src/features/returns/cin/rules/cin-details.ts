// CINdetails rules: the referral, its need, source and closure, and how episodes sit together.
import { PRIMARY_NEED, REASON_FOR_CLOSURE, REFERRAL_SOURCE } from '../codes.ts'
import type { CinDetails, CinDetailsField } from '../model.ts'
import { previousWorkingDay } from './working-days.ts'
import { date, defineRule, flag, lineOf, perYear, plusDays, type RuleHit } from './rule.ts'

function* eachDetails(details: readonly CinDetails[], test: (d: CinDetails) => boolean, field: CinDetailsField): Iterable<RuleHit> {
  for (const d of details) if (test(d)) yield { line: lineOf(d, field) }
}

const nfaCutoff = perYear(({ start }) => previousWorkingDay(start))

/** Open and going on to further action: no closure date and ReferralNFA false. */
function openFurtherAction(d: CinDetails): boolean {
  return d.CINclosureDate === null && flag(d.ReferralNFA) === false
}

export const cinDetailsRules = [
  defineRule({
    code: '8590',
    message: 'Child does not have a recorded CIN episode.',
    fields: ['LAchildID'],
    *child(child) {
      if (child.cinDetails.length === 0) yield { line: child.line }
    },
  }),
  defineRule({
    code: '8555',
    message: 'Child cannot be referred after its recorded date of death',
    fields: ['PersonDeathDate', 'CINreferralDate'],
    child: (child) => {
      const death = date(child.identifiers?.PersonDeathDate ?? null)
      return eachDetails(child.cinDetails, (d) => death !== null && (date(d.CINreferralDate) ?? '') > death, 'CINreferralDate')
    },
  }),
  defineRule({
    code: '8568',
    message: 'RNFA flag is missing or invalid',
    fields: ['ReferralNFA'],
    child: (child) => eachDetails(child.cinDetails, (d) => flag(d.ReferralNFA) === null, 'ReferralNFA'),
  }),
  defineRule({
    code: '8569',
    message: 'A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case',
    fields: ['ReferralNFA', 'CINreferralDate'],
    child: (child, context) => {
      const cutoff = nfaCutoff(context)
      return eachDetails(child.cinDetails, (d) => (date(d.CINreferralDate) ?? '9999') < cutoff && flag(d.ReferralNFA) !== false, 'ReferralNFA')
    },
  }),
  defineRule({
    code: '8600',
    message: 'Child referral date missing or after data collection period',
    fields: ['CINreferralDate'],
    child: (child, { end }) => eachDetails(child.cinDetails, (d) => d.CINreferralDate === null || (date(d.CINreferralDate) ?? '') > end, 'CINreferralDate'),
  }),
  defineRule({
    code: '8606',
    message: 'Child referral date is more than 40 weeks before DOB or expected DOB',
    fields: ['CINreferralDate', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
    child: (child) => {
      const born = date(child.identifiers?.PersonBirthDate ?? null) ?? date(child.identifiers?.ExpectedPersonBirthDate ?? null)
      return eachDetails(child.cinDetails, (d) => born !== null && (date(d.CINreferralDate) ?? '9999') < plusDays(born, -280), 'CINreferralDate')
    },
  }),
  defineRule({
    code: '8610',
    message: 'Primary Need code is missing for a referral which led to further action.',
    fields: ['ReferralNFA', 'PrimaryNeedCode'],
    child: (child) => eachDetails(child.cinDetails, (d) => flag(d.ReferralNFA) === false && d.PrimaryNeedCode === null, 'PrimaryNeedCode'),
  }),
  defineRule({
    code: '8620',
    message: 'CIN Closure Date present and does not fall within the Census year',
    fields: ['CINclosureDate'],
    child: (child, { start, end }) =>
      eachDetails(child.cinDetails, (d) => {
        const closed = date(d.CINclosureDate)
        return closed !== null && (closed < start || closed > end)
      }, 'CINclosureDate'),
  }),
  defineRule({
    code: '8630',
    message: 'CIN Closure Date is before CIN Referral Date for the same CIN episode',
    fields: ['CINreferralDate', 'CINclosureDate'],
    child: (child) =>
      eachDetails(child.cinDetails, (d) => {
        const closed = date(d.CINclosureDate)
        const referred = date(d.CINreferralDate)
        return closed !== null && referred !== null && closed < referred
      }, 'CINclosureDate'),
  }),
  defineRule({
    code: '8640',
    message: 'CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)',
    fields: ['ReasonForClosure'],
    child: (child) => eachDetails(child.cinDetails, (d) => d.ReasonForClosure !== null && !REASON_FOR_CLOSURE.includes(d.ReasonForClosure), 'ReasonForClosure'),
  }),
  defineRule({
    code: '8650',
    message: 'Primary Need Code invalid (see Primary Need table in CIN census code set)',
    fields: ['PrimaryNeedCode'],
    child: (child) => eachDetails(child.cinDetails, (d) => d.PrimaryNeedCode !== null && !PRIMARY_NEED.includes(d.PrimaryNeedCode as never), 'PrimaryNeedCode'),
  }),
  defineRule({
    code: '8805',
    message: 'A CIN case cannot have a CIN closure date without a Reason for Closure',
    fields: ['CINclosureDate', 'ReasonForClosure'],
    child: (child) => eachDetails(child.cinDetails, (d) => d.CINclosureDate !== null && d.ReasonForClosure === null, 'ReasonForClosure'),
  }),
  defineRule({
    code: '8810',
    message: 'A CIN case cannot have a Reason for Closure without a CIN Closure Date',
    fields: ['ReasonForClosure', 'CINclosureDate'],
    child: (child) => eachDetails(child.cinDetails, (d) => d.ReasonForClosure !== null && d.CINclosureDate === null, 'ReasonForClosure'),
  }),
  defineRule({
    code: '8815',
    message: 'More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.',
    fields: ['ReferralNFA', 'CINclosureDate'],
    child: (child) => {
      const open = child.cinDetails.filter(openFurtherAction)
      return eachDetails(open, () => open.length > 1, 'CINreferralDate')
    },
  }),
  defineRule({
    code: '8816',
    message: 'An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.',
    fields: ['CINreferralDate', 'ReferralNFA'],
    child: (child) => {
      const latest = child.cinDetails.reduce((max, d) => ((date(d.CINreferralDate) ?? '') > max ? (date(d.CINreferralDate) ?? '') : max), '')
      return eachDetails(child.cinDetails, (d) => openFurtherAction(d) && date(d.CINreferralDate) !== null && date(d.CINreferralDate) !== latest, 'CINreferralDate')
    },
  }),
  defineRule({
    code: '8820',
    message: 'The dates on the CIN episodes for this child overlap',
    fields: ['CINreferralDate', 'CINclosureDate'],
    // A referral may not fall between another episode's referral and its closure (or, when that
    // episode is open and not NFA, the reference date). DfE's note to the rule: "the end date of one
    // referral may be the same as the start date of the following referral", so the closure day is allowed.
    child: (child, { end }) =>
      eachDetails(child.cinDetails, (d) => {
        const referred = date(d.CINreferralDate)
        if (referred === null) return false
        return child.cinDetails.some((other) => {
          const otherStart = date(other.CINreferralDate)
          if (other === d || otherStart === null || referred < otherStart) return false
          const otherEnd = date(other.CINclosureDate)
          if (otherEnd !== null) return referred < otherEnd
          return openFurtherAction(other) && referred <= end
        })
      }, 'CINreferralDate'),
  }),
  defineRule({
    code: '8866',
    message: 'Source of Referral is missing or an invalid code',
    fields: ['CINreferralDate', 'ReferralSource'],
    // For referrals on or after 1 April 2013, when the source became compulsory.
    child: (child) =>
      eachDetails(child.cinDetails, (d) => (date(d.CINreferralDate) ?? '') >= '2013-04-01' && (d.ReferralSource === null || !REFERRAL_SOURCE.includes(d.ReferralSource)), 'ReferralSource'),
  }),
]
