// The recurring records of a period of care, generated when it ends (or at "today"): reviews
// (within 20 working days, then 3 months, then every 6), visits (a week after each move, then
// six-weekly), personal education plans (termly from age 3), health and dental checks,
// immunisations, SDQs (ages 4-16), missing and away episodes with return interviews, offences and
// substance misuse for teenagers, and monthly management oversight. Rates are ordinary practice
// ("more than 90%" seen, PEPs 99%, health assessments over 90%: S002 page 2 §50 and panel i).
import { addMonths, birthday, type IsoDate } from '../../platform/time/dates.ts'
import { addDays, addWorkingDays, stamp } from './calendar.ts'
import { age, childRow, recordedAt } from './records.ts'
import { HISTORY_FLOOR, oversight, reviewDates, spellEnd, visits } from './routine.ts'
import type { CareSpell, Child, World } from './state.ts'

export function claRoutine(world: World, child: Child, care: CareSpell): void {
  const rng = world.rng
  const period = care.period
  const start = period.start_date
  const end = period.end_date ?? '9999-12-31'
  const stop = spellEnd(world, period.end_date)
  const periodId = period.id
  const first = addWorkingDays(start, 20)
  let count = 0
  for (const review of reviewDates(world, first, end, (held) => addMonths(held, count++ === 0 ? 3 : 6), 0.07)) {
    const childAge = age(child, review.held ?? review.due)
    const participation = childAge < 4 ? 'PN0' : rng.weighted([['PN1', 50], ['PN2', 6], ['PN3', 4], ['PN4', 8], ['PN5', 8], ['PN6', 14], ['PN7', 10]] as const)
    childRow(world, child, 'cla_review', { child_id: child.id, period_of_care_id: periodId, due_date: review.due, held_date: review.held, cancelled: false, participation: review.held ? participation : null }, recordedAt(world, review.held ?? review.due, 4))
  }
  for (const placement of care.placements) {
    const placementEnd = spellEnd(world, placement.row.end_date)
    if (placementEnd <= placement.row.start_date) continue
    // Six-weekly; three-monthly once a long-term placement has lasted a year (reg 28).
    const settled = care.pathway === 'long_term' && placementEnd > addMonths(placement.row.start_date, 12)
    visits(world, child, 'cla', placement.row.start_date, placementEnd, settled ? 75 : 42, 7, 0.95)
  }
  oversight(world, child, start, stop, 60, 'Care plan and placement discussed in supervision')
  health(world, child, periodId, start, stop)
  education(world, child, periodId, start, stop)
  missing(world, child, periodId, start, stop)
}

function health(world: World, child: Child, periodId: number, start: IsoDate, stop: IsoDate): void {
  const rng = world.rng
  const initialDue = addWorkingDays(start, 20)
  if (initialDue <= stop && initialDue >= HISTORY_FLOOR) {
    const refused = age(child, start) >= 12 && rng.chance(0.04)
    const done = refused ? null : addDays(initialDue, rng.between(-14, rng.chance(0.15) ? 30 : 3))
    childRow(world, child, 'health_check', { child_id: child.id, kind: 'initial_health', due_date: initialDue, done_date: done !== null && done <= world.today ? done : null, status: refused ? 'refused' : done !== null && done <= world.today ? 'completed' : 'planned' }, recordedAt(world, done ?? initialDue, 7))
  }
  let due = addMonths(start, age(child, start) < 5 ? 6 : 12)
  while (due <= stop) {
    const interval = age(child, due) < 5 ? 6 : 12
    if (due >= HISTORY_FLOOR) {
      const done = rng.chance(0.92) ? addDays(due, rng.between(-30, 20)) : null
      const status = done === null ? (rng.chance(0.5) ? 'refused' : 'cancelled') : done <= world.today ? 'completed' : 'planned'
      childRow(world, child, 'health_check', { child_id: child.id, kind: 'review_health', due_date: due, done_date: status === 'completed' ? done : null, status }, recordedAt(world, done ?? due, 7))
      if (age(child, due) >= 1) {
        const dental = rng.chance(0.83) ? addDays(due, rng.between(-60, 30)) : null
        childRow(world, child, 'health_check', { child_id: child.id, kind: 'dental', due_date: due, done_date: dental !== null && dental <= world.today ? dental : null, status: dental === null ? 'cancelled' : dental <= world.today ? 'completed' : 'planned' }, recordedAt(world, dental ?? due, 10))
      }
      childRow(world, child, 'immunisation_status', { child_id: child.id, up_to_date: rng.chance(0.86), recorded_date: due }, recordedAt(world, due, 10))
      const childAge = age(child, due)
      // The carer's questionnaire comes back a fortnight before the review health assessment. A child
      // just under 4 or just 17 then has none: reason SDQ1 (DfE rules 197B, 157).
      const sdqDate = addDays(due, -14)
      if (childAge >= 4 && childAge <= 16) {
        const reason = rng.chance(0.12) ? rng.weighted([['SDQ2', 2], ['SDQ3', 2], ['SDQ4', 3], ['SDQ5', 3]] as const) : null
        childRow(world, child, 'sdq', { child_id: child.id, completed_date: sdqDate, score: reason ? null : Math.max(0, Math.min(40, Math.round(14 + 7 * rng.normal()))), reason }, recordedAt(world, due, 14))
      } else if (childAge === 3 || childAge === 17) {
        const date = childAge === 3 || age(child, sdqDate) === 17 ? sdqDate : due
        childRow(world, child, 'sdq', { child_id: child.id, completed_date: date, score: null, reason: 'SDQ1' }, stamp(date, 10 * 60))
      }
    }
    due = addMonths(due, interval)
  }
}

