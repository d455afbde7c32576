// Why an early help episode ends, as the database checks it. Stepping up and stepping down have
// their own steps (they link a referral), so the end page offers only the other reasons.
export const EARLY_HELP_END_REASONS = ['outcomes_met', 'nfa', 'moved_away', 'disengaged', 'other'] as const
export type EarlyHelpEndReason = (typeof EARLY_HELP_END_REASONS)[number]

export const EARLY_HELP_END_LABELS: Record<EarlyHelpEndReason, string> = {
  outcomes_met: 'Outcomes of the family plan met',
  nfa: 'No further action needed',
  moved_away: 'Family moved out of the area',
  disengaged: 'Family stopped taking part',
  other: 'Other reason',
}
