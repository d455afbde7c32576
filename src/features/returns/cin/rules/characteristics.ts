// ChildCharacteristics and Disabilities rules.
import { DISABILITY, ETHNICITY } from '../codes.ts'
import { defineRule, flag, lineOf } from './rule.ts'

export const characteristicRules = [
  defineRule({
    code: '8540',
    message: 'Child’s disability is missing or invalid (see Disability table)',
    fields: ['Disability'],
    // A born child with at least one referral going on to further action has one or more
    // disabilities (NONE for none), all valid codes.
    *child(child) {
      const born = (child.identifiers?.PersonBirthDate ?? null) !== null
      if (!born || !child.cinDetails.some((d) => flag(d.ReferralNFA) === false)) return
      const list = child.characteristics?.disabilities ?? []
      if (list.length === 0) yield { line: child.characteristics?.line ?? child.line }
      for (const d of list) if (!DISABILITY.includes(d.value.toUpperCase())) yield { line: d.line }
    },
  }),
  defineRule({
    code: '8790',
    message: 'Disability information includes both None and other values',
    fields: ['Disability'],
    *child(child) {
      const list = child.characteristics?.disabilities ?? []
      if (list.some((d) => d.value.toUpperCase() === 'NONE')) {
        for (const d of list) if (d.value.toUpperCase() !== 'NONE') yield { line: d.line }
      }
    },
  }),
  defineRule({
    code: '8794',
    message: 'Child has two or more disabilities with the same code',
    fields: ['Disability'],
    *child(child) {
      const list = child.characteristics?.disabilities ?? []
      for (const d of list) if (list.filter((other) => other.value === d.value).length > 1) yield { line: d.line }
    },
  }),
  defineRule({
    code: 'SLC004',
    message: 'Ethnicity is missing or not in the CIN census Ethnicity table',
    fields: ['Ethnicity'],
    source: 'local',
    *child(child) {
      const c = child.characteristics
      if (!c || c.Ethnicity === null || !ETHNICITY.includes(c.Ethnicity)) yield { line: c ? lineOf(c, 'Ethnicity') : child.line }
    },
  }),
]
