import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { nhsCheckDigit, nhsNumber, surname, syntheticPostcode, upn, upnCheckLetter } from './identity.ts'
import { Random } from './random.ts'

describe('synthetic identities', () => {
  const rng = new Random(21)

  it('makes NHS numbers in the 999 test range with a valid check digit', () => {
    for (let i = 0; i < 500; i++) {
      const number = nhsNumber(rng)
      assert.match(number, /^999\d{7}$/)
      assert.equal(nhsCheckDigit([...number.slice(0, 9)].map(Number)), Number(number[9]))
    }
  })

  it('computes the NHS check digit by modulus 11 (NHS Digital worked example 943 476 5919)', () => {
    assert.equal(nhsCheckDigit([9, 4, 3, 4, 7, 6, 5, 9, 1]), 9)
  })

  it('makes 13-character UPNs for LA 806 whose check letter verifies', () => {
    for (let i = 0; i < 500; i++) {
      const value = upn(rng, 2015)
      assert.equal(value.length, 13)
      assert.equal(value.slice(1, 4), '806')
      assert.equal(upnCheckLetter(value.slice(1)), value[0])
    }
  })

  it('makes postcodes whose inward letters Royal Mail never uses', () => {
    for (let i = 0; i < 200; i++) assert.match(syntheticPostcode(rng, 'TS3'), /^TS3 \d[CIKMOV]{2}$/)
  })

  it('makes surnames from invented stems', () => {
    assert.match(surname(rng), /^[A-Z][a-z]+$/)
  })
})
