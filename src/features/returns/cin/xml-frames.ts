// The shape of a CIN census child as a tree of frames: each frame knows which elements may
// appear inside it and where their text goes. Unknown and repeated elements are recorded as
// structure issues (reported by rule SLC001), never silently dropped.
import {
  ASSESSMENT_FIELDS,
  CHARACTERISTIC_FIELDS,
  CIN_DETAILS_FIELDS,
  CIN_PLAN_FIELDS,
  CPP_FIELDS,
  IDENTIFIER_FIELDS,
  S47_FIELDS,
  emptyRecord,
  type Assessment,
  type ChildProtectionPlan,
  type CinChild,
  type CinDetails,
  type Coded,
  type StructureIssue,
} from './model.ts'

export type Frame =
  | { kind: 'container'; name: string; open(name: string, line: number): Frame | null; close(): void }
  | { kind: 'leaf'; name: string; text: string; close(text: string): void }
  | { kind: 'skip'; name: string }

function leaf(name: string, close: (text: string) => void): Frame {
  return { kind: 'leaf', name, text: '', close }
}

export function container(name: string, open: (name: string, line: number) => Frame | null, close: () => void = () => {}): Frame {
  return { kind: 'container', name, open, close }
}

/** Assigns a data item once; a second occurrence is reported as repeated. */
export function setField<K extends string>(
  record: { lines: Partial<Record<K, number>> } & Record<K, string | null>,
  field: K,
  line: number,
  issues: StructureIssue[],
): Frame {
  return leaf(field, (text) => {
    if (record.lines[field] !== undefined) {
      issues.push({ line, element: field, problem: 'repeated' })
      return
    }
    record.lines[field] = line
    const values: Record<K, string | null> = record
    values[field] = text.trim() === '' ? null : text.trim()
  })
}

export function isField<K extends string>(fields: readonly K[], name: string): name is K {
  return (fields as readonly string[]).includes(name)
}

function codedList(name: string, item: string, list: Coded[]): Frame {
  return container(name, (child, line) => (child === item ? leaf(item, (text) => list.push({ value: text.trim(), line })) : null))
}

/** Builds the frames for one <Child>; `issues` collects structure issues inside it. */
export function childFrame(child: CinChild, onDone: () => void): Frame {
  const issues = child.structure
  return container(
    'Child',
    (name, line) => {
      if (name === 'ChildIdentifiers') {
        if (child.identifiers) issues.push({ line, element: name, problem: 'repeated' })
        const record = emptyRecord(IDENTIFIER_FIELDS, line)
        child.identifiers ??= record
        return container(name, (f, l) => (isField(IDENTIFIER_FIELDS, f) ? setField(record, f, l, issues) : null))
      }
      if (name === 'ChildCharacteristics') {
        if (child.characteristics) issues.push({ line, element: name, problem: 'repeated' })
        const record = { ...emptyRecord(CHARACTERISTIC_FIELDS, line), disabilities: null as Coded[] | null }
        child.characteristics ??= record
        return container(name, (f, l) => {
          if (isField(CHARACTERISTIC_FIELDS, f)) return setField(record, f, l, issues)
          if (f !== 'Disabilities') return null
          record.disabilities ??= []
          return codedList(f, 'Disability', record.disabilities)
        })
      }
      if (name === 'CINdetails') {
        const details: CinDetails = { ...emptyRecord(CIN_DETAILS_FIELDS, line), assessments: [], cinPlanDates: [], section47: [], childProtectionPlans: [] }
        child.cinDetails.push(details)
        return cinDetailsFrame(details, issues)
      }
      return null
    },
    onDone,
  )
}

function cinDetailsFrame(details: CinDetails, issues: StructureIssue[]): Frame {
  return container('CINdetails', (name, line) => {
    if (isField(CIN_DETAILS_FIELDS, name)) return setField(details, name, line, issues)
    if (name === 'Assessments') {
      const record: Assessment = { ...emptyRecord(ASSESSMENT_FIELDS, line), factors: [] }
      details.assessments.push(record)
      return container(name, (f, l) => {
        if (isField(ASSESSMENT_FIELDS, f)) return setField(record, f, l, issues)
        return f === 'FactorsIdentifiedAtAssessment' ? codedList(f, 'AssessmentFactors', record.factors) : null
      })
    }
    if (name === 'CINPlanDates') {
      const record = emptyRecord(CIN_PLAN_FIELDS, line)
      details.cinPlanDates.push(record)
      return container(name, (f, l) => (isField(CIN_PLAN_FIELDS, f) ? setField(record, f, l, issues) : null))
    }
    if (name === 'Section47') {
      const record = emptyRecord(S47_FIELDS, line)
      details.section47.push(record)
      return container(name, (f, l) => (isField(S47_FIELDS, f) ? setField(record, f, l, issues) : null))
    }
    if (name === 'ChildProtectionPlans') {
      const record: ChildProtectionPlan = { ...emptyRecord(CPP_FIELDS, line), reviews: [] }
      details.childProtectionPlans.push(record)
      return container(name, (f, l) => {
        if (isField(CPP_FIELDS, f)) return setField(record, f, l, issues)
        return f === 'Reviews' ? codedList(f, 'CPPreviewDate', record.reviews) : null
      })
    }
    return null
  })
}
