import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { optionalDateField, withDateParts } from '../../../casework/form-fields.ts'

const MILESTONES = ['placementOrderDate', 'matchedDate', 'placedDate'] as const

/**
 * The adoption milestones after the agency decision (SSDA903 placed for adoption table: DATE_PLACED
 * for the placement order, DATE_MATCH, and the date placed): each on or after the decision, in
 * order, and a child is matched before being placed.
 */
export function adoptionMilestonesSchema(ctx: { today: IsoDate; decisionDate: IsoDate }) {
  const milestone = (label: string) =>
    optionalDateField(label, {
      notAfter: ctx.today,
      notBefore: ctx.decisionDate,
      notBeforeLabel: 'the date of the agency decision',
    })
  return z.preprocess(
    (body) => withDateParts(MILESTONES, body),
    z
      .object({
        placementOrderDate: milestone('Date of the placement order'),
        matchedDate: milestone('Date the child was matched'),
        placedDate: milestone('Date the child was placed for adoption'),
      })
      .superRefine((data, issue) => {
        if (MILESTONES.every((name) => data[name] === null))
          issue.addIssue({
            code: 'custom',
            path: ['placementOrderDate', 'day'],
            message: 'Enter the date of at least one milestone',
          })
        if (data.placementOrderDate && data.matchedDate && data.matchedDate < data.placementOrderDate) {
          issue.addIssue({
            code: 'custom',
            path: ['matchedDate', 'day'],
            message: 'Date the child was matched must be on or after the date of the placement order',
          })
        }
        if (data.placedDate && data.matchedDate === null)
          issue.addIssue({
            code: 'custom',
            path: ['matchedDate', 'day'],
            message: 'Enter the date the child was matched before the date the child was placed',
          })
        if (data.placedDate && data.matchedDate && data.placedDate < data.matchedDate) {
          issue.addIssue({
            code: 'custom',
            path: ['placedDate', 'day'],
            message:
              'Date the child was placed for adoption must be on or after the date the child was matched',
          })
        }
      }),
  )
}
