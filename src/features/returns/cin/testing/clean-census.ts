// A small census that passes every rule, for each collection year; rule tests change one thing.
// Four children: one on a child protection plan, one whose CIN plan closed, one referral with no
// further action, and one unborn child with an assessment under way.
import { upnCheckLetter } from '../codes.ts'
import { HEADER_FIELDS, emptyRecord, type CinChild, type CinDetails, type CinHeader } from '../model.ts'
import { assessment, child, cinPlan, cpPlan, details, s47 } from '../records.ts'
import { addWorkingDays } from '../rules/working-days.ts'

export interface Fixture {
  year: number
  header: CinHeader
  children: CinChild[]
}

export function header(year: number): CinHeader {
  return Object.assign(emptyRecord(HEADER_FIELDS, 0), {
    Collection: 'CIN', Year: String(year), ReferenceDate: `${year}-03-31`, SourceLevel: 'L', LEA: '806',
    SoftwareCode: 'Sightline', Release: '0.1.0', SerialNo: '1', DateTime: `${year}-04-10T09:00:00`,
  })
}

export function upn(body12: string): string {
  return `${upnCheckLetter(`A${body12}`)}${body12}`
}

export function cleanCensus(year: number): Fixture {
  const p = year - 1
  const onPlan = child(year, { LAchildID: 'C1', UPN: upn('806201510001'), PersonBirthDate: '2015-06-10', Sex: 'M' }, 'WBRI', ['NONE'], [
    details({ CINreferralDate: `${p}-05-01`, ReferralSource: '2A', PrimaryNeedCode: 'N1', ReferralNFA: 'false' }, {
      assessments: [assessment({ AssessmentActualStartDate: `${p}-05-02`, AssessmentAuthorisationDate: `${p}-06-10` }, ['3B', '4B'])],
      section47: [s47({ S47ActualStartDate: `${p}-06-12`, InitialCPCtarget: addWorkingDays(`${p}-06-12`, 15), DateOfInitialCPC: `${p}-06-26`, ICPCnotRequired: 'false' })],
      childProtectionPlans: [cpPlan({ CPPstartDate: `${p}-06-26`, InitialCategoryOfAbuse: 'NEG', LatestCategoryOfAbuse: 'NEG', NumberOfPreviousCPP: '0' }, [`${p}-09-20`])],
    }),
  ])
  const planClosed = child(year, { LAchildID: 'C2', UPN: upn('806201212002'), PersonBirthDate: '2012-02-01', Sex: 'F' }, 'MWBA', ['LD'], [
    details({ CINreferralDate: `${p}-07-01`, ReferralSource: '6', PrimaryNeedCode: 'N4', CINclosureDate: `${p}-12-01`, ReasonForClosure: 'RC7', ReferralNFA: 'false' }, {
      assessments: [assessment({ AssessmentActualStartDate: `${p}-07-02`, AssessmentAuthorisationDate: `${p}-08-01` }, ['16A'])],
      cinPlanDates: [cinPlan({ CINPlanStartDate: `${p}-08-05`, CINPlanEndDate: `${p}-12-01` })],
    }),
  ])
  const noFurtherAction = child(year, { LAchildID: 'C3', UPNunknown: 'UN7', PersonBirthDate: '2020-01-01', Sex: 'F' }, 'AIND', ['NONE'], [
    details({ CINreferralDate: `${p}-10-01`, ReferralSource: '1A', PrimaryNeedCode: 'N5', CINclosureDate: `${p}-10-01`, ReasonForClosure: 'RC8', ReferralNFA: 'true' }),
  ])
  const unborn = child(year, { LAchildID: 'C4', UPNunknown: 'UN1', ExpectedPersonBirthDate: `${year}-05-15`, Sex: 'U' }, 'NOBT', ['NONE'], [
    details({ CINreferralDate: `${year}-02-01`, ReferralSource: '3B', PrimaryNeedCode: 'N1', ReferralNFA: 'false' }, {
      assessments: [assessment({ AssessmentActualStartDate: `${year}-02-02` })],
    }),
  ])
  return { year, header: header(year), children: [onPlan, planClosed, noFurtherAction, unborn] }
}

/** The n-th child of a fixture (tests index children they built themselves). */
export function nth(fixture: Fixture, n: number): CinChild {
  const found = fixture.children[n]
  if (!found) throw new Error(`The fixture has no child ${n}`)
  return found
}

/** The first CINdetails of the n-th child. */
export function episode(fixture: Fixture, n: number): CinDetails {
  const found = nth(fixture, n).cinDetails[0]
  if (!found) throw new Error(`Child ${n} has no CINdetails`)
  return found
}
