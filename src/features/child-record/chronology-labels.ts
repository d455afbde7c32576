// Plain-English wording for the codes the chronology shows. DfE codes (CIN census, SSDA903) are
// labelled from the shared code lists (casework/codes.ts, the data the code_list table is loaded
// from) with the code in brackets, as practitioners know them: "Abuse or neglect (N1)". Local
// values (meeting outcomes, orders, why early help ended) use the labels their own forms offer.
import { codeLabel } from '../casework/codes.ts'
import { FINAL_ORDER_LABELS, PLO_OUTCOME_LABELS } from '../court/court.ts'
import { EARLY_HELP_END_LABELS } from '../early-help/early-help.ts'
import { OUTCOME_LABELS } from '../front-door/front-door.service.ts'
import { IN_TOUCH_LABELS } from '../leaving-care/in-touch.ts'

/** A DfE code list: "Label (CODE)"; a code not on the list is shown as it is. */
const dfe = (list: string) => (code: string) => {
  const label = codeLabel(list, code)
  return label === code ? code : `${label} (${code})`
}
const local = (labels: Record<string, string>) => (code: string) => labels[code] ?? code

/** Each coded column the chronology shows, by the name the chronology query gives it. */
export const CHRONOLOGY_CODES = {
  category_of_need: dfe('category_of_need'),
  cin_closure_reason: dfe('cin_closure_reason'),
  cp_category: dfe('cp_category'),
  legal_status: dfe('legal_status'),
  placement_type: dfe('placement_type'),
  placement_change_reason: dfe('placement_change_reason'),
  reason_episode_ceased: dfe('reason_episode_ceased'),
  review_participation: dfe('review_participation'),
  worker_change_reason: dfe('worker_change_reason'),
  in_touch: local(IN_TOUCH_LABELS),
  screening_outcome: local(OUTCOME_LABELS),
  plo_outcome: local(PLO_OUTCOME_LABELS),
  final_order: local(FINAL_ORDER_LABELS),
  permanence_order: local({ adoption: 'Adoption order', sgo: FINAL_ORDER_LABELS.sgo, cao: FINAL_ORDER_LABELS.cao }),
  early_help_end: local({ ...EARLY_HELP_END_LABELS, stepped_up: 'Stepped up to children’s social care', stepped_down: 'Stepped down from children’s social care' }),
  health_check: local({ initial_health: 'Initial health assessment', review_health: 'Review health assessment', dental: 'Dental check' }),
  health_check_status: local({ planned: 'Planned', completed: 'Completed', refused: 'The child refused', cancelled: 'Cancelled' }),
  visit: local({ early_help: 'Visit (early help)', cin: 'Visit (child in need)', cp: 'Visit (child protection)', cla: 'Visit (looked after)', care_leaver: 'Visit (care leaver)' }),
} as const satisfies Record<string, (code: string) => string>
export type ChronologyCodeList = keyof typeof CHRONOLOGY_CODES

/** The wording for `code` in `list`; an unknown list or code is shown as it is. */
export function chronologyLabel(list: string, code: string): string {
  return Object.hasOwn(CHRONOLOGY_CODES, list) ? CHRONOLOGY_CODES[list as ChronologyCodeList](code) : code
}
