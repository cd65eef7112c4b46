import { describe, expect, it } from 'vitest'

import { ENQUIRY_LIMITS } from '../../src/payload/cases/client'
import { audienceText, byAudience, byLifeEvent, enquiryAboutGuide, enquiryPrefill, feeText, guideChecklistPath, limitText } from '../../src/site/lib/guideText'
import { publicPath } from '../../src/shared'

describe('办事指南 on the public site', () => {
  it('should say a time limit as a reader does', () => {
    expect(limitText({ days: 20, unit: '个工作日' })).toBe('20 个工作日')
    expect(limitText({ days: 30, unit: '' })).toBe('30 个工作日')
    expect(limitText({ days: 0, unit: '个工作日' })).toBe('当场办结')
    expect(limitText(undefined)).toBe('未规定')
  })

  it('should say 不收费 unless a standard is charged', () => {
    expect(feeText({ free: true, standard: '10 元' })).toBe('不收费')
    expect(feeText({ free: false, standard: '工本费 10 元' })).toBe('工本费 10 元')
  })

  it('should group by life event in the labels’ order and put a guide under each of its audiences', () => {
    const guides = [
      { title: 'a', lifeEvent: 'hardship', audiences: ['veterans', 'martyrFamilies'] },
      { title: 'b', lifeEvent: 'discharge', audiences: ['veterans'] },
    ]
    expect(byLifeEvent(guides).map((group) => [group.label, group.guides.map((guide) => guide.title)])).toEqual([
      ['退役报到', ['b']],
      ['困难帮扶', ['a']],
    ])
    expect(byAudience(guides).map((group) => [group.label, group.guides.map((guide) => guide.title)])).toEqual([
      ['退役军人', ['a', 'b']],
      ['烈属', ['a']],
    ])
    expect(audienceText(['veterans', 'martyrFamilies'])).toBe('退役军人、烈属')
  })

  it('should give a guide its page, its 一次告知单 and its enquiry link', () => {
    expect(publicPath('serviceGuides', { slug: 'legal-aid' })).toBe('/services/legal-aid')
    expect(guideChecklistPath('legal-aid')).toBe('/services/legal-aid/checklist')
    expect(enquiryAboutGuide('legal-aid')).toBe('/enquiry?guide=legal-aid')
  })

  it('should preselect a question about the service, within the subject limit, with a topic the form offers', () => {
    expect(enquiryPrefill({ title: '退役军人法律援助申请', slug: 'legal-aid', topics: ['nope', 'employment'] })).toEqual({
      kind: 'question',
      subject: '咨询:退役军人法律援助申请',
      topic: 'employment',
    })
    const long = enquiryPrefill({ title: '长'.repeat(80), slug: 'x', topics: ['nope'] })
    expect(long.subject).toHaveLength(ENQUIRY_LIMITS.subject)
    expect(long).not.toHaveProperty('topic')
  })
})
