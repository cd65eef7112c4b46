import { describe, expect, it } from 'vitest'

import { maskEmail } from '../../src/payload/cases/domain/personalData'
import { generateTrackingCode, normaliseSecret, normaliseTrackingCode } from '../../src/payload/cases/domain/tracking'

describe('tracking code normalisation (查询码)', () => {
  it.each([
    ['K7Q2M-9XR4D', 'as printed'],
    ['K7Q2M9XR4D', 'without the hyphen'],
    ['k7q2m-9xr4d', 'in lower case'],
    ['K7Q2M－9XR4D', 'with a full-width dash'],
    ['K7Q2M—9XR4D', 'with an em dash'],
    ['K7Q2M–9XR4D', 'with an en dash'],
    ['K7Q2M‐9XR4D', 'with a Unicode hyphen'],
    ['K7Q2M − 9XR4D', 'with a minus sign and spaces'],
    ['  K7Q2M 9XR4D ', 'with spaces around and inside'],
    ['K7Q2M\u30009XR4D', 'with an ideographic space'],
    ['Ｋ７Ｑ２Ｍ－９ＸＲ４Ｄ', 'typed in full-width characters'],
  ])('should read %s (%s) as K7Q2M-9XR4D', (typed) => {
    expect(normaliseTrackingCode(typed)).toBe('K7Q2M-9XR4D')
  })

  it.each([
    ['', 'empty'],
    ['K7Q2M-9XR4', 'too short'],
    ['K7Q2M-9XR4DD', 'too long'],
    ['K7Q2M-9XR40', 'with a digit 0 no code has'],
    ['K7Q2M_9XR4D', 'with an underscore'],
    ['K7Q2M-9XR4D'.padEnd(41, ' '), 'longer than anyone types'],
  ])('should refuse %j (%s)', (typed) => {
    expect(normaliseTrackingCode(typed)).toBeNull()
  })

  it('should refuse anything that is not text', () => {
    expect(normaliseTrackingCode(undefined)).toBeNull()
    expect(normaliseTrackingCode(['K7Q2M-9XR4D'])).toBeNull()
  })

  it('should leave every generated code as it is', () => {
    for (let index = 0; index < 50; index += 1) {
      const code = generateTrackingCode()
      expect(normaliseTrackingCode(code)).toBe(code)
      expect(normaliseTrackingCode(code.replace('-', '').toLowerCase())).toBe(code)
    }
  })

  it('should fold the secret the same way: spaces out, full-width folded, upper case', () => {
    expect(normaliseSecret(' ab cd 2345 ')).toBe('ABCD2345')
    expect(normaliseSecret('ａｂｃｄ２３４５')).toBe('ABCD2345')
    expect(normaliseSecret(42)).toBe('')
  })
})

describe('the receipt says where it was e-mailed', () => {
  it('should show the first letter and the domain only', () => {
    expect(maskEmail('wang.jianjun@qq.com')).toBe('w***@qq.com')
    expect(maskEmail('a@example.com')).toBe('a***@example.com')
    expect(maskEmail('broken')).toBe('***')
  })
})
