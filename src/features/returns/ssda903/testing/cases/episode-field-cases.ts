import { rowOf, type Fixture } from '../clean-return.ts'
import type { RuleCase } from '../rule-cases.ts'

const episode = (f: Fixture, child: string, n = 0) => rowOf(f.current, 'Episodes', child, n)
const set = (f: Fixture, child: string, n: number, values: Record<string, string>) => Object.assign(episode(f, child, n), values)

export const episodeFieldCases: RuleCase[] = [
  { code: '141', when: 'DECOM lacks leading zeros', mutate: (f) => set(f, 'C1', 0, { DECOM: '1/1/2020' }), expect: { table: 'Episodes', child: 'C1' } },
  { code: '147', when: 'DEC has a two-digit year', mutate: (f) => set(f, 'C2', 0, { DEC: f.date(0, 6, 20).replace(/\d\d(\d\d)$/, '$1') }) },
  { code: '143', when: 'RNE is not a code', mutate: (f) => set(f, 'C1', 0, { RNE: 'X' }) },
  { code: '144', when: 'LS is not a code', mutate: (f) => set(f, 'C1', 0, { LS: 'C9' }) },
  { code: '145', when: 'CIN is N9, which is for the CIN census only', mutate: (f) => set(f, 'C1', 0, { CIN: 'N9' }) },
  { code: '146', when: 'PLACE is H5, withdrawn after 2024/25', mutate: (f) => set(f, 'C1', 0, { PLACE: 'H5' }) },
  { code: '146', year: 2025, when: 'PLACE is Z11 before 2025/26', mutate: (f) => set(f, 'C1', 0, { PLACE: 'Z11' }) },
  { code: '149', when: 'REC is not a code', mutate: (f) => set(f, 'C2', 0, { REC: 'X2' }) },
  { code: '178', when: 'PLACE_PROVIDER is not a code', mutate: (f) => set(f, 'C1', 0, { PLACE_PROVIDER: 'PR9' }) },
  { code: '1009', when: 'REASON_PLACE_CHANGE is not a code', mutate: (f) => set(f, 'C2', 1, { REASON_PLACE_CHANGE: 'MOVE' }) },
  { code: '148', when: 'DEC is given without REC', mutate: (f) => set(f, 'C2', 0, { REC: '' }) },
  { code: '353', when: 'an episode starts before 14 October 1991', mutate: (f) => set(f, 'C1', 0, { DECOM: '01/01/1990' }) },
  { code: '354', when: 'an episode starts after 31 March', mutate: (f) => set(f, 'C1', 0, { DECOM: f.date(1, 4, 1) }) },
  { code: '385', when: 'an episode ends after 31 March', mutate: (f) => set(f, 'C3', 2, { DEC: f.date(1, 4, 5) }) },
  { code: '355', when: 'an episode starts and ends on the same day', mutate: (f) => set(f, 'C3', 2, { DEC: f.date(0, 8, 1) }) },
  { code: '356', when: 'an episode ends before it starts', mutate: (f) => set(f, 'C3', 2, { DEC: f.date(0, 7, 1) }) },
  { code: '392B', when: 'a child in care has no home postcode', mutate: (f) => set(f, 'C1', 0, { HOME_POST: '' }) },
  { code: '392C', when: 'a postcode is not in postcode form', mutate: (f) => set(f, 'C1', 0, { PL_POST: 'NOTAPOSTCODE' }) },
  { code: '392D', when: 'home and placement postcodes are the same outside P1', mutate: (f) => set(f, 'C1', 0, { PL_POST: 'TS1 1AA' }) },
  { code: '398', when: 'a short break has both postcodes', mutate: (f) => set(f, 'C1', 0, { LS: 'V3' }) },
  { code: '214', when: 'a short-break agreement has a placement postcode', mutate: (f) => set(f, 'C5', 0, { LS: 'V4' }) },
  { code: '213', when: 'a temporary placement has a provider', mutate: (f) => set(f, 'C1', 0, { PLACE: 'T1' }) },
  { code: '213', year: 2025, when: 'a Z1 placement has a provider', mutate: (f) => set(f, 'C1', 0, { PLACE: 'Z1', URN: '' }) },
  { code: '526', when: 'a foster placement has no provider', mutate: (f) => set(f, 'C1', 0, { PLACE_PROVIDER: '' }) },
  { code: '527', when: 'own provision runs an NHS placement', mutate: (f) => set(f, 'C1', 0, { PLACE: 'R2' }) },
  { code: '528', when: 'another LA runs a young offender institution', mutate: (f) => set(f, 'C1', 0, { PLACE: 'R5', PLACE_PROVIDER: 'PR2' }) },
  { code: '529', when: 'other public provision runs a foster placement', mutate: (f) => set(f, 'C1', 0, { PLACE_PROVIDER: 'PR3' }) },
  { code: '530', when: 'a private provider is recorded for placement with parents', mutate: (f) => set(f, 'C1', 0, { PLACE: 'P1', PLACE_PROVIDER: 'PR4' }) },
  { code: '531', when: 'a voluntary provider is recorded for placement with parents', mutate: (f) => set(f, 'C1', 0, { PLACE: 'P1', PLACE_PROVIDER: 'PR5' }) },
  { code: '550', when: 'PR0 is used for a foster placement', mutate: (f) => set(f, 'C1', 0, { PLACE_PROVIDER: 'PR0' }) },
  { code: '218', when: 'a foster placement has no URN', mutate: (f) => set(f, 'C1', 0, { URN: '' }) },
  { code: '222', when: 'a residential care home has a URN', mutate: (f) => set(f, 'C1', 0, { PLACE: 'R1' }) },
  { code: '230', year: 2025, when: 'an English H5 placement has no URN', mutate: (f) => set(f, 'C1', 0, { PLACE: 'H5', URN: '' }) },
  { code: '242', when: "a children's home has URN XXXXXXX", mutate: (f) => set(f, 'C5', 0, { URN: 'XXXXXXX' }) },
  { code: '243', when: 'a placement in Scotland has an Ofsted URN', mutate: (f) => set(f, 'C1', 0, { PL_POST: 'EH1 1AA' }) },
  { code: '1008', when: 'the URN is not an Ofsted URN', mutate: (f) => set(f, 'C1', 0, { URN: '12345' }) },
]
