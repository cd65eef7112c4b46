import { describe, expect, it } from 'vitest'

import { addEntry, createEngine, nearestQueries, queryEngine } from '../../src/site/lib/search/engine'
import { synonymAlternatives } from '../../src/site/lib/search/synonyms'
import { parseSynonyms, synonymsProblem } from '../../src/shared'

const LIST = '退役 退伍\n优待证、优待卡\n烈属/烈士遗属\n\n'

describe('search synonyms and suggestions', () => {
  it('should read one group per line, whatever the separator, and skip blank lines', () => {
    expect(parseSynonyms(LIST)).toEqual([
      ['退役', '退伍'],
      ['优待证', '优待卡'],
      ['烈属', '烈士遗属'],
    ])
  })

  it('should refuse a line with one word or a sentence, saying which line, and accept a good list', () => {
    expect(synonymsProblem(LIST)).toBeNull()
    expect(synonymsProblem('退役 退伍\n军嫂')).toBe('第 2 行只有一个词“军嫂”:每行至少写两个意思相同的词。')
    expect(synonymsProblem(`退役 ${'很长'.repeat(11)}`)).toMatch(/^第 1 行的.*超过 20 个字/)
  })

  it('should rewrite the query with each synonym found in it, in Simplified, and say which words it also searched', () => {
    expect(synonymAlternatives('退伍軍人 優待卡', LIST)).toEqual({ alternatives: ['退役军人 优待卡', '退伍军人 优待证'], used: ['退役', '优待证'] })
    expect(synonymAlternatives('光荣院', LIST)).toEqual({ alternatives: [], used: [] })
    // One word inside the other: the character pairs already find 抚恤金 from 抚恤.
    expect(synonymAlternatives('抚恤补助', '抚恤 抚恤金')).toEqual({ alternatives: [], used: [] })
  })

  it('should find entries through a synonym, and offer the nearest term that finds something when nothing matches', () => {
    const engine = createEngine()
    addEntry(engine, { id: 'news:a', type: 'news', title: '全县退役军人优待证集中发放', text: '携带身份证到服务站领取', url: '/news/a' })
    const { alternatives } = synonymAlternatives('退伍军人', LIST)
    expect(queryEngine(engine, '退伍军人').total).toBe(0)
    expect(queryEngine(engine, '退伍军人', { alternatives }).hits.map((hit) => hit.url)).toEqual(['/news/a'])
    expect(queryEngine(engine, '优代证').total).toBe(0)
    expect(nearestQueries(engine, '优代证')).toEqual(['优待证'])
    expect(nearestQueries(engine, '光荣院')).toEqual([])
  })
})
