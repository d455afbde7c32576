// Header rules that depend on the child's episodes or care-leaver status (ssda903-fields.md §2:
// MOTHER is required for girls looked after in the year except on short breaks; blank for
// care leavers not looked after in the year).
import { SHORT_BREAKS, isFemale } from '../codes.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { childrenWith, dateOf, finalCeasedEpisode, hasData, isFilled, oneOf, value, weekBefore } from './helpers.ts'

export const headerEpisodeRules: Rule[] = [
  defineRule({
    // "Newly looked after in the final week of the year" is the only proper use of UN4.
    code: '210',
    message: 'Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.',
    tables: ['Header', 'Episodes'],
    fields: ['UPN', 'DECOM'],
    *check(context) {
      for (const ref of context.current.rowsWith('Header', 'UPN', ['UN4'])) {
        const child = value(ref.row, 'CHILD')
        if (!context.lookedAfterAt31March(child)) continue
        const start = context.current.periods(child).at(-1)?.[0]?.decom
        if (start !== undefined && start !== null && start <= weekBefore(context.end)) yield hit('Header', ref)
      }
    },
  }),
  defineRule({
    code: '393',
    message: 'Child is looked after but mother field is not completed.',
    tables: ['Header', 'Episodes'],
    fields: ['MOTHER'],
    *check(context) {
      for (const ref of context.current.rowsWith('Header', 'MOTHER', [''])) {
        const child = value(ref.row, 'CHILD')
        if (!isFemale(value(ref.row, 'SEX'))) continue
        if (context.current.episodes(child).some((e) => !oneOf(e.row, 'LS', SHORT_BREAKS))) yield hit('Header', ref)
      }
    },
  }),
  defineRule({
    code: '399',
    message: 'Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.',
    tables: ['Header', 'Episodes', 'Reviews'],
    fields: ['LS', 'MOTHER', 'REVIEW', 'REVIEW_CODE'],
    *check(context) {
      for (const child of childrenWith(context, 'LS', SHORT_BREAKS)) {
        const ref = context.current.header(child)
        const episodes = context.current.episodes(child)
        if (!ref || !episodes.every((e) => oneOf(e.row, 'LS', SHORT_BREAKS))) continue
        if (isFilled(ref.row, 'MOTHER')) yield hit('Header', ref, ['MOTHER'])
        for (const review of context.current.childRows('Reviews', child)) yield hit('Reviews', review, ['REVIEW', 'REVIEW_CODE'])
      }
    },
  }),
  defineRule({
    code: '442',
    message: 'Unique Pupil Number (UPN) field is not completed.',
    tables: ['Header', 'Episodes'],
    fields: ['UPN'],
    *check(context) {
      for (const ref of context.current.rowsWith('Header', 'UPN', [''])) {
        if (context.current.episodes(value(ref.row, 'CHILD')).length > 0) yield hit('Header', ref)
      }
    },
  }),
  defineRule({
    code: '607',
    message: 'Child ceased to be looked after in the year, but mother field has not been completed.',
    tables: ['Header', 'Episodes'],
    fields: ['DEC', 'REC', 'MOTHER', 'LS', 'SEX'],
    *check(context) {
      for (const ref of context.current.rowsWith('Header', 'MOTHER', [''])) {
        if (!isFemale(value(ref.row, 'SEX'))) continue
        const final = finalCeasedEpisode(context, value(ref.row, 'CHILD'))
        if (final && final.dec !== null && final.dec >= context.start && final.dec <= context.end && !oneOf(final.row, 'LS', SHORT_BREAKS)) {
          yield hit('Header', ref)
        }
      }
    },
  }),
  defineRule({
    code: '625',
    message: 'Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.',
    tables: ['Header', 'Episodes'],
    fields: ['MC_DOB', 'DEC'],
    *check(context) {
      for (const ref of context.current.rowsWith('Header', 'MOTHER', ['1'])) {
        const born = dateOf(ref.row, 'MC_DOB')
        if (born === null) continue
        const ceased = finalCeasedEpisode(context, value(ref.row, 'CHILD'))?.dec ?? null
        if (born > context.end || (ceased !== null && born > ceased)) yield hit('Header', ref)
      }
    },
  }),
  defineRule({
    code: '628',
    message: 'Motherhood details are not required for care leavers who have not been looked after during the year.',
    tables: ['Header', 'Episodes', 'OC3'],
    fields: ['MOTHER'],
    *check(context) {
      for (const child of context.current.children('OC3')) {
        const ref = context.current.header(child)
        const careLeaver = context.current.childRows('OC3', child).some((oc3) => hasData(oc3.row))
        if (ref && careLeaver && isFilled(ref.row, 'MOTHER') && context.current.episodes(child).length === 0) yield hit('Header', ref)
      }
    },
  }),
]
