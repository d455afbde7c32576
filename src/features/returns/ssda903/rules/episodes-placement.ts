// Placement rules: minimum ages, temporary placements, adoption placements and the reason for a
// placement change (ssda903-fields.md §4.4 and §4.7).
import { addYears, type IsoDate } from '../../../../platform/time/dates.ts'
import { ADOPTION_PLACEMENTS, FOSTER, TEMPORARY } from '../codes.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { ageAt, childrenWith, daysTo, episodePairs, episodesWith, isBlank, isFilled, oneOf, pairsInto, rowsWith, value } from './helpers.ts'

function minimumAge(code: string, placement: string | ((year: number) => string), age: number, message: string, years?: Rule['years']): Rule {
  return defineRule({
    code,
    message,
    tables: ['Episodes', 'Header'],
    fields: ['DECOM', 'PLACE'],
    ...(years ? { years } : {}),
    *check(context) {
      const place = typeof placement === 'function' ? placement(context.year) : placement
      for (const [episode, child] of episodesWith(context, 'PLACE', [place])) {
        if ((ageAt(context, child, episode.decom) ?? 99) < age) yield hit('Episodes', episode)
      }
    },
  })
}

function maximumStay(code: string, placement: string, days: number, message: string): Rule {
  return defineRule({
    code,
    message,
    tables: ['Episodes'],
    fields: ['DECOM', 'DEC', 'PLACE'],
    *check(context) {
      for (const [episode] of episodesWith(context, 'PLACE', [placement])) {
        if (daysTo(context, episode.decom as IsoDate, episode.dec) > days) yield hit('Episodes', episode)
      }
    },
  })
}

const isTemporary = (row: Parameters<typeof value>[0]) => oneOf(row, 'PLACE', TEMPORARY)

/** DfE 226: no reason on a temporary placement nor on the episode before it. Worded differently from 2025/26. */
function noReasonAroundTemporary(message: string, years: Rule['years']): Rule {
  return defineRule({
    code: '226',
    message,
    tables: ['Episodes'],
    fields: ['REASON_PLACE_CHANGE', 'PLACE'],
    years,
    *check(context) {
      for (const child of childrenWith(context, 'PLACE', TEMPORARY)) {
        const episodes = context.current.episodes(child)
        for (let i = 0; i < episodes.length; i++) {
          const episode = episodes[i] as (typeof episodes)[number]
          const before = episodes[i - 1]
          const reasonGiven = isFilled(episode.row, 'REASON_PLACE_CHANGE') || (before !== undefined && isFilled(before.row, 'REASON_PLACE_CHANGE'))
          if (isTemporary(episode.row) && reasonGiven) yield hit('Episodes', episode)
        }
      }
    },
  })
}

