// Section47 rules: enquiries and their initial child protection conferences.
import type { CinChild, CinDetails, Section47 } from '../model.ts'
import { date, defineRule, flag, lineOf, within, type RuleHit } from './rule.ts'

function* eachS47(child: CinChild, test: (s: Section47, d: CinDetails) => boolean, line: (s: Section47) => number): Iterable<RuleHit> {
  for (const d of child.cinDetails) for (const s of d.section47) if (test(s, d)) yield { line: line(s) }
}

export const section47Rules = [
  defineRule({
    code: '1104',
    message: 'The date of the initial child protection conference cannot be before the referral date',
    fields: ['CINreferralDate', 'DateOfInitialCPC'],
    child: (child) =>
      eachS47(child, (s, d) => {
        const icpc = date(s.DateOfInitialCPC)
        const referred = date(d.CINreferralDate)
        return icpc !== null && referred !== null && icpc < referred
      }, (s) => lineOf(s, 'DateOfInitialCPC')),
  }),
  defineRule({
    code: '2889',
    message: 'The S47 start date cannot be before the referral date.',
    fields: ['S47ActualStartDate', 'CINreferralDate'],
    child: (child) =>
      eachS47(child, (s, d) => {
        const started = date(s.S47ActualStartDate)
        const referred = date(d.CINreferralDate)
        return started !== null && referred !== null && started < referred
      }, (s) => lineOf(s, 'S47ActualStartDate')),
  }),
  defineRule({
    code: '8615',
    message: 'Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference',
    fields: ['S47ActualStartDate', 'DateOfInitialCPC'],
    child: (child) =>
      eachS47(child, (s) => {
        const icpc = date(s.DateOfInitialCPC)
        const started = date(s.S47ActualStartDate)
        return icpc !== null && (started === null || started > icpc)
      }, (s) => lineOf(s, 'S47ActualStartDate')),
  }),
  defineRule({
    code: '8715',
    message: 'Date of Initial Child Protection Conference must fall within the census year',
    fields: ['DateOfInitialCPC'],
    child: (child, { start, end }) =>
      eachS47(child, (s) => date(s.DateOfInitialCPC) !== null && !within(date(s.DateOfInitialCPC), start, end), (s) => lineOf(s, 'DateOfInitialCPC')),
  }),
  defineRule({
    code: '8740',
    message: 'For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year',
    fields: ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired'],
    child: (child, { start, end }) =>
      eachS47(child, (s) => {
        const started = date(s.S47ActualStartDate)
        return s.DateOfInitialCPC === null && flag(s.ICPCnotRequired) === false && started !== null && !within(started, start, end)
      }, (s) => lineOf(s, 'S47ActualStartDate')),
  }),
  defineRule({
    code: '2884',
    message: 'An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one',
    fields: ['DateOfInitialCPC'],
    child: (child) =>
      eachS47(child, (s) => s.DateOfInitialCPC !== null && child.cinDetails.some((other) => other.DateOfInitialCPC === s.DateOfInitialCPC), (s) => lineOf(s, 'DateOfInitialCPC')),
  }),
  defineRule({
    code: '8839',
    message: 'Within one CINDetails group there are 2 or more open S47 Assessments',
    fields: ['DateOfInitialCPC', 'ICPCnotRequired'],
    // Open: no ICPC date and ICPC not required is not true.
    *child(child) {
      for (const d of child.cinDetails) {
        const open = d.section47.filter((s) => s.DateOfInitialCPC === null && flag(s.ICPCnotRequired) !== true)
        if (open.length > 1) for (const s of open) yield { line: s.line }
      }
    },
  }),
  defineRule({
    code: '8890',
    message: 'A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing',
    fields: ['S47ActualStartDate'],
    // Within one CINdetails, no enquiry starts on or after another's start and on or before its
    // ICPC (or the reference date, while it awaits an ICPC that is required).
    child: (child, { end }) =>
      eachS47(child, (s, d) => {
        const started = date(s.S47ActualStartDate)
        if (started === null) return false
        return d.section47.some((other) => {
          const otherStart = date(other.S47ActualStartDate)
          if (other === s || otherStart === null || started < otherStart) return false
          const icpc = date(other.DateOfInitialCPC)
          if (icpc !== null) return started <= icpc
          return flag(other.ICPCnotRequired) !== true && started <= end
        })
      }, (s) => lineOf(s, 'S47ActualStartDate')),
  }),
  defineRule({
    code: 'SLC008',
    message: 'ICPC not required must be true or false (or 1 or 0)',
    fields: ['ICPCnotRequired'],
    source: 'local',
    child: (child) => eachS47(child, (s) => s.ICPCnotRequired !== null && flag(s.ICPCnotRequired) === null, (s) => lineOf(s, 'ICPCnotRequired')),
  }),
]
