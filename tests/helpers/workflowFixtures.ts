import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { User } from '../../src/payload-types'
import { plainLexical } from '../../src/payload/fields/plainLexical'
import { performTransition } from '../../src/payload/workflow/performTransition'
import { getTestPayload, releaseTestPayload } from './testPayload'

/** A one-paragraph Lexical body. */
export const lexicalBody = (text: string) => plainLexical([text])

/** The seeded demo account with this e-mail prefix (editor, reviewer, reviewer2, publisher, station, handler, admin). */
export const demoUser = async (payload: Payload, name: string): Promise<User> => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: `${name}@demo.example` } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`demo user ${name} missing`)
  return { ...docs[0], collection: 'users' } as User
}

let counter = 0

/** A news draft written by `user` through the Local API with access control on. */
export const writeNews = async (payload: Payload, user: User, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'news',
    data: {
      title: `审核流程测试 ${++counter}`,
      category: 'work',
      source: '本站',
      body: lexicalBody('测试正文。'),
      slug: `workflow-test-${process.pid}-${Date.now()}-${counter}`,
      ...data,
    } as never,
    draft: true,
    user,
    overrideAccess: false,
  })

/** The demo accounts a review chain needs: the author, two reviewers and the publisher. */
export const reviewTeam = async (payload: Payload) => {
  const [editor, reviewer, reviewer2, publisher] = await Promise.all(
    ['editor', 'reviewer', 'reviewer2', 'publisher'].map((name) => demoUser(payload, name)),
  )
  return { editor, reviewer, reviewer2, publisher }
}

type Action = Parameters<typeof performTransition>[1]['input']['action']
type ReviewTeam = Awaited<ReturnType<typeof reviewTeam>> & { payload: Payload }

/**
 * For a describe block on the review chain: a test Payload with the demo review team (filled in
 * before the tests run), and one workflow step on a news item as a given person.
 */
export const useReviewTeam = () => {
  const team = {} as ReviewTeam
  beforeAll(async () => {
    const payload = await getTestPayload()
    Object.assign(team, { payload, ...(await reviewTeam(payload)) })
  })
  afterAll(() => releaseTestPayload(team.payload))
  const step = (id: string, user: User, action: Action, extra = {}) =>
    performTransition(team.payload, { collection: 'news', id, user, input: { action, ...extra } })
  return { team, step }
}
