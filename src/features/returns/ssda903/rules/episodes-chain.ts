// The chain of episodes: each begins the day the previous one ends (X1), a period of care starts
// with RNE S, and RNE says what changed (ssda903-fields.md §3 "Continuity rules", §4.1).
import type { EpisodeRef } from '../context.ts'
import { defineRule, hit, type Rule } from '../rule.ts'
import { ageAt, childrenWith, episodePairs, episodesWith, value } from './helpers.ts'

const PLACEMENT_FIELDS = ['PLACE', 'PLACE_PROVIDER', 'PL_POST', 'URN']
const placementChanged = (a: EpisodeRef, b: EpisodeRef) => PLACEMENT_FIELDS.some((field) => value(a.row, field) !== value(b.row, field))
const legalStatusChanged = (a: EpisodeRef, b: EpisodeRef) => value(a.row, 'LS') !== value(b.row, 'LS')
const contiguous = (a: EpisodeRef, b: EpisodeRef) => a.dec !== null && a.dec === b.decom && value(a.row, 'REC') === 'X1'

/** DfE rules 434–436: the RNE must match what actually changed between contiguous episodes. */
function rneMatchesChange(code: string, rnes: string[], expectLegal: boolean, expectPlacement: boolean, message: string): Rule {
  return defineRule({
    code,
    message,
    tables: ['Episodes'],
    fields: ['RNE', 'LS', ...PLACEMENT_FIELDS],
    *check(context) {
      for (const [previous, current] of episodePairs(context)) {
        if (!rnes.includes(value(current.row, 'RNE')) || !contiguous(previous, current)) continue
        if (legalStatusChanged(previous, current) !== expectLegal || placementChanged(previous, current) !== expectPlacement) {
          yield hit('Episodes', current)
        }
      }
    },
  })
}

export const episodeChainRules: Rule[] = [
  defineRule({
    code: '142',
    message: 'A new episode has started, but the previous episode has not ended.',
    tables: ['Episodes'],
    fields: ['DEC', 'REC'],
    *check(context) {
      for (const child of childrenWith(context, 'DEC', [''])) {
        const episodes = context.current.episodes(child).filter((e) => e.decom !== null)
        for (const episode of episodes.slice(0, -1)) if (value(episode.row, 'DEC') === '') yield hit('Episodes', episode)
      }
    },
  }),
  defineRule({
    code: '501',
    message: 'A new episode has started before the end date of the previous episode.',
    tables: ['Episodes'],
    fields: ['DECOM', 'DEC'],
    *check(context) {
      for (const [previous, current] of episodePairs(context)) {
        if (previous.dec !== null && current.decom !== null && current.decom < previous.dec) yield hit('Episodes', current)
      }
    },
  }),
  defineRule({
    // An episode starting in the year is preceded, in this return, by the episode that ended that day.
    code: '357',
    message:
      'If this is the first episode ever for this child, reason for new episode must be S. Check whether there is an episode immediately preceding this one, which has been left out. If not the reason for new episode code must be amended to S.',
    tables: ['Episodes'],
    fields: ['RNE'],
    *check(context) {
      for (const child of context.current.children('Episodes')) {
        const first = context.current.episodes(child)[0]
        if (first && first.decom !== null && first.decom >= context.start && value(first.row, 'RNE') !== 'S') yield hit('Episodes', first)
      }
    },
  }),
  defineRule({
    code: '388',
    message: 'Reason episode ceased is coded new episode begins, but there is no continuation episode.',
    tables: ['Episodes'],
    fields: ['REC'],
    *check(context) {
      for (const [episode, child] of episodesWith(context, 'REC', ['X1'])) {
        const continued = context.current.episodes(child).some((other) => other !== episode && other.decom !== null && other.decom === episode.dec)
        if (!continued) yield hit('Episodes', episode)
      }
    },
  }),
  defineRule({
    code: '431',
    message: 'The reason for new episode is started to be looked after, but the previous episode ended on the same day.',
    tables: ['Episodes'],
    fields: ['RNE', 'DECOM'],
    *check(context) {
      for (const [previous, current] of episodePairs(context)) {
        if (value(current.row, 'RNE') === 'S' && previous.dec !== null && previous.dec === current.decom) yield hit('Episodes', current)
      }
    },
  }),
  defineRule({
    code: '432',
    message: 'The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.',
    tables: ['Episodes'],
    fields: ['RNE'],
    *check(context) {
      for (const [previous, current] of episodePairs(context)) {
        const rec = value(previous.row, 'REC')
        if (rec !== '' && rec !== 'X1' && value(current.row, 'RNE') !== 'S') yield hit('Episodes', current)
      }
    },
  }),
  defineRule({
    code: '433',
    message: 'The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.',
    tables: ['Episodes'],
    fields: ['RNE', 'DECOM'],
    *check(context) {
      for (const [previous, current] of episodePairs(context)) {
        if (['L', 'P', 'T', 'B', 'U'].includes(value(current.row, 'RNE')) && previous.dec !== current.decom) yield hit('Episodes', current)
      }
    },
  }),
  rneMatchesChange(
    '434',
    ['L'],
    true,
    false,
    "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.",
  ),
  rneMatchesChange(
    '435',
    ['P', 'T'],
    false,
    true,
    'Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.',
  ),
  rneMatchesChange(
    '436',
    ['B', 'U'],
    true,
    true,
    'Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.',
  ),
  defineRule({
    code: '437',
    message: 'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.',
    tables: ['Episodes'],
    fields: ['REC'],
    *check(context) {
      for (const [episode, child] of episodesWith(context, 'REC', ['E2', 'E15'])) {
        if (context.current.episodes(child).some((e) => e.decom !== null && e !== episode && e.decom >= (episode.decom as string))) yield hit('Episodes', episode)
      }
    },
  }),
  defineRule({
    code: '504',
    message: 'The category of need code differs from that reported at start of current period of being looked after',
    tables: ['Episodes'],
    fields: ['CIN'],
    *check(context) {
      for (const child of context.current.children('Episodes')) {
        for (const period of context.current.periods(child)) {
          const first = period[0] as EpisodeRef
          for (const episode of period.slice(1)) if (value(episode.row, 'CIN') !== value(first.row, 'CIN')) yield hit('Episodes', episode)
        }
      }
    },
  }),
  defineRule({
    code: '302',
    message: 'First episode starts before child was born.',
    tables: ['Episodes', 'Header'],
    fields: ['DECOM', 'DOB'],
    *check(context) {
      for (const child of context.current.children('Episodes')) {
        const first = context.current.episodes(child)[0]
        const dob = context.current.dob(child)
        if (first?.decom && dob !== null && first.decom < dob) yield hit('Episodes', first)
      }
    },
  }),
  defineRule({
    code: '352',
    message: 'Child who started to be looked after was aged 18 or over.',
    tables: ['Episodes', 'Header'],
    fields: ['DECOM', 'RNE'],
    *check(context) {
      for (const [episode, child] of episodesWith(context, 'RNE', ['S'])) {
        if ((ageAt(context, child, episode.decom) ?? 0) >= 18) yield hit('Episodes', episode)
      }
    },
  }),
]
