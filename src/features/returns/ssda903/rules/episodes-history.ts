// Episodes against last year's return: an episode open at the end of last year must reappear
// unchanged as the first episode this year (ssda903-fields.md §3, "Continuity rules").
// DfE's 503G, 503H and 503J compare derived distance, placement LA and location, which need a
// postcode directory we do not hold; they are not implemented.
import type { EpisodeRef, RuleContext } from '../context.ts'
import { defineRule, hit, type Rule, type RuleHit } from '../rule.ts'
import { value } from './helpers.ts'

/** For each child with an episode open at the end of last year: that episode and this year's first. */
function* openLastYear(context: RuleContext): Generator<[EpisodeRef, EpisodeRef]> {
  if (!context.previous) return
  for (const child of context.previous.children('Episodes')) {
    const open = context.previous.episodes(child).find((e) => e.decom !== null && value(e.row, 'DEC') === '')
    const first = context.current.episodes(child)[0]
    if (open && first && first.decom !== null) yield [open, first]
  }
}

function sameAsLastYear(code: string, field: string, message: string): Rule {
  return defineRule({
    code,
    message,
    tables: ['Episodes'],
    fields: [field],
    needsPrevious: true,
    *check(context): Generator<RuleHit> {
      for (const [open, first] of openLastYear(context)) {
        if (open.decom === first.decom && value(open.row, field) !== value(first.row, field)) yield hit('Episodes', first)
      }
    },
  })
}

export const episodeHistoryRules: Rule[] = [
  defineRule({
    code: '502',
    message: "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.",
    tables: ['Episodes'],
    fields: ['DECOM'],
    needsPrevious: true,
    *check(context) {
      for (const [open, first] of openLastYear(context)) if (open.decom !== first.decom) yield hit('Episodes', first)
    },
  }),
  sameAsLastYear('503A', 'RNE', 'The reason for new episode in the first episode does not match open episode at end of last year.'),
  sameAsLastYear('503B', 'LS', 'The legal status in the first episode does not match open episode at end of last year.'),
  sameAsLastYear('503C', 'CIN', 'The category of need in the first episode does not match open episode at end of last year.'),
  sameAsLastYear('503D', 'PLACE', 'The placement type in the first episode does not match open episode at end of last year'),
  sameAsLastYear('503E', 'PLACE_PROVIDER', 'The placement provider in the first episode does not match open episode at end of last year.'),
  sameAsLastYear('503F', 'URN', 'The Ofsted URN in the first episode does not match open episode at end of last year.'),
  defineRule({
    code: '562',
    message: 'Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.',
    tables: ['Episodes'],
    fields: ['DECOM'],
    needsPrevious: true,
    *check(context) {
      const previous = context.previous
      if (!previous) return
      for (const child of context.current.children('Episodes')) {
        const lastYear = previous.episodes(child)
        if (lastYear.length === 0) continue
        for (const episode of context.current.episodes(child)) {
          if (episode.decom !== null && episode.decom < context.start && !lastYear.some((e) => e.decom === episode.decom)) yield hit('Episodes', episode)
        }
      }
    },
  }),
  defineRule({
    code: 'NoE',
    message: 'This child has no episodes loaded for previous year even though child started to be looked after before this current year.',
    tables: ['Episodes'],
    fields: ['DECOM'],
    needsPrevious: true,
    *check(context) {
      const previous = context.previous
      if (!previous) return
      for (const child of context.current.children('Episodes')) {
        const first = context.current.episodes(child)[0]
        if (first?.decom && first.decom < context.start && previous.episodes(child).length === 0) yield hit('Episodes', first)
      }
    },
  }),
]
