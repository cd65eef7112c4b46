import { describe, expect, it } from 'vitest'

import { checkLinks, type Fetcher, type LinkStatus } from '../../src/payload/selfCheck/linkChecker'
import { customLinks } from '../../src/payload/workflow'

describe('the self-check’s link checker', () => {
  const answers: Record<string, number> = {
    'https://www.mva.gov.cn/': 200,
    'https://old.example.gov.cn/gone': 404,
    'https://old.example.gov.cn/moved': 200,
  }
  const recorder = () => {
    const asked: { url: string; at: number }[] = []
    let clock = 0
    const fetcher: Fetcher = async (url) => {
      asked.push({ url, at: clock })
      if (url.includes('hangs')) throw new Error('timeout')
      return { status: answers[url] ?? 500 }
    }
    const sleep = async (ms: number) => {
      clock += ms
    }
    return { asked, fetcher, sleep, now: () => clock }
  }

  it('should report each address’s status, a timeout or a bad address as no answer', async () => {
    const { fetcher, sleep, now } = recorder()
    const results = await checkLinks(['https://www.mva.gov.cn/', 'https://old.example.gov.cn/gone', 'https://hangs.example.com/', 'not a url'], fetcher, new Map(), { sleep, now })
    const byUrl = Object.fromEntries(results.map((result) => [result.url, result.status]))
    expect(byUrl).toEqual({ 'https://www.mva.gov.cn/': 200, 'https://old.example.gov.cn/gone': 404, 'https://hangs.example.com/': null, 'not a url': null })
  })

  it('should ask one host one address at a time, pausing between them, and at most its limit in a run', async () => {
    const { asked, fetcher, sleep, now } = recorder()
    const urls = ['https://old.example.gov.cn/gone', 'https://old.example.gov.cn/moved', 'https://old.example.gov.cn/third', 'https://www.mva.gov.cn/']
    await checkLinks(urls, fetcher, new Map(), { sleep, now, pauseMs: 1000, perHostLimit: 2 })
    const sameHost = asked.filter((each) => each.url.includes('old.example'))
    expect(sameHost.map((each) => each.url)).toEqual(['https://old.example.gov.cn/gone', 'https://old.example.gov.cn/moved'])
    expect(sameHost[1].at - sameHost[0].at).toBeGreaterThanOrEqual(1000)
  })

  it('should not ask again within a day, and ask again after', async () => {
    const { asked, fetcher, sleep } = recorder()
    const cache = new Map<string, LinkStatus>()
    let clock = 0
    await checkLinks(['https://www.mva.gov.cn/'], fetcher, cache, { sleep, now: () => clock })
    clock = 3_600_000
    await checkLinks(['https://www.mva.gov.cn/'], fetcher, cache, { sleep, now: () => clock })
    expect(asked).toHaveLength(1)
    clock = 90_000_000
    await checkLinks(['https://www.mva.gov.cn/'], fetcher, cache, { sleep, now: () => clock })
    expect(asked).toHaveLength(2)
  })

  it('should find the typed-in links of rich text, not the internal ones', () => {
    const richText = {
      root: {
        children: [
          { type: 'link', fields: { linkType: 'custom', url: ' https://www.mva.gov.cn/ ' }, children: [] },
          { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'news', value: 'x' } }, children: [] }] },
        ],
      },
    }
    expect(customLinks(richText as never)).toEqual(['https://www.mva.gov.cn/'])
  })
})
