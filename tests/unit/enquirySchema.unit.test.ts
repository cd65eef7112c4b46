import { describe, expect, it } from 'vitest'

import { formToSubmission, validateEnquiry } from '../../src/payload/cases/domain/submission'

const valid = {
  kind: 'question',
  subject: '咨询优待证办理',
  body: '请问退役军人优待证在哪里办理,需要带哪些材料?',
  name: '张三',
  phone: '13812341234',
  consent: true,
  submissionKey: 'a1b2c3d4-e5f6-4711-8899-aabbccddeeff',
}

describe('enquiry schema', () => {
  it('should accept a complete submission and drop empty optional fields', () => {
    const result = validateEnquiry({ ...valid, idCard: '', email: '', topic: '' })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.data).toMatchObject({ idCard: undefined, email: undefined, topic: undefined, publishConsent: false })
  })

  it('should answer each wrong field with a plain-Chinese message', () => {
    const result = validateEnquiry({ ...valid, phone: '12345', idCard: '110105194912310021', consent: false, kind: 'x' })
    expect(result).toEqual({
      ok: false,
      errors: {
        kind: '请选择留言类别',
        phone: '请填写 11 位手机号码,例如 13812341234',
        idCard: '身份证号码不正确,请核对(最后一位可能是 X)',
        consent: '请阅读并同意《个人信息保护说明》后再提交',
      },
    })
  })

  it('should refuse text over the length limits', () => {
    const result = validateEnquiry({ ...valid, body: '长'.repeat(3001) })
    expect(result.ok ? {} : result.errors).toEqual({ body: '留言内容不能超过 3000 个字' })
  })

  it('should refuse something that is not an object with a form-level error', () => {
    expect(validateEnquiry('text')).toEqual({ ok: false, errors: { form: '提交的内容无法识别,请刷新页面后重试' } })
  })

  it('should read HTML checkboxes as booleans', () => {
    expect(formToSubmission({ consent: 'on' })).toMatchObject({ consent: true, publishConsent: false })
  })
})
