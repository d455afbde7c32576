// DfE code lists as data, each with its source. Coded fields in the record hold these codes;
// services check them against the code_list table (loaded from here by syncReferenceData).
// Sources: DfE SSDA903 guidance (children looked after return) and the Children in Need census
// guidance, as restated in the Standard Safeguarding Dataset; summarised in
// shared/reference/data-model-notes.md §15. Descriptions are ours.

export const SSDA903_SOURCE = 'DfE SSDA903 children looked after return guidance'
export const CIN_SOURCE = 'DfE Children in Need census guidance'
export const LOCAL_SOURCE = 'Sightline (local list)'

export interface CodeListDefinition {
  list: string
  source: string
  codes: ReadonlyArray<readonly [code: string, label: string]>
}

export const CODE_LISTS: CodeListDefinition[] = [
  {
    list: 'ethnicity',
    source: CIN_SOURCE,
    codes: [
      ['WBRI', 'White British'], ['WIRI', 'White Irish'], ['WOTH', 'Any other White background'],
      ['WIRT', 'Traveller of Irish heritage'], ['WROM', 'Gypsy/Roma'], ['MWBC', 'White and Black Caribbean'],
      ['MWBA', 'White and Black African'], ['MWAS', 'White and Asian'], ['MOTH', 'Any other mixed background'],
      ['AIND', 'Indian'], ['APKN', 'Pakistani'], ['ABAN', 'Bangladeshi'], ['AOTH', 'Any other Asian background'],
      ['BCRB', 'Black Caribbean'], ['BAFR', 'Black African'], ['BOTH', 'Any other Black background'],
      ['CHNE', 'Chinese'], ['OOTH', 'Any other ethnic group'], ['REFU', 'Refused'], ['NOBT', 'Information not yet obtained'],
    ],
  },
  {
    list: 'upn_unknown',
    source: CIN_SOURCE,
    codes: [
      ['UN1', 'Child not of school age'], ['UN2', 'Never attended an English maintained school'],
      ['UN3', 'Educated outside England'], ['UN4', 'Newly looked after, UPN not yet known'],
      ['UN5', 'Sources of UPN do not match'],
    ],
  },
  {
    list: 'referral_source',
    source: CIN_SOURCE,
    codes: [
      ['1A', 'Individual: family member or relative or carer'], ['1B', 'Individual: acquaintance'],
      ['1C', 'Individual: self'], ['1D', 'Individual: other'], ['2A', 'Schools'], ['2B', 'Education services'],
      ['3A', 'Health: GP'], ['3B', 'Health: health visitor'], ['3C', 'Health: school nurse'],
      ['3D', 'Health: other primary health services'], ['3E', 'Health: A&E'], ['3F', 'Health: other'],
      ['4', 'Housing'], ['5A', 'LA services: social care'], ['5B', 'LA services: other internal'],
      ['5C', 'LA services: external'], ['5D', 'LA services: youth services'], ['6', 'Police'],
      ['7', 'Other legal agency'], ['8', 'Other'], ['9', 'Anonymous'], ['10', 'Unknown'],
    ],
  },
  {
    list: 'category_of_need',
    source: CIN_SOURCE,
    codes: [
      ['N1', 'Abuse or neglect'], ['N2', 'Child’s disability'], ['N3', 'Parental disability or illness'],
      ['N4', 'Family in acute stress'], ['N5', 'Family dysfunction'], ['N6', 'Socially unacceptable behaviour'],
      ['N7', 'Low income'], ['N8', 'Absent parenting'], ['N9', 'Cases other than children in need'],
    ],
  },
  {
    list: 'cin_closure_reason',
    source: CIN_SOURCE,
    codes: [
      ['RC1', 'Adopted'], ['RC2', 'Died'], ['RC3', 'Child arrangements order'], ['RC4', 'Special guardianship order'],
      ['RC5', 'Transferred to another local authority'], ['RC6', 'Transferred to adult social services'],
      ['RC7', 'Services ceased for any other reason'], ['RC8', 'Case closed after assessment, no further action'],
      ['RC9', 'Case closed after assessment, referred to early help'],
    ],
  },
  {
    list: 'assessment_factor',
    source: CIN_SOURCE,
    codes: [
      ['1A', 'Alcohol misuse: child'], ['1B', 'Alcohol misuse: parent'], ['1C', 'Alcohol misuse: other adult'],
      ['2A', 'Drug misuse: child'], ['2B', 'Drug misuse: parent'], ['2C', 'Drug misuse: other adult'],
      ['3A', 'Domestic abuse: child'], ['3B', 'Domestic abuse: parent'], ['3C', 'Domestic abuse: other adult'],
      ['4A', 'Mental health: child'], ['4B', 'Mental health: parent'], ['4C', 'Mental health: other adult'],
      ['5A', 'Learning disability: child'], ['5B', 'Learning disability: parent'], ['5C', 'Learning disability: other adult'],
      ['6A', 'Physical disability or illness: child'], ['6B', 'Physical disability or illness: parent'],
      ['6C', 'Physical disability or illness: other adult'], ['7A', 'Young carer'],
      ['8B', 'Private fostering: other'], ['8C', 'Private fostering: UASC'], ['8D', 'Private fostering: child in need'],
      ['8E', 'Private fostering: child of a foreign national'], ['8F', 'Private fostering: other reason'],
      ['9A', 'Unaccompanied asylum-seeking child'], ['10A', 'Going or being missing'],
      ['11A', 'Child sexual exploitation'], ['12A', 'Trafficking'], ['13A', 'Gangs'],
      ['14A', 'Socially unacceptable behaviour'], ['15A', 'Self-harm'], ['16A', 'Abuse or neglect: neglect'],
      ['17A', 'Abuse or neglect: emotional abuse'], ['18B', 'Physical abuse: by another child'],
      ['18C', 'Physical abuse: by an adult'], ['19B', 'Sexual abuse: by another child'],
      ['19C', 'Sexual abuse: by an adult'], ['20', 'Other'], ['21', 'No factors identified'],
      ['22A', 'Female genital mutilation'], ['23A', 'Abuse linked to faith or belief'],
      ['24A', 'Child criminal exploitation'],
    ],
  },
  {
    list: 'cp_category',
    source: CIN_SOURCE,
    codes: [['NEG', 'Neglect'], ['PHY', 'Physical abuse'], ['SAB', 'Sexual abuse'], ['EMO', 'Emotional abuse'], ['MUL', 'Multiple']],
  },
  {
    list: 'disability',
    source: CIN_SOURCE,
    codes: [
      ['NONE', 'No disability'], ['MOB', 'Mobility'], ['HAND', 'Hand function'], ['PC', 'Personal care'],
      ['INC', 'Incontinence'], ['COMM', 'Communication'], ['LD', 'Learning'], ['HEAR', 'Hearing'], ['VIS', 'Vision'],
      ['BEH', 'Behaviour'], ['CON', 'Consciousness'], ['AUT', 'Autism or Asperger syndrome'],
      ['DDA', 'Other disability (Equality Act 2010)'],
    ],
  },
  {
    list: 'worker_change_reason',
    source: SSDA903_SOURCE,
    codes: [
      ['MANAGE', 'Caseload management'], ['FCONTA', 'First contact or re-referral'], ['LEFTRL', 'Previous worker left'],
      ['ORGRST', 'Restructure'], ['TSPROC', 'Standard transfer process'], ['ABSENC', 'Absence cover'],
      ['CHCHAN', 'Child asked for a change'], ['PCCHAN', 'Parent or carer asked for a change'],
      ['SWDIED', 'Worker died'], ['OTHERS', 'Other'],
    ],
  },
  {
    list: 'legal_status',
    source: SSDA903_SOURCE,
    codes: [
      ['C1', 'Interim care order'], ['C2', 'Full care order'], ['D1', 'Freeing order granted'],
      ['E1', 'Placement order granted'], ['V2', 'Single period of accommodation under section 20'],
      ['V3', 'Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded'],
      ['V4', 'Accommodated under an agreed series of short-term breaks, when agreements are recorded'],
      ['L1', 'Under police protection and in local authority accommodation'], ['L2', 'Emergency protection order'],
      ['L3', 'Under child assessment order and in local authority accommodation'],
      ['J1', 'Remanded to local authority accommodation or youth detention accommodation'],
      ['J2', 'Placed in local authority accommodation under PACE'],
      ['J3', 'Sentenced to a youth rehabilitation order with residence or intensive fostering requirement'],
    ],
  },
  {
    list: 'reason_new_episode',
    source: SSDA903_SOURCE,
    codes: [
      ['S', 'Started to be looked after'], ['L', 'Change of legal status only'],
      ['P', 'Change of placement and carer(s) only'], ['T', 'Change of placement only, same carer(s)'],
      ['B', 'Change of legal status and placement and carer(s) at the same time'],
      ['U', 'Change of legal status and placement, same carer(s)'],
    ],
  },
  {
    list: 'reason_episode_ceased',
    source: SSDA903_SOURCE,
    codes: [
      ['X1', 'Episode ceases, and new episode begins on same day'], ['E11', 'Adopted: application unopposed'],
      ['E12', 'Adopted: consent dispensed with by the court'], ['E2', 'Died'],
      ['E3', 'Care taken over by another local authority'], ['E4A', 'Returned home to live with parents or relatives: planned'],
      ['E4B', 'Returned home to live with parents or relatives: not planned'],
      ['E13', 'Left care to live with parents or relatives without parental responsibility'],
      ['E41', 'Residence order or child arrangements order granted'],
      ['E45', 'Special guardianship order to former foster carer who is a relative or friend'],
      ['E46', 'Special guardianship order to former foster carer, other'],
      ['E47', 'Special guardianship order to a relative or friend who was not the foster carer'],
      ['E48', 'Special guardianship order to another person'], ['E5', 'Moved into independent living with supportive accommodation'],
      ['E6', 'Moved into independent living with no formalised support'], ['E7', 'Transferred to adult social care residential care'],
      ['E9', 'Sentenced to custody'], ['E14', 'Accommodation on remand ended'],
      ['E15', 'Age assessment found the child to be 18 or over'], ['E16', 'Child moved abroad'],
      ['E17', 'Aged 18 or over and remained with current carers'], ['E8', 'Period of being looked after ceased for any other reason'],
    ],
  },
  {
    list: 'placement_type',
    source: SSDA903_SOURCE,
    codes: [
      ['A3', 'Placed for adoption with parental consent with current foster carer(s)'],
      ['A4', 'Placed for adoption with parental consent not with current foster carer(s)'],
      ['A5', 'Placed for adoption with placement order with current foster carer(s)'],
      ['A6', 'Placed for adoption with placement order not with current foster carer(s)'],
      ['H5', 'Semi-independent living accommodation not subject to children’s homes regulations'],
      ['K1', 'Secure children’s home'], ['K2', 'Children’s home subject to children’s homes regulations'],
      ['K3', 'Supported accommodation (registered)'],
      ['P1', 'Placed with own parent(s) or other person(s) with parental responsibility'],
      ['P2', 'Independent living'], ['P3', 'Residential employment'], ['R1', 'Residential care home'],
      ['R2', 'NHS or health trust or other establishment providing medical or nursing care'],
      ['R3', 'Family centre or mother and baby unit'], ['R5', 'Young offender institution or prison'],
      ['S1', 'All residential schools, except where dual-registered as a school and children’s home'],
      ['T0', 'Temporary placement: all types'], ['T1', 'Temporary periods in hospital'], ['T2', 'Temporary absences on holiday'],
      ['T3', 'Temporary accommodation whilst normal foster carer(s) is/are on holiday'],
      ['T4', 'Temporary accommodation of seven days or less'],
      ['U1', 'Foster placement with relative or friend: long term fostering'],
      ['U2', 'Foster placement with relative or friend who is also an approved adopter: FFA or concurrent planning'],
      ['U3', 'Foster placement with relative or friend: not long term or FFA'],
      ['U4', 'Foster placement with other foster carer: long term fostering'],
      ['U5', 'Foster placement with other foster carer who is also an approved adopter: FFA or concurrent planning'],
      ['U6', 'Foster placement with other foster carer: not long term or FFA'], ['Z1', 'Other placements'],
    ],
  },
  {
    list: 'placement_provider',
    source: SSDA903_SOURCE,
    codes: [
      ['PR0', 'Parent(s) or other person(s) with parental responsibility'], ['PR1', 'Own provision by the local authority'],
      ['PR2', 'Other local authority provision'], ['PR3', 'Other public provision'], ['PR4', 'Private provision'],
      ['PR5', 'Voluntary or third sector provision'],
    ],
  },
  {
    list: 'placement_change_reason',
    source: SSDA903_SOURCE,
    codes: [
      ['CARPL', 'Change to the care plan'], ['CLOSE', 'Resignation or closure of provision'],
      ['ALLEG', 'Allegation (s47)'], ['STAND', 'Standards of care concern'], ['APPRR', 'Approval removed'],
      ['CREQB', 'Carer requests placement end due to child’s behaviour'],
      ['CREQO', 'Carer requests placement end other than due to child’s behaviour'],
      ['CHILD', 'Child requests placement end'], ['LAREQ', 'Responsible/area authority requests placement end'],
      ['PLACE', 'Change in the status of placement only'], ['CUSTOD', 'Custody arrangement'], ['OTHER', 'Other'],
    ],
  },
  {
    list: 'review_participation',
    source: SSDA903_SOURCE,
    codes: [
      ['PN0', 'Child aged under 4 at the time of the review'], ['PN1', 'Child physically attends and speaks for themselves'],
      ['PN2', 'Child physically attends and an advocate speaks on their behalf'],
      ['PN3', 'Child attends and conveys their views symbolically (non-verbally)'],
      ['PN4', 'Child physically attends but does not speak for themselves'],
      ['PN5', 'Child does not attend but briefs an advocate to speak for them'],
      ['PN6', 'Child does not attend but conveys their feelings by a facilitative medium'],
      ['PN7', 'Child does not attend nor are their views conveyed to the review'],
    ],
  },
  {
    list: 'permanence_plan',
    source: 'Ofsted Annex A guidance',
    codes: [
      ['REMAINSUP', 'Remain with family with support, including short breaks'], ['RETURN1M', 'Return home within 1 month'],
      ['RETURN6M', 'Return home within 6 months'], ['RETURNEV', 'Return home eventually'],
      ['LTRELFR', 'Long-term placement with relatives or friends'], ['LTFOST18', 'Long-term fostering to 18'],
      ['RESPLMT', 'Residential placement until independence'], ['SUPPLIV', 'Supported living'], ['ADOPTION', 'Adoption'],
      ['OTHERPLN', 'Other plan'],
    ],
  },
  {
    list: 'care_leaver_accommodation',
    source: SSDA903_SOURCE,
    codes: [
      ['B', 'With parents or relatives'], ['C', 'Community home or other form of residential care'],
      ['D', 'Semi-independent, transitional accommodation'], ['E', 'Supported lodgings'], ['G', 'Gone abroad'],
      ['H', 'Deported'], ['K', 'Ordinary lodgings, without formal support'], ['R', 'Residence not known'],
      ['S', 'No fixed abode or homeless'], ['T', 'Foyers'], ['U', 'Independent living'],
      ['V', 'Emergency accommodation'], ['W', 'Bed and breakfast'], ['X', 'In custody'], ['Y', 'Other accommodation'],
      ['Z', 'With former foster carers (staying put)'],
    ],
  },
  {
    list: 'care_leaver_activity',
    source: SSDA903_SOURCE,
    codes: [
      ['F1', 'Full time in higher education'], ['P1', 'Part time in higher education'],
      ['F2', 'Full time in education other than higher education'], ['P2', 'Part time in education other than higher education'],
      ['F4', 'Full time apprenticeship'], ['P4', 'Part time apprenticeship'],
      ['F5', 'Full time in training or employment'], ['P5', 'Part time in training or employment'],
      ['G4', 'Not in education, employment or training: illness or disability'],
      ['G5', 'Not in education, employment or training: other reasons'],
      ['G6', 'Not in education, employment or training: pregnancy or parenting'],
    ],
  },
  {
    list: 'threshold_criterion',
    source: 'South Tees multi-agency threshold of need (local)',
    codes: [
      ['UNIV', 'Needs met by universal services'], ['EH-SINGLE', 'Additional needs met by a single agency'],
      ['EH-MULTI', 'Multiple needs: team around the family'], ['ABUSE', 'Actual or likely significant harm'],
      ['NEGLECT', 'Persistent neglect'], ['DA', 'Domestic abuse in the household'], ['MH', 'Parental mental ill health'],
      ['SUBST', 'Parental substance misuse'], ['EXPLOIT', 'Exploitation (sexual or criminal)'], ['MISSING', 'Going missing'],
      ['DISAB', 'Disability needing specialist services'], ['UNBORN', 'Concern for an unborn child'],
      ['HOUSING', 'Housing or financial crisis'], ['BEHAV', 'Behaviour placing the child at risk'],
    ],
  },
]
