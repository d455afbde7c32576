// CIN census code sets. The lists are Sightline's reference data (src/features/reference/code-lists.ts,
// from the DfE CIN census guidance) plus the CIN-only codes the census adds.
import { CODE_LISTS } from '../../reference/code-lists.ts'
import { LA_PERM } from '../ssda903/codes.ts'

function list(name: string): readonly string[] {
  return CODE_LISTS.find((l) => l.list === name)?.codes.map(([code]) => code) ?? []
}

export const ETHNICITY = list('ethnicity')
export const DISABILITY = list('disability')
export const REFERRAL_SOURCE = list('referral_source')
export const REASON_FOR_CLOSURE = list('cin_closure_reason')
export const CP_CATEGORY = list('cp_category')
/** DfE rule 8650 accepts N0–N9 (data-to-insight restatement, rule_8650.py). */
export const PRIMARY_NEED = ['N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9'] as const
export const ASSESSMENT_FACTORS = list('assessment_factor')
/** UN6 and UN7 are CIN-only (UN7: referral with no further action, DfE rule 8772). */
export const UPN_UNKNOWN = ['UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7'] as const
export const GENDER_CURRENT = ['0', '1', '2', '9'] as const
export const SEX = ['M', 'F', 'U'] as const

/** Three-digit English LA numbers (no "not known" or other-nation codes), for the header's LEA. */
export const LA_NUMBERS: readonly string[] = LA_PERM.filter((code) => /^\d{3}$/.test(code) && code !== '999')

/** UPN characters 2–4 (DfE rule 1530, 2023/24 list as restated by data-to-insight rule_1530.py). */
export function upnLaCodes(): ReadonlySet<string> {
  const codes = new Set<string>()
  const add = (from: number, to = from) => {
    for (let n = from; n <= to; n++) codes.add(String(n).padStart(3, '0'))
  }
  add(1, 5)
  ;[[201, 213], [301, 320], [330, 336], [340, 344], [350, 359], [370, 373], [380, 384], [390, 394], [660, 681], [701, 708], [800, 803], [805, 808], [810, 813], [820, 823], [835, 839], [850, 852], [855, 857], [865, 896], [935, 938], [940, 941]].forEach(([a, b]) => add(a as number, b as number))
  ;[420, 815, 816, 825, 826, 830, 831, 840, 841, 845, 846, 860, 861, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933, 942, 943].forEach((n) => add(n))
  return codes
}

export const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'

/** DfE UPN check letter: characters 2–13 weighted 2–13, summed, modulus 23 (rule 1510). */
export function upnCheckLetter(upn: string): string | null {
  if (upn.length !== 13) return null
  let sum = 0
  for (let i = 1; i < 13; i++) {
    const ch = upn[i] as string
    const value = /\d/.test(ch) ? Number(ch) : UPN_LETTERS.indexOf(ch)
    if (value < 0) return null
    sum += value * (i + 1)
  }
  return UPN_LETTERS[sum % 23] ?? null
}
