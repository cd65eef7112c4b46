import { describe, expect, inject, it } from 'vitest'

import { plainLexical } from '../../src/payload/fields/plainLexical'
import { apiToken } from '../helpers/adminApi'

/** The budget: a change in the back office shows on the public site within 5 s. */
const BUDGET_MS = 5_000

/**
 * Freshness through the REST API, the way the admin does it: a news item goes through the
 * review chain with four demo users and is published, then an administrator deletes it. The
 * public pages are read (and cached) before each change; after it, the article, its column, a
 * search for its title and the column's RSS feed must all follow within the budget.
 */
describe('public site freshness after publishing and deleting', () => {
  const siteUrl = inject('siteUrl')
  const adminUrl = inject('adminUrl')
  const token = `XINXIAN${Date.now() % 1_000_000}`
  const slug = `freshness-e2e-${Date.now()}`
  const pages = {
    article: `/news/work/${slug}`,
    column: '/news/work',
    search: `/search?q=${token}`,
    rss: '/news/work/rss.xml',
  }

  const tokens = new Map<string, string>()
  /** One login per demo user (editor, reviewer, …), kept for the test's later calls. */
  const login = async (who: string) => {
    if (!tokens.has(who)) tokens.set(who, await apiToken(adminUrl, `${who}@demo.example`))
    return tokens.get(who)!
  }
  const call = async (who: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${adminUrl}/api${path}`, {
      method,
      headers: { authorization: `JWT ${await login(who)}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`).toBe(true)
    return (await response.json()) as { doc?: { id: string } }
  }
  const read = async (path: string) => {
    const response = await fetch(`${siteUrl}${path}`)
    return { status: response.status, body: await response.text() }
  }
  const readAll = () => Promise.all(Object.values(pages).map(read))
  /** Whether a page shows the item: the search page repeats the query, so there it is a link to the article. */
  const shows = (page: keyof typeof pages, body: string) => body.includes(page === 'search' ? `href="${pages.article}"` : token)

  /** Polls the pages until `holds` is true of all of them; returns how long that took. */
  const within = async (holds: (page: keyof typeof pages, answer: { status: number; body: string }) => boolean) => {
    const started = Date.now()
    for (;;) {
      const answers = await Promise.all(Object.entries(pages).map(async ([name, path]) => [name, await read(path)] as const))
      const failing = answers.filter(([name, answer]) => !holds(name as keyof typeof pages, answer)).map(([name]) => name)
      if (failing.length === 0) return Date.now() - started
      if (Date.now() - started > BUDGET_MS) throw new Error(`not fresh within ${BUDGET_MS} ms: ${failing.join(', ')}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  let id = ''

  it('should show a news item on its page, its column, search and RSS within 5 s of publication', async () => {
    const created = await call('editor', 'POST', '/news?draft=true', {
      title: `时效检查${token}`,
      slug,
      category: 'work',
      source: '本站',
      body: plainLexical([`时效检查${token}。这条稿件由端到端测试发布后删除。`]),
    })
    id = created.doc!.id
    await call('editor', 'POST', `/news/${id}/workflow`, { action: 'submit' })
    await call('reviewer', 'POST', `/news/${id}/workflow`, { action: 'approve' })
    await call('reviewer2', 'POST', `/news/${id}/workflow`, { action: 'approve' })
    const before = await readAll()
    expect(before[0].status).toBe(404)
    expect((['column', 'search', 'rss'] as const).filter((page, index) => shows(page, before[index + 1].body))).toEqual([])

    await call('publisher', 'POST', `/news/${id}/workflow`, { action: 'publish' })
    await within((page, answer) => answer.status === 200 && shows(page, answer.body))
  })

  it('should take a deleted news item off its page, its column, search and RSS within 5 s', async () => {
    expect(id).not.toBe('')
    await readAll()
    await call('admin', 'DELETE', `/news/${id}`)
    await within((page, answer) => (page === 'article' ? answer.status === 404 || answer.status === 410 : answer.status === 200 && !shows(page, answer.body)))
  })
})
