// Early help: family episodes led by a locality practitioner, with an early help assessment
// (within 10 working days), a family plan (within 15) and reviews every 8 weeks; steps down from
// social care and steps up to it. The number of children in early help follows S002 §21
// (1,186 in September 2019, 1,867 in September 2020): new families come through the front door
// when there are fewer children open than the curve.
import { type IsoDate } from '../../platform/time/dates.ts'
import { addDays, addWorkingDays } from './calendar.ts'
import { valueOn } from './curves.ts'
import { openReferral, receiveContact, referralAge } from './front-door.ts'
import { newFamily } from './population.ts'
import { age, childRow, closeAllocation, openAllocation, recordedAt } from './records.ts'
import { reviewDates } from './routine.ts'
import type { Child, World } from './state.ts'
import { EARLY_HELP_STOCK } from './targets.ts'
import { chooseWorker, teamsFor } from './workforce.ts'

const REASONS = [
  'Parenting support', 'School attendance', 'Domestic abuse in the family', 'Child’s behaviour', 'Parent’s mental health',
  'Housing and money worries', 'Young carer support', 'Parental alcohol or drug use',
] as const

type EndReason = NonNullable<Child['earlyHelp']>['row']['end_reason']

/** Opens early help for the children and their brothers and sisters not already open elsewhere. */
export function startEarlyHelp(world: World, children: Child[], date: IsoDate, links: { contactId?: number; steppedDownFrom?: number } = {}): void {
  const rng = world.rng
  const first = children[0]
  if (!first || date > world.today) return
  const family = first.family
  const members = new Set(children)
  for (const sibling of family.children) {
    if (sibling.born && sibling.episode === undefined && sibling.earlyHelp === undefined && age(sibling, date) < 17 && sibling.busyUntil <= date) members.add(sibling)
  }
  const worker = chooseWorker(world, teamsFor(world, 'early_help', date, family.ward.locality), 'early_help_practitioner', date)
  const months = Math.min(18, Math.max(2, rng.logNormal(6, 0.45)))
  const until = addDays(date, Math.round(months * 30.4))
  const reason = rng.pick(REASONS)
  for (const child of members) {
    if (child.earlyHelp || !child.born) continue
    const row = childRow(
      world,
      child,
      'early_help_episode',
      {
        child_id: child.id,
        family_id: family.id,
        // The contact belongs to the child it was about; brothers and sisters join through the family.
        contact_id: child === first ? (links.contactId ?? null) : null,
        start_date: date,
        end_date: null,
        reason,
        end_reason: null,
        lead_worker_id: worker.id,
        team_id: worker.team?.id ?? null,
        assessment_date: addWorkingDays(date, rng.between(2, 12)),
        plan_date: addWorkingDays(date, rng.between(8, 18)),
        stepped_up_referral_id: null,
        stepped_down_from_referral_id: child === first ? (links.steppedDownFrom ?? null) : null,
      },
      recordedAt(world, date, 3),
    )
    if (row.assessment_date && row.assessment_date > world.today) row.assessment_date = null
    if (row.plan_date && row.plan_date > world.today) row.plan_date = null
    child.earlyHelp = { row, until }
    openAllocation(world, child, 'early_help_practitioner', worker, date, null)
  }
}

export function endEarlyHelp(world: World, child: Child, date: IsoDate, reason: EndReason): void {
  const eh = child.earlyHelp
  if (!eh) return
  const end = date < eh.row.start_date ? eh.row.start_date : date
  eh.row.end_date = end
  eh.row.end_reason = reason
  if (eh.row.plan_date && eh.row.plan_date > end) eh.row.plan_date = null
  if (eh.row.assessment_date && eh.row.assessment_date > end) eh.row.assessment_date = null
  earlyHelpRoutine(world, child)
  const allocation = child.allocations.get('early_help_practitioner')
  if (allocation) closeAllocation(world, child, allocation, end)
  child.earlyHelp = undefined
}

/** Family plan reviews every 8 weeks from the plan. */
export function earlyHelpRoutine(world: World, child: Child): void {
  const row = child.earlyHelp?.row
  if (!row?.plan_date) return
  for (const review of reviewDates(world, addDays(row.plan_date, 56), row.end_date ?? '9999-12-31', (held) => addDays(held, 56), 0.12)) {
    childRow(world, child, 'early_help_review', { child_id: child.id, episode_id: row.id, due_date: review.due, held_date: review.held, notes: null }, recordedAt(world, review.held ?? review.due, 4))
  }
}

/** Monthly: episodes end when their work is done; new families fill the caseload to the curve. */
export function earlyHelpMonth(world: World, month: IsoDate, monthEnd: IsoDate, days: number): void {
  const rng = world.rng
  const stop = monthEnd > world.today ? world.today : monthEnd
  let open = 0
  for (const child of [...world.active]) {
    const eh = child.earlyHelp
    if (!eh) continue
    if (eh.until > stop) {
      open++
      continue
    }
    const reason = rng.weighted([['outcomes_met', 55], ['stepped_down', 8], ['stepped_up', 9], ['disengaged', 12], ['moved_away', 5], ['nfa', 4], ['other', 7]] as const)
    const referralId = child.episode?.referral.id
    endEarlyHelp(world, child, eh.until, reason)
    if (reason === 'stepped_up' && referralId === undefined && age(child, eh.until) < 17 && child.busyUntil <= eh.until) {
      const episode = openReferral(world, child, addDays(eh.until, rng.between(0, 3)))
      eh.row.stepped_up_referral_id = episode.referral.id
    }
  }
  let needed = rng.round(valueOn(EARLY_HELP_STOCK, monthEnd) * world.scale * world.control.earlyHelp - open)
  for (let guard = 0; needed > 0 && guard < 1000; guard++) {
    const date = addDays(month, rng.int(days))
    if (date > world.today) break
    let child: Child | undefined
    if (rng.chance(0.5)) {
      const known = rng.pick(world.children)
      if (known.born && known.episode === undefined && known.earlyHelp === undefined && age(known, date) < 16 && known.busyUntil <= date) child = known
    }
    child ??= newFamily(world, date, Math.min(15, referralAge(world))).children[0] as Child
    const contact = receiveContact(world, child, date, 'early_help')
    startEarlyHelp(world, [child], contact.decided, { contactId: contact.contactId })
    needed -= child.family.children.filter((c) => c.earlyHelp?.row.start_date === contact.decided).length || 1
  }
}
