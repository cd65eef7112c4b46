import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { reviewTeam, lexicalBody, writeNews } from '../helpers/workflowFixtures'
import { completeGuide } from '../helpers/guideFixture'
import { matrixData } from '../helpers/workflowMatrix'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'

const linkTo = (collection: string, id: string) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '详见', version: 1 },
          {
            type: 'link',
            version: 3,
            fields: { linkType: 'internal', doc: { relationTo: collection, value: id }, newTab: false },
            children: [{ type: 'text', text: '相关通知', version: 1 }],
          },
        ],
        version: 1,
      },
    ],
    version: 1,
  },
})

describe('pre-publish checks', () => {
  let payload: Payload
  let editor: User
  let reviewer: User
  let reviewer2: User
  let publisher: User

  beforeAll(async () => {
    payload = await getTestPayload()
    ;({ editor, reviewer, reviewer2, publisher } = await reviewTeam(payload))
    await payload.updateGlobal({ slug: 'bannedWords', data: { blocked: '绝密\n内部资料', sensitive: '据悉' } })
  })
  afterAll(() => releaseTestPayload(payload))

  const toFinalStage = async (id: string) => {
    await performTransition(payload, { collection: 'news', id, user: editor, input: { action: 'submit' } })
    await performTransition(payload, { collection: 'news', id, user: reviewer, input: { action: 'approve' } })
  }
  const finalApproval = (id: string) => performTransition(payload, { collection: 'news', id, user: reviewer2, input: { action: 'approve' } })

  it('should block the final stage on a banned word and say where it is', async () => {
    const draft = await writeNews(payload, editor, { body: lexicalBody('本文含有绝密内容。') })
    await toFinalStage(draft.id)
    await expect(finalApproval(draft.id)).rejects.toThrow('正文含禁用词“绝密”:本文含有绝密内容。')
  })

  it('should only warn about a sensitive word', async () => {
    const draft = await writeNews(payload, editor, { body: lexicalBody('据悉,活动将于下周举行。') })
    await toFinalStage(draft.id)
    expect((await finalApproval(draft.id)).workflowState).toBe('approved')
  })

  it('should block publishing when an internal link points to an unpublished item', async () => {
    const target = await writeNews(payload, editor)
    const draft = await writeNews(payload, editor, { body: linkTo('news', target.id) })
    await toFinalStage(draft.id)
    await expect(finalApproval(draft.id)).rejects.toThrow('内部链接指向不存在或未发布的内容')
  })

  it('should block a policy without its document number', async () => {
    const policy = await payload.create({
      collection: 'policies',
      data: { title: '缺文号的政策', issuer: '县局', topic: 'employment', validity: 'in_force', body: lexicalBody('条款') } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await performTransition(payload, { collection: 'policies', id: policy.id, user: editor, input: { action: 'submit' } })
    await performTransition(payload, { collection: 'policies', id: policy.id, user: reviewer, input: { action: 'approve' } })
    await performTransition(payload, { collection: 'policies', id: policy.id, user: reviewer2, input: { action: 'approve' } })
    await expect(
      performTransition(payload, { collection: 'policies', id: policy.id, user: publisher, input: { action: 'approve' } }),
    ).rejects.toThrow('缺少文号;缺少成文日期;缺少施行日期')
  })

  it('should block a commendation naming someone with an unmasked phone number', async () => {
    const commendation = await payload.create({
      collection: 'commendations',
      data: {
        title: '表扬通报',
        issuer: '县局',
        date: '2026-01-01T00:00:00.000Z',
        body: lexicalBody('张三(联系电话 13912345678)表现突出。'),
      } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await performTransition(payload, { collection: 'commendations', id: commendation.id, user: editor, input: { action: 'submit' } })
    await performTransition(payload, { collection: 'commendations', id: commendation.id, user: reviewer, input: { action: 'approve' } })
    await performTransition(payload, { collection: 'commendations', id: commendation.id, user: reviewer2, input: { action: 'approve' } })
    await expect(
      performTransition(payload, { collection: 'commendations', id: commendation.id, user: publisher, input: { action: 'approve' } }),
    ).rejects.toThrow('正文含未脱敏的手机号 139****5678')
  })

  it('should keep a 办事指南 with a missing element or an unpublished 设定依据 from being approved or published, naming each', async () => {
    const published = { _status: { equals: 'published' } }
    const refs = {
      station: String((await payload.find({ collection: 'stations', where: published, limit: 1, depth: 0 })).docs[0].id),
      policy: String((await payload.find({ collection: 'policies', where: { ...published, validity: { equals: 'in_force' } }, limit: 1, depth: 0 })).docs[0].id),
    }
    const { complaintPhone: _complaintPhone, places: _places, ...incomplete } = completeGuide(refs)
    const draftPolicy = await payload.create({ collection: 'policies', data: { ...matrixData('policies', refs), title: '草拟中的办法' } as never, draft: true })
    const guide = await payload.create({
      collection: 'serviceGuides',
      data: { ...incomplete, basis: [refs.policy, draftPolicy.id], slug: `guide-check-${process.pid}-${Date.now()}` } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const step = (user: User, action: 'submit' | 'approve' | 'publish') =>
      performTransition(payload, { collection: 'serviceGuides', id: String(guide.id), user, input: { action } })
    await step(editor, 'submit')
    await step(reviewer, 'approve')
    await step(reviewer2, 'approve')
    await expect(step(publisher, 'approve')).rejects.toThrow('发布前检查未通过:设定依据《草拟中的办法》尚未发布;缺少办理地点;缺少监督投诉电话')

    await payload.update({
      collection: 'serviceGuides',
      id: guide.id,
      data: { basis: [refs.policy], places: [refs.station], complaintPhone: '0739-5281009' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    // The edit sent it back to 初审.
    await step(reviewer, 'approve')
    await step(reviewer2, 'approve')
    await step(publisher, 'approve')
    expect((await step(publisher, 'publish'))._status).toBe('published')
  })

  it('should let only administrators change the word lists', async () => {
    await expect(
      payload.updateGlobal({ slug: 'bannedWords', data: { blocked: '' }, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
  })
})