function education(world: World, child: Child, periodId: number, start: IsoDate, stop: IsoDate): void {
  const rng = world.rng
  let date = addWorkingDays(start, rng.between(5, 12))
  while (date <= stop) {
    const childAge = age(child, date)
    if (childAge >= 3 && childAge < 18 && date >= HISTORY_FLOOR && rng.chance(0.97)) {
      childRow(world, child, 'personal_education_plan', { child_id: child.id, period_of_care_id: periodId, plan_date: date }, recordedAt(world, date, 7))
    }
    date = addDays(date, rng.between(105, 130))
  }
}

/** Teenagers: some go missing, a few repeatedly; some offend or misuse substances. */
function missing(world: World, child: Child, periodId: number, start: IsoDate, stop: IsoDate): void {
  const rng = world.rng
  const from = birthday(child.dob, 11) > start ? birthday(child.dob, 11) : start
  if (from >= stop) return
  const years = (Date.parse(stop) - Date.parse(from)) / (365.25 * 86_400_000)
  const episodes = rng.chance(0.22) ? rng.poisson(years * rng.between(2, 9)) : 0
  // A child is missing or away once at a time: an absence that would overlap one already recorded
  // is not recorded (DfE rule 574). Its draws are still made, so the stream does not move.
  const recorded: Array<{ from: IsoDate; to: IsoDate }> = []
  for (let i = 0; i < episodes; i++) {
    const date = addDays(from, rng.int(Math.max(1, Math.round(years * 365))))
    if (date < HISTORY_FLOOR || date > stop) continue
    const back = addDays(date, rng.weighted([[0, 5], [1, 4], [2, 2], [4, 1]] as const))
    const returned = back <= world.today ? back : null
    const kind = rng.chance(0.75) ? 'M' : 'A'
    const offered = kind === 'M' && returned !== null ? rng.chance(0.92) : null
    const accepted = offered ? rng.chance(0.62) : offered === false ? false : null
    const interview = accepted && returned ? addDays(returned, rng.between(0, rng.chance(0.7) ? 3 : 10)) : null
    const at = recordedAt(world, date, 2)
    const to = returned ?? '9999-12-31'
    if (recorded.some((r) => date <= r.to && r.from <= to)) continue
    recorded.push({ from: date, to })
    childRow(world, child, 'missing_episode', { child_id: child.id, period_of_care_id: periodId, kind, start_date: date, end_date: returned, rhi_offered: offered, rhi_accepted: accepted, rhi_date: interview !== null && interview <= world.today ? interview : null }, at)
  }
  if (rng.chance(years * 0.03)) {
    const date = addDays(from, rng.int(Math.max(1, Math.round(years * 365))))
    if (date <= stop) childRow(world, child, 'offence', { child_id: child.id, offence_date: date, description: rng.pick(['Criminal damage', 'Theft', 'Assault', 'Possession of cannabis']) }, recordedAt(world, date, 20))
  }
  if (rng.chance(years * 0.04)) {
    const date = addDays(from, rng.int(Math.max(1, Math.round(years * 365))))
    const offered = rng.chance(0.9)
    if (date <= stop) childRow(world, child, 'substance_misuse', { child_id: child.id, identified_date: date, substance: rng.pick(['Cannabis', 'Alcohol', 'Cocaine', 'Ketamine']), intervention_offered: offered, intervention_received: offered && rng.chance(0.6) }, recordedAt(world, date, 14))
  }
}
