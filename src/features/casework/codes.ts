// Code lists for forms and pages: options for radios and checkboxes, and labels for display.
// Read from the versioned lists in src/features/reference/code-lists.ts (the same data the
// code_list table is loaded from), so no page keeps its own copy.
import { CODE_LISTS } from '../reference/code-lists.ts'

const byList = new Map(CODE_LISTS.map((list) => [list.list, new Map(list.codes.map(([code, label]) => [code, label]))]))

export function codes(list: string): string[] {
  return [...(byList.get(list)?.keys() ?? [])]
}

export function codeLabel(list: string, code: string | null | undefined): string {
  if (!code) return ''
  return byList.get(list)?.get(code) ?? code
}

/** GOV.UK radios/checkboxes items, with `checked` set from the current value(s). */
export function codeItems(list: string, selected: string | string[] | undefined = undefined) {
  const chosen = new Set(Array.isArray(selected) ? selected : selected ? [selected] : [])
  return codes(list).map((code) => ({ value: code, text: `${codeLabel(list, code)} (${code})`, checked: chosen.has(code) }))
}

/** A zod refinement helper: is this code in the list? */
export function isCode(list: string, code: string): boolean {
  return byList.get(list)?.has(code) ?? false
}
