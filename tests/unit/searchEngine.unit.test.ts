import { describe, expect, it } from 'vitest'

import { addEntry, createEngine, queryEngine, removeEntry } from '../../src/site/lib/search/engine'
import { highlight } from '../../src/site/lib/search/highlight'
import type { Entry } from '../../src/site/lib/search/sources'
import { highlightTerms } from '../../src/site/lib/search/tokenize'

const entry = (id: string, title: string, text: string, date: string | null = null): Entry => {
  const [type, slug] = id.split(':') as [Entry['type'], string]
  return { id, type, title, text, url: `/${type}/${slug}`, date }
}

const engineWith = (...entries: Entry[]) => {
  const engine = createEngine()
  for (const item of entries) addEntry(engine, item)
  return engine
}
const urls = (engine: ReturnType<typeof createEngine>, query: string, options = {}) => queryEngine(engine, query, options).hits.map((hit) => hit.url)

describe('search engine', () => {
  it('should match only entries holding every word of the query, in the title or the text', () => {
    const engine = engineWith(
      entry('news:a', '城关镇开展就业招聘活动', '现场提供岗位'),
      entry('news:b', '城关镇开展走访慰问', '为老兵送去慰问品'),
      entry('news:c', '专场活动', '就业 服务 与 招聘 会'),
    )
    expect(urls(engine, '就业招聘').sort()).toEqual(['/news/a', '/news/c'])
    expect(urls(engine, '走访慰问')).toEqual(['/news/b'])
    expect(urls(engine, '光荣院')).toEqual([])
  })

  it('should put entries whose title holds the words before those that only mention them', () => {
    const engine = engineWith(
      entry('news:body', '春季工作安排', '本月将组织优待证集中发放。'),
      entry('news:title', '优待证集中发放通知', '地点在服务中心。'),
    )
    expect(urls(engine, '优待证')).toEqual(['/news/title', '/news/body'])
  })

  it('should find Simplified content from a Traditional query and the reverse', () => {
    const engine = engineWith(entry('stations:s', '青石镇退役军人服务站', '地址：青石镇文化路'), entry('policies:p', '退役軍人優待辦法', '省級規定'))
    expect(urls(engine, '退役軍人服務站')).toEqual(['/stations/s'])
    expect(urls(engine, '退役军人优待')).toEqual(['/policies/p'])
  })

  it('should count matches per type and limit and filter the hits', () => {
    const engine = engineWith(
      ...Array.from({ length: 7 }, (_, index) => entry(`news:n${index}`, `双拥工作第${index}期`, '双拥共建')),
      entry('policies:p', '双拥工作办法', '双拥'),
      entry('veterans:v', '张老兵', '长期从事双拥志愿服务'),
    )
    const all = queryEngine(engine, '双拥', { limit: 3 })
    expect(all.counts).toEqual({ news: 7, policies: 1, veterans: 1 })
    expect(all.hits).toHaveLength(3)
    const policies = queryEngine(engine, '双拥', { type: 'policies' })
    expect(policies.hits.map((hit) => hit.url)).toEqual(['/policies/p'])
    expect(policies.counts).toEqual(all.counts)
  })

  it('should replace an entry added again under the same id and forget a removed one', () => {
    const engine = engineWith(entry('news:x', '翡翠湖老兵驿站', '新建'))
    addEntry(engine, entry('news:x', '珊瑚礁老兵驿站', '新建'))
    expect(urls(engine, '翡翠湖')).toEqual([])
    expect(urls(engine, '珊瑚礁')).toEqual(['/news/x'])
    expect(queryEngine(engine, '驿站').counts).toEqual({ news: 1 })
    removeEntry(engine, 'news:x')
    expect(urls(engine, '驿站')).toEqual([])
    expect(engine.stored.size).toBe(0)
  })

  it('should keep the text as written for the excerpt, with whitespace collapsed', () => {
    const engine = engineWith(entry('news:w', '標題', '第一段\n\n  第二段'))
    expect(queryEngine(engine, '标题').hits[0]).toMatchObject({ title: '標題', raw: '第一段 第二段' })
  })

  it('should order by date, newest first and undated entries last, when asked', () => {
    const engine = engineWith(
      entry('stations:s', '双拥服务站', '双拥'),
      entry('news:old', '双拥工作会议', '双拥', '2024-03-01T00:00:00.000Z'),
      entry('news:new', '双拥慰问', '双拥', '2026-10-01T00:00:00.000Z'),
      entry('policies:mid', '双拥办法', '双拥', '2025-06-01T00:00:00.000Z'),
    )
    expect(urls(engine, '双拥', { order: 'date' })).toEqual(['/news/new', '/policies/mid', '/news/old', '/stations/s'])
    expect(urls(engine, '双拥', { order: 'date', type: 'news' })).toEqual(['/news/new', '/news/old'])
  })

  it('should page through the matches of the asked type with offset and limit, and say how many there are', () => {
    const engine = engineWith(
      ...Array.from({ length: 45 }, (_, index) => entry(`news:n${index}`, `优待证发放第${index}期`, '优待证', `2026-01-01T00:00:${String(index).padStart(2, '0')}.000Z`)),
      entry('policies:p', '优待证办法', '优待证'),
    )
    const pages = [0, 20, 40].map((offset) => queryEngine(engine, '优待证', { type: 'news', order: 'date', offset, limit: 20 }))
    expect(pages.map((page) => page.hits.length)).toEqual([20, 20, 5])
    expect(pages.every((page) => page.total === 45)).toBe(true)
    expect(new Set(pages.flatMap((page) => page.hits.map((hit) => hit.url))).size).toBe(45)
    expect(pages[0].hits[0].url).toBe('/news/n44')
    expect(queryEngine(engine, '优待证').total).toBe(46)
  })

  it('should find any stretch of text printed on the page, inside compounds and as the start of a word', () => {
    const engine = engineWith(
      entry('stations:a', '青石镇退役军人服务站', '服务项目：优待证申领、抚恤补助资格认证'),
      entry('news:b', '优待证集中发放通知', '请携带身份证'),
      entry('commendations:c', '关于表扬抗洪抢险先进集体的通报', '在抢险中表现突出'),
    )
    for (const query of ['抚恤补助', '资格认证', '补助', '恤补助资']) expect(urls(engine, query), query).toEqual(['/stations/a'])
    expect(urls(engine, '优待').sort()).toEqual(['/news/b', '/stations/a'])
    expect(urls(engine, '先进集体')).toEqual(['/commendations/c'])
    expect(urls(engine, '抢险')).toEqual(['/commendations/c'])
    expect(urls(engine, '軍人服務')).toEqual(['/stations/a'])
  })

  it('should put the query as typed in the title first, then in the text, then words found apart, then pairs found apart', () => {
    const engine = engineWith(
      entry('news:pairs', '工作简报', '优待对象、待证事项、证发字号、发放物品'),
      entry('news:words', '政策宣讲', '今日发放慰问品,另可办理优待证'),
      entry('news:text', '春季安排', '本月组织优待证发放'),
      entry('news:title', '优待证发放通知', '地点在服务中心'),
    )
    expect(urls(engine, '优待证发放')).toEqual(['/news/title', '/news/text', '/news/words', '/news/pairs'])
  })

  it('should mark the words as typed in the excerpt, not a character of another word', () => {
    const html = highlight('来访接待时讲解优待政策', highlightTerms('退役军人 优待'))
    expect(html).toContain('<mark>优待</mark>')
    expect(html).not.toContain('<mark>待</mark>')
  })
})

