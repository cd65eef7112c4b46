import { describe, expect, it } from 'vitest'

import { changesPublishedAnswer } from '../../src/payload/cases'

/** When a case's save must tell the site (its search index holds 留言选登). */
describe('changesPublishedAnswer', () => {
  const shown = {
    status: 'answered',
    reply: '每周二上门代办。',
    answeringDepartment: '优抚股',
    answeredAt: '2026-11-02T02:00:00.000Z',
    consent: { publish: true },
    publication: { published: true, subject: '上门代办', body: '能否上门?' },
  }

  it('should report 选登 switched on or off', () => {
    expect(changesPublishedAnswer(shown, { ...shown, publication: { ...shown.publication, published: false } })).toBe(true)
    expect(changesPublishedAnswer({ ...shown, publication: { ...shown.publication, published: false } }, shown)).toBe(true)
  })

  it('should report a change to the public text of a published answer', () => {
    expect(changesPublishedAnswer({ ...shown, reply: '每周三上门代办。' }, shown)).toBe(true)
    expect(changesPublishedAnswer({ ...shown, publication: { ...shown.publication, subject: '上门代办时间' } }, shown)).toBe(true)
  })

  it('should report an answer reopened (no longer answered) as taken off the site', () => {
    expect(changesPublishedAnswer({ ...shown, status: 'in_progress' }, shown)).toBe(true)
  })

  it('should stay quiet for the handling of a case the public does not see', () => {
    const unpublished = { ...shown, publication: { published: false } }
    expect(changesPublishedAnswer({ ...unpublished, reply: '新答复' }, unpublished)).toBe(false)
    expect(changesPublishedAnswer({ ...shown, status: 'accepted', publication: null }, {})).toBe(false)
    // Saving a published answer without changing what it shows (a handler's internal note).
    expect(changesPublishedAnswer({ ...shown }, shown)).toBe(false)
  })
})
