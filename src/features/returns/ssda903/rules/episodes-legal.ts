// Legal status rules: statutory maximum durations, age limits, and legal status against placement
// (ssda903-fields.md §4.2; Children Act 1989 s44, s46, s43; PACE 1984 ss41–46).
import type { IsoDate } from '../../../../platform/time/dates.ts'
import type { EpisodeRef, RuleContext } from '../context.ts'
import { SHORT_BREAKS, TEMPORARY } from '../codes.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { ageAt, daysTo, episodesWith, oneOf, rowsWith, value } from './helpers.ts'

/** Runs of contiguous episodes under one legal status, with their total length in days. */
function legalStatusRuns(context: RuleContext, code: string): { episodes: EpisodeRef[]; days: number }[] {
  const runs: { episodes: EpisodeRef[]; days: number }[] = []
  let run: EpisodeRef[] = []
  let runChild = ''
  const close = () => {
    const first = run[0]
    const last = run.at(-1)
    if (first?.decom && last) runs.push({ episodes: run, days: daysTo(context, first.decom, last.dec) })
    run = []
  }
  const children = new Set(context.current.rowsWith('Episodes', 'LS', [code]).map((ref) => ref.row.CHILD ?? ''))
  const episodes = [...children].flatMap((child) => context.current.episodes(child).filter((e) => e.decom !== null).map((e): [EpisodeRef, string] => [e, child]))
  for (const [episode, child] of episodes) {
    const previous = run.at(-1)
    if (previous && (child !== runChild || previous.dec !== episode.decom || value(episode.row, 'LS') !== code)) close()
    if (value(episode.row, 'LS') === code) {
      run.push(episode)
      runChild = child
    }
  }
  close()
  return runs
}

function maximumDuration(code: string, legalStatus: string, days: number, message: string): Rule {
  return defineRule({
    code,
    message,
    tables: ['Episodes'],
    fields: ['LS', 'DECOM', 'DEC'],
    *check(context) {
      for (const run of legalStatusRuns(context, legalStatus)) {
        if (run.days > days) for (const episode of run.episodes) yield hit('Episodes', episode)
      }
    },
  })
}

function legalStatusWithPlacement(code: string, statuses: readonly string[], placements: readonly string[], message: string): Rule {
  return defineRule({
    code,
    message,
    tables: ['Episodes'],
    fields: ['LS', 'PLACE'],
    check: (context) => rowsWith(context, 'Episodes', 'LS', statuses, (row) => oneOf(row, 'PLACE', placements)),
  })
}

const clip = (date: IsoDate, from: IsoDate, to: IsoDate): IsoDate => (date < from ? from : date > to ? to : date)

