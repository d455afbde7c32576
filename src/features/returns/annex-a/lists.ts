// Ofsted's Annex A lists 1–11 (ILACS): the sheet name and column headings of each, as declared
// data. Headings follow the Ofsted Annex A template as restated by data-to-insight's Annex A
// tools (ssd-data-model admin/tools-ssd_dfe_returns, and the column positions their Annex A
// "journey" app reads); the 2023/24 template itself was not read (csc-definitions.md, open
// questions), so confirm the exact wording against the current template before submission.
// Every list ends with the allocated team and worker, as Ofsted asks.
export type ColumnKind = 'text' | 'date' | 'number'

export interface Column {
  heading: string
  kind: ColumnKind
}

export interface ListDefinition {
  number: number
  sheet: string
  title: string
  columns: readonly Column[]
  /** A sentence shown above the headings (used where Sightline cannot fill the list). */
  note?: string
}

const text = (heading: string): Column => ({ heading, kind: 'text' })
const date = (heading: string): Column => ({ heading, kind: 'date' })
const number = (heading: string): Column => ({ heading, kind: 'number' })

const CHILD = [text('Child Unique ID'), text('Gender'), text('Ethnicity'), date('Date of Birth'), number('Age of Child (Years)')]
const ALLOCATED = [text('Allocated Team'), text('Allocated Worker')]

export const LISTS: readonly ListDefinition[] = [
  { number: 1, sheet: 'List 1', title: 'Contacts', columns: [...CHILD, date('Date of Contact'), text('Contact Source'), ...ALLOCATED] },
  {
    number: 2, sheet: 'List 2', title: 'Early help',
    columns: [...CHILD, date('Assessment Start Date'), date('Assessment Completion Date'), text('Organisation Completing Assessment'), ...ALLOCATED],
  },
  {
    number: 3, sheet: 'List 3', title: 'Referrals',
    columns: [...CHILD, date('Date of Referral'), text('Referral Source'), text('Referral NFA?'), number('Number of Referrals in Last 12 Months'), ...ALLOCATED],
  },
  {
    number: 4, sheet: 'List 4', title: 'Assessments',
    columns: [...CHILD, text('Disability'), date('Continuous Assessment Start Date'), text('Child Seen During Continuous Assessment'), date('Continuous Assessment Date of Authorisation'), text('Was the Child Assessed as Requiring LA Children’s Social Care Support?'), ...ALLOCATED],
  },
  {
    number: 5, sheet: 'List 5', title: 'Section 47 enquiries and ICPCs',
    columns: [...CHILD, date('Strategy Discussion Initiating Section 47 Enquiry Start Date'), text('Was an Initial Child Protection Conference Deemed Unnecessary?'), date('Date of Initial Child Protection Conference'), text('Did the Initial Child Protection Conference Result in a Child Protection Plan?'), number('Number of Section 47 Enquiries in the Last 12 Months'), number('Number of ICPCs in the Last 12 Months'), ...ALLOCATED],
  },
  {
    number: 6, sheet: 'List 6', title: 'Children in need',
    columns: [...CHILD, text('Disability'), date('CIN Start Date'), text('Primary Need Code'), date('Date Child Was Last Seen'), date('CIN Closure Date'), text('Reason for Closure'), text('Case Status'), ...ALLOCATED],
  },
  {
    number: 7, sheet: 'List 7', title: 'Child protection',
    columns: [...CHILD, date('Child Protection Plan Start Date'), text('Initial Category of Abuse'), text('Latest Category of Abuse'), date('Date of the Last Statutory Visit'), text('Was the Child Seen Alone?'), date('Date of Latest Review Conference'), date('Child Protection Plan End Date'), text('Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months'), number('Number of Previous Child Protection Plans'), ...ALLOCATED],
  },
  {
    number: 8, sheet: 'List 8', title: 'Children in care',
    columns: [
      ...CHILD, text('Disability'), text('Unaccompanied Asylum-Seeking Child'), date('Date Started to be Looked After'), text('Child’s Category of Need'), text('Legal Status'),
      number('Number of Placements in the Last 12 Months'), date('Date of Latest Statutory Review'), date('Date of Last Social Work Visit'), text('Permanence Plan'), date('Date of Last IRO Contact'),
      date('Date of Last Health Assessment'), date('Date of Last Dental Check'), text('Placement Type'), text('Placement Provider'), text('Placement Postcode'),
      date('Date Ceased to be Looked After'), text('Reason Ceased to be Looked After'), text('Placement URN'), number('Number of Missing Episodes in the Last 12 Months'),
      number('Number of Absences in the Last 12 Months'), text('Offered Return Interview'), text('Accepted Return Interview'), ...ALLOCATED,
    ],
  },
  {
    number: 9, sheet: 'List 9', title: 'Care leavers',
    columns: [...CHILD, text('Eligibility Category'), text('In Touch'), date('Date of Latest Contact'), text('Type of Accommodation'), text('Suitability of Accommodation'), text('Activity Status'), date('Date of Latest Pathway Plan Review'), text('Allocated Team'), text('Allocated Personal Adviser')],
  },
  {
    number: 10, sheet: 'List 10', title: 'Adoption',
    columns: [
      ...CHILD, date('Date Entered Care'), date('Date of Decision that Child Should be Placed for Adoption'), date('Date of Placement Order'), date('Date of Matching Child and Prospective Adopters'),
      date('Date Placed for Adoption'), date('Date of Adoption Order'), date('Date of Decision that Child Should No Longer be Placed for Adoption'), text('Reason No Longer to be Placed for Adoption'),
      date('Date of FFA/Concurrency Placement'), ...ALLOCATED,
    ],
  },
  {
    number: 11, sheet: 'List 11', title: 'Adopters',
    columns: [
      text('Adopter ID'), date('Date of Initial Enquiry'), date('Date Stage 1 Started'), date('Date Stage 1 Ended'), date('Date Stage 2 Started'), date('Date Stage 2 Ended'),
      date('Date Application Submitted'), date('Date Application Approved'), date('Date Adopter Matched with Child(ren)'), date('Date Child/Children Placed with Adopter(s)'),
      number('Number of Children Placed'), date('Date of Adoption Order'), date('Date Adopter Withdrew or Was Rejected'), text('Reason for Withdrawal or Rejection'), ...ALLOCATED,
    ],
    note: 'Sightline does not yet record adopter recruitment and approval (enquiry, stages 1 and 2, approval), so this list has headings only.',
  },
]

/** One row of a list: values in the order of its columns; dates as YYYY-MM-DD, absent as null. */
export type ListRow = ReadonlyArray<string | number | null>
