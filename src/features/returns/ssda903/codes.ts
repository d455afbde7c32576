// SSDA903 code lists, by collection year. A year is named by the 31 March it ends on: 2026 is
// 1 April 2025 – 31 March 2026. Source: DfE children looked after return guide and technical
// specification for each year, as restated in shared/reference/ssda903-fields.md (§4, §13, §14).

/** Collection years this module knows: 2023/24 to 2026/27. */
export const SUPPORTED_YEARS = [2024, 2025, 2026, 2027] as const
export type CollectionYear = (typeof SUPPORTED_YEARS)[number]

export function isSupportedYear(year: number): year is CollectionYear {
  return (SUPPORTED_YEARS as readonly number[]).includes(year)
}

/** SEX: 1/2 up to 2023/24; M/F/U from 2024/25 (U valid but queried by rule 232). */
export const sexCodes = (year: number): readonly string[] => (year <= 2024 ? ['1', '2'] : ['M', 'F', 'U'])
export const isFemale = (sex: string): boolean => sex === 'F' || sex === '2'
export const isMale = (sex: string): boolean => sex === 'M' || sex === '1'

export const ETHNIC: readonly string[] = [
  'WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND',
  'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT',
]
export const UPN_UNKNOWN: readonly string[] = ['UN1', 'UN2', 'UN3', 'UN4', 'UN5']
export const YES_NO: readonly string[] = ['0', '1']

export const RNE: readonly string[] = ['S', 'L', 'P', 'T', 'B', 'U']
export const LEGAL_STATUS: readonly string[] = ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3']
export const CATEGORY_OF_NEED: readonly string[] = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8']

const PLACEMENTS_ALL_YEARS: readonly string[] = [
  'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'P1', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1',
  'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6',
]

/** PLACE: H5, P2 and Z1 until 2024/25; K3 from 2024/25; Z11–Z14 replace Z1 from 2025/26. */
export function placementCodes(year: number): readonly string[] {
  return [
    ...PLACEMENTS_ALL_YEARS,
    ...(year <= 2025 ? ['H5', 'P2', 'Z1'] : []),
    ...(year >= 2025 ? ['K3'] : []),
    ...(year >= 2026 ? ['Z11', 'Z12', 'Z13', 'Z14'] : []),
  ]
}

export const TEMPORARY: readonly string[] = ['T0', 'T1', 'T2', 'T3', 'T4']
export const FOSTER: readonly string[] = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6']
export const ADOPTION_PLACEMENTS: readonly string[] = ['A3', 'A4', 'A5', 'A6']
export const SHORT_BREAKS: readonly string[] = ['V3', 'V4']

/** "Other placement" codes: Z1 until 2024/25, Z11–Z14 after. */
export const otherPlacementCodes = (year: number): readonly string[] => (year <= 2025 ? ['Z1'] : ['Z11', 'Z12', 'Z13', 'Z14'])

/** Placement types that take no PLACE_PROVIDER (DfE rules 213, 526). */
export const placementsWithoutProvider = (year: number): readonly string[] => [...TEMPORARY, ...otherPlacementCodes(year)]

/** Placement types that take no Ofsted URN (DfE rules 218, 222). */
export const placementsWithoutUrn = (year: number): readonly string[] => ['P1', 'P3', 'R1', 'R2', 'R5', ...TEMPORARY, ...otherPlacementCodes(year)]

export const PLACE_PROVIDER: readonly string[] = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5']

export const REC: readonly string[] = [
  'X1', 'E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E2', 'E3', 'E41', 'E45', 'E46', 'E47', 'E48',
  'E4A', 'E4B', 'E5', 'E6', 'E7', 'E8', 'E9',
]
export const ADOPTED: readonly string[] = ['E11', 'E12']
export const SGO: readonly string[] = ['E45', 'E46', 'E47', 'E48']

export const REASON_PLACE_CHANGE: readonly string[] = [
  'CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER',
]

export const REVIEW_CODE: readonly string[] = ['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']
export const SDQ_REASON: readonly string[] = ['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5']

export const IN_TOUCH: readonly string[] = ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM']
export const ACTIV: readonly string[] = ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0']
export const ACCOM: readonly string[] = [
  'B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E1', 'E2', 'G1', 'G2', 'H1', 'H2', 'K1', 'K2', 'R1', 'R2', 'S2',
  'T1', 'T2', 'U1', 'U2', 'V1', 'V2', 'W1', 'W2', 'X2', 'Y1', 'Y2', 'Z1', 'Z2', '0',
]

export const NB_ADOPTR: readonly string[] = ['1', '2']
export const SEX_ADOPTR: readonly string[] = ['M1', 'F1', 'MM', 'FF', 'MF']
export const LS_ADOPTR: readonly string[] = ['L0', 'L11', 'L12', 'L2', 'L3', 'L4']
export const REASON_PLACED_CEASED: readonly string[] = ['RD1', 'RD2', 'RD3', 'RD4']

export const PREV_PERM: readonly string[] = ['P1', 'P2', 'P3', 'P4', 'Z1']
/**
 * LA_PERM: DfE "old" three-digit LA numbers (including authorities since reorganised), 999 for
 * not known, and the codes for the other UK nations and outside the UK (DfE rule 633).
 */
export const LA_PERM: readonly string[] = [
  ...'800 889 822 301 304 303 330 825 837 302 846 370 350 890 867 380 305 801 351 873 823 895 896 381 909 202 908 331 306 841 830 831 878 371 835 332 840 307 308 811 881 845 390 916 203 876 850 311 204 884 312 205 313 805 919 310 309 420 921 206 207 886 810 382 314 340 888 208 856 383 855 209 925 341 201 821 352 806 887 826 315 929 812 391 926 892 813 802 928 891 392 316 815 353 931 879 836 851 874 807 354 317 870 318 372 857 333 935 343 803 373 342 893 356 355 871 394 334 933 882 936 861 852 319 860 808 393 866 210 357 894 883 880 358 211 937 869 320 359 865 384 335 336 212 868 872 885 344 877 213 938 816 999'.split(' '),
  'WAL', 'SCO', 'NIR', 'NUK',
]

export const MISSING_TYPE: readonly string[] = ['M', 'A']

export const SW_REASON: readonly string[] = ['MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS']

export function includes(list: readonly string[], value: string): boolean {
  return list.includes(value)
}
