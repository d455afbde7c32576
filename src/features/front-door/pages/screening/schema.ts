import { z } from 'zod'
import { codes } from '../../../casework/codes.ts'
import { checkboxes } from '../../../casework/form-fields.ts'
import { SCREENING_OUTCOMES, type ScreeningInput, type ScreeningOutcome } from '../../front-door.service.ts'

const LEVELS = ['1', '2', '3', '4']

/**
 * Every answer is checked together (not field by field), so one submit shows every problem:
 * the follow-on questions depend on the outcome chosen.
 */
export function screeningSchema(teamIds: readonly number[]) {
  return z
    .object({
      thresholdLevel: z.string().optional().default(''),
      criteria: checkboxes,
      outcome: z.string().optional().default(''),
      rationale: z.string().max(5000, 'Reasons must be 5000 characters or fewer').optional().default(''),
      primaryNeed: z.string().optional().default(''),
      teamId: z.string().optional().default(''),
    })
    .superRefine((data, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
      if (!LEVELS.includes(data.thresholdLevel)) issue('thresholdLevel', 'Select the threshold level')
      if (data.criteria.length === 0) issue('criteria', 'Select the threshold criteria you used')
      else if (!data.criteria.every((c) => codes('threshold_criterion').includes(c))) issue('criteria', 'Select criteria from the list')
      const outcome = (SCREENING_OUTCOMES as readonly string[]).includes(data.outcome) ? (data.outcome as ScreeningOutcome) : null
      if (!outcome) issue('outcome', 'Select the outcome of screening')
      const toSocialCare = outcome === 'referral' || outcome === 'strategy_discussion'
      if (toSocialCare && LEVELS.includes(data.thresholdLevel) && Number(data.thresholdLevel) < 3) issue('thresholdLevel', 'A referral to social care needs threshold level 3 or 4')
      if (toSocialCare && !codes('category_of_need').includes(data.primaryNeed)) issue('primaryNeed', 'Select the child’s primary need')
      if ((toSocialCare || outcome === 'early_help') && !teamIds.includes(Number(data.teamId))) issue('teamId', 'Select the team the work goes to')
      if (data.rationale.trim() === '') issue('rationale', 'Enter the reasons for the decision')
    })
    .transform(
      (data): ScreeningInput => ({
        thresholdLevel: Number(data.thresholdLevel) as 1 | 2 | 3 | 4,
        criteria: data.criteria,
        outcome: data.outcome as ScreeningOutcome,
        rationale: data.rationale,
        primaryNeed: data.primaryNeed || null,
        teamId: data.teamId ? Number(data.teamId) : null,
      }),
    )
}
