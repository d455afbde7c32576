// Writes CIN census records as DfE CIN census XML. Items appear in the specification's order and
// are left out when null; every value is escaped, so no text can break the markup.
import {
  ASSESSMENT_FIELDS,
  CIN_DETAILS_FIELDS,
  CIN_PLAN_FIELDS,
  CPP_FIELDS,
  IDENTIFIER_FIELDS,
  S47_FIELDS,
  type CinChild,
  type CinHeader,
  type Field,
} from './model.ts'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)
}

function item(name: string, value: Field, indent: string): string {
  return value === null ? '' : `${indent}<${name}>${escapeXml(value)}</${name}>\n`
}

function items<K extends string>(record: Record<K, Field>, fields: readonly K[], indent: string): string {
  return fields.map((field) => item(field, record[field], indent)).join('')
}

export function headerXml(header: CinHeader): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n',
    items(header, ['Collection', 'Year', 'ReferenceDate'], '      '),
    '    </CollectionDetails>\n    <Source>\n',
    items(header, ['SourceLevel', 'LEA', 'SoftwareCode', 'Release', 'SerialNo', 'DateTime'], '      '),
    '    </Source>\n  </Header>\n  <Children>\n',
  ].join('')
}

export const FOOTER_XML = '  </Children>\n</Message>\n'

export function childXml(child: CinChild): string {
  const out: string[] = ['    <Child>\n']
  if (child.identifiers) out.push('      <ChildIdentifiers>\n', items(child.identifiers, IDENTIFIER_FIELDS, '        '), '      </ChildIdentifiers>\n')
  const characteristics = child.characteristics
  if (characteristics) {
    out.push('      <ChildCharacteristics>\n', item('Ethnicity', characteristics.Ethnicity, '        '))
    if (characteristics.disabilities) {
      out.push('        <Disabilities>\n', ...characteristics.disabilities.map((d) => item('Disability', d.value, '          ')), '        </Disabilities>\n')
    }
    out.push('      </ChildCharacteristics>\n')
  }
  for (const details of child.cinDetails) {
    out.push('      <CINdetails>\n', items(details, CIN_DETAILS_FIELDS, '        '))
    for (const a of details.assessments) {
      out.push('        <Assessments>\n', items(a, ASSESSMENT_FIELDS, '          '))
      if (a.factors.length > 0) {
        out.push('          <FactorsIdentifiedAtAssessment>\n', ...a.factors.map((f) => item('AssessmentFactors', f.value, '            ')), '          </FactorsIdentifiedAtAssessment>\n')
      }
      out.push('        </Assessments>\n')
    }
    for (const p of details.cinPlanDates) out.push('        <CINPlanDates>\n', items(p, CIN_PLAN_FIELDS, '          '), '        </CINPlanDates>\n')
    for (const s of details.section47) out.push('        <Section47>\n', items(s, S47_FIELDS, '          '), '        </Section47>\n')
    for (const cpp of details.childProtectionPlans) {
      out.push('        <ChildProtectionPlans>\n', items(cpp, CPP_FIELDS, '          '))
      if (cpp.reviews.length > 0) out.push('          <Reviews>\n', ...cpp.reviews.map((r) => item('CPPreviewDate', r.value, '            ')), '          </Reviews>\n')
      out.push('        </ChildProtectionPlans>\n')
    }
    out.push('      </CINdetails>\n')
  }
  out.push('    </Child>\n')
  return out.join('')
}

export function censusXml(header: CinHeader, children: readonly CinChild[]): string {
  return headerXml(header) + children.map(childXml).join('') + FOOTER_XML
}
