import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { adoptionMilestonesSchema } from './schema.ts'

const schema = adoptionMilestonesSchema({ today: '2026-11-23', decisionDate: '2026-05-01' })
const date = (name: string, iso: string) => {
  const [y, m, d] = iso.split('-')
  return {
    [`${name}-day`]: String(Number(d)),
    [`${name}-month`]: String(Number(m)),
    [`${name}-year`]: y as string,
  }
}
const message = (body: Record<string, string>) => schema.safeParse(body).error?.issues[0]?.message

describe('adoption milestones schema', () => {
  it('takes any milestones given, the rest as null', () => {
    assert.deepEqual(schema.parse(date('placementOrderDate', '2026-07-10')), {
      placementOrderDate: '2026-07-10',
      matchedDate: null,
      placedDate: null,
    })
  })
  it('asks for at least one milestone', () => {
    assert.equal(message({}), 'Enter the date of at least one milestone')
  })
  it('refuses a milestone before the agency decision', () => {
    assert.equal(
      message(date('matchedDate', '2026-04-01')),
      'Date the child was matched must be on or after the date of the agency decision',
    )
  })
  it('refuses a match before the placement order', () => {
    assert.equal(
      message({ ...date('placementOrderDate', '2026-07-10'), ...date('matchedDate', '2026-07-01') }),
      'Date the child was matched must be on or after the date of the placement order',
    )
  })
  it('needs the match before the placement', () => {
    assert.equal(
      message(date('placedDate', '2026-09-20')),
      'Enter the date the child was matched before the date the child was placed',
    )
  })
})
