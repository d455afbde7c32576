// Care and supervision proceedings: disposed of within 26 weeks beginning with the day the
// application was issued (CA 1989 s32(1)(a)). "Beginning with" makes the issue day the first of
// the 26 weeks: an application issued on a Monday is due by the Sunday that ends its 26th week
// (the issue date plus 181 days).
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { deadlineRule } from './timescale-rules.ts'
import { single, step, type Deadline } from './deadline.ts'
import type { CareProceedingsFacts } from './record-facts.ts'

export function careProceedingsDeadlines(
  proceedings: readonly CareProceedingsFacts[],
  calendar: WorkingDayCalendar,
): Deadline[] {
  return proceedings.flatMap((p) => {
    const statutory = step('care-proceedings', p.issuedOn, calendar)
    if (p.extendedTo === undefined) return single(statutory, p.concludedOn)
    const extended = single({ ...statutory, dueDate: p.extendedTo }, p.concludedOn)
    return extended.map((d) => ({
      ...d,
      label: `${deadlineRule('care-proceedings').name}, extended by the court`,
    }))
  })
}