export const episodeLegalRules: Rule[] = [
  defineRule({
    code: '358',
    message: 'Child with this legal status should not be under 10.',
    tables: ['Episodes', 'Header'],
    fields: ['DECOM', 'DOB', 'LS'],
    *check(context) {
      for (const [episode, child] of episodesWith(context, 'LS', ['J1', 'J2', 'J3'])) {
        if ((ageAt(context, child, episode.decom) ?? 99) < 10) yield hit('Episodes', episode)
      }
    },
  }),
  defineRule({
    code: '359',
    message: 'Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.',
    tables: ['Episodes', 'Header'],
    fields: ['DEC', 'LS', 'PLACE'],
    *check(context) {
      for (const [episode, child] of episodesWith(context, 'DEC', [''])) {
        if (value(episode.row, 'LS') === 'V2' && value(episode.row, 'PLACE') === 'K2') continue
        if ((ageAt(context, child, context.end) ?? 0) >= 18) {
          yield hit('Episodes', episode)
        }
      }
    },
  }),
  maximumDuration('361', 'L1', 3, 'Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.'),
  maximumDuration('362', 'L2', 21, 'Emergency protection order (EPO) lasted longer than 21 days'),
  maximumDuration('363', 'L3', 7, 'Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.'),
  maximumDuration(
    '364',
    'J2',
    21,
    'Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.',
  ),
  defineRule({
    code: '365',
    message: 'Any individual short- term respite placement must not exceed 17 days.',
    tables: ['Episodes'],
    fields: ['LS', 'DECOM', 'DEC'],
    *check(context) {
      for (const [episode] of episodesWith(context, 'LS', ['V3'])) {
        if (daysTo(context, episode.decom as IsoDate, episode.dec) > 17) yield hit('Episodes', episode)
      }
    },
  }),
  defineRule({
    code: '366',
    message: 'A child cannot change placement during the course of an individual short-term respite break.',
    tables: ['Episodes'],
    fields: ['RNE'],
    check: (context) => rowsWith(context, 'Episodes', 'LS', ['V3'], (row) => value(row, 'RNE') !== 'S'),
  }),
  defineRule({
    // Days of respite inside the collection year, summed over the child's V3 episodes.
    code: '367',
    message: 'The maximum amount of respite care allowable is 75 days in any 12-month period.',
    tables: ['Episodes'],
    fields: ['LS', 'DECOM', 'DEC'],
    *check(context) {
      for (const child of new Set(context.current.rowsWith('Episodes', 'LS', ['V3']).map((ref) => value(ref.row, 'CHILD')))) {
        const breaks = context.current.episodes(child).filter((e) => e.decom !== null && value(e.row, 'LS') === 'V3')
        const days = breaks.reduce(
          (sum, e) => sum + Math.max(0, daysTo(context, clip(e.decom as IsoDate, context.start, context.end), e.dec ? clip(e.dec, context.start, context.end) : null)),
          0,
        )
        if (days > 75) for (const episode of breaks) yield hit('Episodes', episode)
      }
    },
  }),
  legalStatusWithPlacement(
    '378',
    ['V2'],
    ['P1'],
    'A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.',
  ),
  legalStatusWithPlacement('382', SHORT_BREAKS, TEMPORARY, 'A child receiving respite care cannot be in a temporary placement.'),
  legalStatusWithPlacement('384', SHORT_BREAKS, ['U1', 'U4'], 'A child receiving respite care cannot be in a long-term foster placement '),
  defineRule({
    code: '408',
    message: 'Child is placed for adoption with a placement order, but no placement order has been recorded.',
    tables: ['Episodes'],
    fields: ['LS', 'PLACE'],
    check: (context) => rowsWith(context, 'Episodes', 'PLACE', ['A5', 'A6'], (row) => !oneOf(row, 'LS', ['E1', 'D1'])),
  }),
  defineRule({
    code: '426',
    message: 'A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.',
    tables: ['Episodes'],
    fields: ['LS'],
    *check(context) {
      const v3 = new Set(context.current.rowsWith('Episodes', 'LS', ['V3']).map((ref) => value(ref.row, 'CHILD')))
      for (const child of new Set(context.current.rowsWith('Episodes', 'LS', ['V4']).map((ref) => value(ref.row, 'CHILD')))) {
        if (!v3.has(child)) continue
        const episodes = context.current.episodes(child)
        const both = episodes.some((e) => value(e.row, 'LS') === 'V3') && episodes.some((e) => value(e.row, 'LS') === 'V4')
        if (both) for (const episode of episodes) if (oneOf(episode.row, 'LS', SHORT_BREAKS)) yield hit('Episodes', episode)
      }
    },
  }),
  defineRule({
    code: '445',
    message: 'D1 is not a valid code for episodes starting after December 2005.',
    tables: ['Episodes'],
    fields: ['DECOM', 'LS'],
    *check(context) {
      for (const [episode] of episodesWith(context, 'LS', ['D1'])) if ((episode.decom ?? '') > '2005-12-31') yield hit('Episodes', episode)
    },
  }),
  defineRule({
    code: '446',
    message: 'E1 is not a valid code for episodes starting before December 2005.',
    tables: ['Episodes'],
    fields: ['DECOM', 'LS'],
    *check(context) {
      for (const [episode] of episodesWith(context, 'LS', ['E1'])) if ((episode.decom ?? '') < '2005-12-01') yield hit('Episodes', episode)
    },
  }),
  defineRule({
    // Freeing orders were replaced by placement orders on 30 December 2005; one still open at
    // 31 March is queried.
    code: '451',
    message: 'Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.',
    tables: ['Episodes'],
    fields: ['DEC', 'LS', 'REC'],
    check: (context) => rowsWith(context, 'Episodes', 'LS', ['D1'], (row) => value(row, 'DEC') === ''),
  }),
]