export const episodePlacementRules: Rule[] = [
  minimumAge('370', 'P2', 16, 'Child in independent living should be at least 16.', { from: 2024, to: 2025 }),
  // 2023/24 read H5 (semi-independent living); from 2024/25 K3 (supported accommodation).
  minimumAge('371', (year) => (year <= 2024 ? 'H5' : 'K3'), 16, 'Child in supported accomodation not subject to children’s homes regulations should be at least 16.'),
  minimumAge('372', 'R5', 10, 'Child in youth custody or prison should be at least 10.'),
  minimumAge('373', 'S1', 4, 'Child placed in a school should be at least 4 years old.'),
  minimumAge('374', 'P3', 14, 'Child in residential employment should be at least 14 years old.'),
  maximumStay('375', 'T1', 42, 'Hospitalisation coded as a temporary placement exceeds six weeks.'),
  maximumStay('376', 'T3', 21, 'Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.'),
  maximumStay('379', 'T4', 7, 'Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.'),
  defineRule({
    code: '377',
    message: 'Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.',
    tables: ['Episodes'],
    fields: ['PLACE'],
    *check(context) {
      for (const child of childrenWith(context, 'PLACE', ['T3'])) {
        const t3 = context.current.episodes(child).filter((e) => e.decom !== null && value(e.row, 'PLACE') === 'T3')
        for (const episode of t3) {
          const from = addYears(episode.decom as IsoDate, -1)
          if (t3.filter((e) => (e.decom as IsoDate) > from && (e.decom as IsoDate) <= (episode.decom as IsoDate)).length > 2) yield hit('Episodes', episode)
        }
      }
    },
  }),
  defineRule({
    code: '380',
    message: 'A period of care cannot start with a temporary placement.',
    tables: ['Episodes'],
    fields: ['PLACE', 'RNE'],
    check: (context) => rowsWith(context, 'Episodes', 'PLACE', TEMPORARY, (row) => value(row, 'RNE') === 'S'),
  }),
  defineRule({
    code: '381',
    message: 'A period of care cannot end with a temporary placement.',
    tables: ['Episodes'],
    fields: ['PLACE', 'REC'],
    check: (context) => rowsWith(context, 'Episodes', 'PLACE', TEMPORARY, (row) => isFilled(row, 'REC') && value(row, 'REC') !== 'X1'),
  }),
  defineRule({
    // From 2025/26 the return must also be RNE P to the same postcode.
    code: '383',
    message: 'A child in a temporary placement must subsequently return to his/her normal placement.',
    tables: ['Episodes'],
    fields: ['PLACE', 'RNE', 'PL_POST'],
    *check(context) {
      for (const child of childrenWith(context, 'PLACE', TEMPORARY)) {
        const episodes = context.current.episodes(child).filter((e) => e.decom !== null)
        for (let i = 2; i < episodes.length; i++) {
          const [usual, temporary, after] = [episodes[i - 2], episodes[i - 1], episodes[i]] as const
          if (!usual || !temporary || !after || !isTemporary(temporary.row) || isTemporary(usual.row) || isTemporary(after.row)) continue
          const samePlace = value(after.row, 'PLACE') === value(usual.row, 'PLACE')
          const strict = context.year >= 2026
          if (!samePlace || (strict && (value(after.row, 'RNE') !== 'P' || value(after.row, 'PL_POST') !== value(usual.row, 'PL_POST')))) {
            yield hit('Episodes', after)
          }
        }
      }
    },
  }),
  defineRule({
    // DfE's condition names A3 and A5, the placements "with current foster carer(s)".
    code: '336',
    message: 'Child does not have a foster placement immediately prior to being placed for adoption.',
    tables: ['Episodes'],
    fields: ['PLACE'],
    *check(context) {
      for (const [previous, current] of pairsInto(context, ['A3', 'A5'])) {
        if (!oneOf(previous.row, 'PLACE', [...FOSTER, ...ADOPTION_PLACEMENTS])) yield hit('Episodes', current)
      }
    },
  }),
  defineRule({
    code: '217',
    message: 'Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.',
    tables: ['Episodes'],
    fields: ['DECOM', 'PLACE', 'RNE'],
    *check(context) {
      for (const [previous, current] of pairsInto(context, ['A3', 'A5'])) {
        // Only the episode that moves into the adoption placement; later episodes there keep it.
        if (!oneOf(previous.row, 'PLACE', ['A3', 'A5']) && (current.decom ?? '') >= '2015-04-01' && !oneOf(current.row, 'RNE', ['S', 'T', 'U'])) {
          yield hit('Episodes', current)
        }
      }
    },
  }),
  defineRule({
    code: '225',
    message: 'Reason for placement change must be recorded.',
    tables: ['Episodes'],
    fields: ['REASON_PLACE_CHANGE'],
    *check(context) {
      for (const [previous, current] of episodePairs(context)) {
        if (
          value(previous.row, 'REC') === 'X1' &&
          isBlank(previous.row, 'REASON_PLACE_CHANGE') &&
          oneOf(current.row, 'RNE', ['P', 'B', 'T', 'U']) &&
          !isTemporary(previous.row) &&
          !isTemporary(current.row)
        ) {
          yield hit('Episodes', previous)
        }
      }
    },
  }),
  noReasonAroundTemporary('Reason for placement change is not required.', { from: 2024, to: 2025 }),
  noReasonAroundTemporary('Reason for placement change is not required for temporary placements.', { from: 2026, to: 2027 }),
  defineRule({
    code: '233',
    message: 'Reason for placement change is not required when the episode has not ceased.',
    tables: ['Episodes'],
    fields: ['REASON_PLACE_CHANGE', 'DEC'],
    years: { from: 2026, to: 2027 },
    check: (context) => rowsWith(context, 'Episodes', 'DEC', [''], (row) => isFilled(row, 'REASON_PLACE_CHANGE')),
  }),
  defineRule({
    // The reason sits on the episode that ends; the move into custody happens on its end date.
    code: '234',
    message: 'A child aged under 10 can not change placement due to being admitted to custody',
    tables: ['Episodes', 'Header'],
    fields: ['REASON_PLACE_CHANGE'],
    years: { from: 2026, to: 2027 },
    *check(context) {
      for (const [episode, child] of episodesWith(context, 'REASON_PLACE_CHANGE', ['CUSTOD'])) {
        if ((ageAt(context, child, episode.dec ?? episode.decom) ?? 99) < 10) yield hit('Episodes', episode)
      }
    },
  }),
]
