// Pre-proceedings (the public law outline) and care proceedings: the kinds of meeting, their
// outcomes and the final orders, as the database checks them.
export const PLO_MEETING_KINDS = ['initial', 'review', 'exit'] as const
export type PloMeetingKind = (typeof PLO_MEETING_KINDS)[number]

export const PLO_OUTCOMES = ['continue_pre_proceedings', 'issue_proceedings', 'step_down', 'exit'] as const
export type PloOutcome = (typeof PLO_OUTCOMES)[number]

export const PLO_KIND_LABELS: Record<PloMeetingKind, string> = {
  initial: 'Initial pre-proceedings meeting',
  review: 'Review meeting',
  exit: 'Exit meeting',
}

export const PLO_OUTCOME_LABELS: Record<PloOutcome, string> = {
  continue_pre_proceedings: 'Continue in pre-proceedings',
  issue_proceedings: 'Issue care proceedings',
  step_down: 'Step down from pre-proceedings',
  exit: 'End pre-proceedings: concerns addressed',
}

export const FINAL_ORDERS = ['care_order', 'supervision_order', 'placement_order', 'sgo', 'cao', 'no_order', 'withdrawn'] as const
export type FinalOrder = (typeof FINAL_ORDERS)[number]

export const FINAL_ORDER_LABELS: Record<FinalOrder, string> = {
  care_order: 'Care order',
  supervision_order: 'Supervision order',
  placement_order: 'Placement order',
  sgo: 'Special guardianship order',
  cao: 'Child arrangements order',
  no_order: 'No order',
  withdrawn: 'Application withdrawn',
}
