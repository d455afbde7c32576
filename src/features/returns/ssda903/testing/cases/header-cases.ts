import { rowOf } from '../clean-return.ts'
import type { RuleCase } from '../rule-cases.ts'

const header = (f: Parameters<RuleCase['mutate']>[0], child: string) => rowOf(f.current, 'Header', child)
const previousHeader = (f: Parameters<RuleCase['mutate']>[0], child: string) => rowOf(f.previous, 'Header', child)

export const headerCases: RuleCase[] = [
  { code: '101', when: 'SEX is not a code of the year', mutate: (f) => void (header(f, 'C1').SEX = '2'), expect: { table: 'Header', child: 'C1' } },
  { code: '101', year: 2024, when: 'SEX uses the later M/F codes in 2023/24', mutate: (f) => void (header(f, 'C1').SEX = 'F') },
  { code: '102', when: 'DOB is an impossible date', mutate: (f) => void (header(f, 'C1').DOB = '31/02/2015') },
  { code: '102', when: 'DOB has a two-digit year', mutate: (f) => void (header(f, 'C1').DOB = '15/06/15') },
  { code: '103', when: 'ETHNIC is in lower case', mutate: (f) => void (header(f, 'C1').ETHNIC = 'wbri') },
  { code: '168', when: 'UPN starts with the letter I', mutate: (f) => void (header(f, 'C1').UPN = 'I123456789012') },
  {
    code: '171',
    when: "MC_DOB is not a DD/MM/YYYY date",
    mutate: (f) => Object.assign(header(f, 'C1'), { MOTHER: '1', MC_DOB: '2020-01-01' }),
  },
  { code: '174', when: 'a boy has a first child date of birth', mutate: (f) => void (header(f, 'C2').MC_DOB = f.date(0, 1, 1)) },
  { code: '209', when: 'a child of school age has UPN UN1', mutate: (f) => void (header(f, 'C1').UPN = 'UN1') },
  { code: '231', when: 'an unaccompanied asylum-seeking child is under 11', mutate: (f) => void (header(f, 'C5').DOB = f.date(-5, 1, 1)) },
  { code: '232', when: 'SEX is U', mutate: (f) => void (header(f, 'C1').SEX = 'U') },
  { code: '301', when: 'DOB is after 31 March', mutate: (f) => void (header(f, 'C1').DOB = f.date(2, 1, 1)) },
  { code: '351', when: 'the young person was over 25 at the start of the year', mutate: (f) => void (header(f, 'C4').DOB = f.date(-30, 1, 1)) },
  { code: '444', when: 'two children share a UPN', mutate: (f) => void (header(f, 'C2').UPN = 'A123456789012') },
  { code: '165', when: 'MOTHER is not 0 or 1', mutate: (f) => void (header(f, 'C1').MOTHER = 'Y') },
  { code: '611', when: 'a mother has no first child date of birth', mutate: (f) => void (header(f, 'C1').MOTHER = '1') },
  { code: '612', when: 'a girl who is not a mother has a first child date of birth', mutate: (f) => void (header(f, 'C1').MC_DOB = f.date(0, 1, 1)) },
  {
    code: '620',
    when: 'a mother is under 11',
    mutate: (f) => Object.assign(header(f, 'C3'), { MOTHER: '1', MC_DOB: f.date(0, 1, 1) }),
  },
  {
    code: '621',
    when: "the first child was born before the mother",
    mutate: (f) => Object.assign(header(f, 'C1'), { MOTHER: '1', MC_DOB: f.date(-11, 1, 1) }),
  },
  { code: '210', when: 'a child in care all year has UPN UN4', mutate: (f) => void (header(f, 'C1').UPN = 'UN4') },
  { code: '393', when: 'a girl in care has no MOTHER value', mutate: (f) => void (header(f, 'C1').MOTHER = '') },
  { code: '399', when: 'a child only on short breaks has MOTHER and reviews', mutate: (f) => void (rowOf(f.current, 'Episodes', 'C1').LS = 'V3') },
  { code: '442', when: 'a child in care has no UPN', mutate: (f) => void (header(f, 'C1').UPN = '') },
  { code: '607', when: 'a girl who left care in the year has no MOTHER value', mutate: (f) => void (header(f, 'C3').MOTHER = '') },
  {
    code: '625',
    when: 'the first child was born after 31 March',
    mutate: (f) => Object.assign(header(f, 'C1'), { MOTHER: '1', MC_DOB: f.date(2, 1, 1) }),
  },
  { code: '628', when: 'a care leaver not in care this year has a MOTHER value', mutate: (f) => void (header(f, 'C4').MOTHER = '0') },
  { code: '202', when: 'SEX differs from last year', mutate: (f) => void (previousHeader(f, 'C1').SEX = 'M') },
  { code: '203', when: 'DOB differs from last year', mutate: (f) => void (previousHeader(f, 'C1').DOB = f.date(-10, 6, 16)) },
  { code: '204', when: 'ETHNIC differs from last year', mutate: (f) => void (previousHeader(f, 'C1').ETHNIC = 'WIRI') },
  { code: '207', when: 'a mother last year is not a mother this year', mutate: (f) => void (previousHeader(f, 'C1').MOTHER = '1') },
  { code: '208', when: 'UPN differs from last year', mutate: (f) => void (previousHeader(f, 'C1').UPN = 'A999999999999') },
  {
    code: '624',
    when: 'the first child date of birth differs from last year',
    mutate: (f) => {
      Object.assign(header(f, 'C1'), { MOTHER: '1', MC_DOB: f.date(0, 1, 1) })
      Object.assign(previousHeader(f, 'C1'), { MOTHER: '1', MC_DOB: f.date(0, 1, 2) })
    },
  },
  {
    code: '626',
    when: 'a new mother’s first child was born before the year although last year she was not a mother',
    mutate: (f) => Object.assign(header(f, 'C1'), { MOTHER: '1', MC_DOB: f.date(-1, 1, 1) }),
  },
]
