import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { z } from 'zod'
import { targetSchema, toleranceSchema, trajectorySchema } from './schema.ts'

const firstMessage = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues[0]?.message

describe('the target form', () => {
  const percent = targetSchema('percent')

  it('turns a year and a figure into numbers, allowing commas and spaces', () => {
    assert.deepEqual(percent.parse({ yearEnding: ' 2026 ', value: '22.5' }), {
      yearEnding: 2026,
      value: 22.5,
    })
    assert.deepEqual(targetSchema('count').parse({ yearEnding: '2026', value: '1,250' }), {
      yearEnding: 2026,
      value: 1250,
    })
  })

  it('asks for each field when it is missing', () => {
    const result = percent.safeParse({})
    assert.deepEqual(
      result.error?.issues.map((i) => [i.path.join('.'), i.message]),
      [
        ['yearEnding', 'Enter the year the target is for'],
        ['value', 'Enter the target'],
      ],
    )
  })

  it('refuses a year that is not a whole number or is out of range', () => {
    assert.equal(
      firstMessage(percent.safeParse({ yearEnding: '2026.5', value: '1' })),
      'Year must be a whole number, like 2026',
    )
    assert.equal(
      firstMessage(percent.safeParse({ yearEnding: '1999', value: '1' })),
      'Year must be between 2000 and 2100',
    )
  })

  it('refuses a target that is not a number, is negative, or has too many decimals', () => {
    assert.equal(
      firstMessage(percent.safeParse({ yearEnding: '2026', value: 'twenty' })),
      'Target must be a number, like 22.5',
    )
    assert.equal(
      firstMessage(percent.safeParse({ yearEnding: '2026', value: '-1' })),
      'Target must be 0 or more',
    )
    assert.equal(
      firstMessage(percent.safeParse({ yearEnding: '2026', value: '1.2345' })),
      'Target must have no more than 3 decimal places',
    )
  })

  it('refuses a percentage over 100, but not a rate', () => {
    assert.equal(
      firstMessage(percent.safeParse({ yearEnding: '2026', value: '100.1' })),
      'Target must be 100 or less',
    )
    assert.equal(targetSchema('rate').safeParse({ yearEnding: '2026', value: '130.2' }).success, true)
  })
})

describe('the tolerance form', () => {
  it('accepts 0, which means a miss of any size is red', () => {
    assert.deepEqual(toleranceSchema('rate').parse({ tolerance: '0' }), { tolerance: 0 })
  })

  it('asks for a tolerance and refuses a negative one', () => {
    assert.equal(firstMessage(toleranceSchema('rate').safeParse({ tolerance: ' ' })), 'Enter the tolerance')
    assert.equal(
      firstMessage(toleranceSchema('rate').safeParse({ tolerance: '-0.5' })),
      'Tolerance must be 0 or more',
    )
  })
})

describe('the trajectory form', () => {
  it('turns the choices into numbers', () => {
    assert.deepEqual(trajectorySchema.parse({ baselineYear: '2025', years: '3' }), {
      baselineYear: 2025,
      years: 3,
    })
  })

  it('asks for a baseline year when none is chosen', () => {
    assert.equal(firstMessage(trajectorySchema.safeParse({ years: '3' })), 'Select the baseline year')
  })

  it('keeps the number of years between 1 and 10', () => {
    for (const years of ['0', '11']) {
      assert.equal(
        firstMessage(trajectorySchema.safeParse({ baselineYear: '2025', years })),
        'Number of years must be between 1 and 10',
      )
    }
    assert.equal(
      firstMessage(trajectorySchema.safeParse({ baselineYear: '2025', years: 'three' })),
      'Number of years must be a whole number, like 3',
    )
  })
})
