import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { plainLexical } from '../../src/payload/fields/plainLexical'

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
