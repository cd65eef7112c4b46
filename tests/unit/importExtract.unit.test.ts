import { describe, expect, it } from 'vitest'

import { decodeText } from '../../src/payload/import/decodeText'
import { DuplicateIndex } from '../../src/payload/import/duplicates/duplicateIndex'
import { findDateTime } from '../../src/payload/import/extract/dateTime'
import { extractArticle } from '../../src/payload/import/extract/extractArticle'
import { htmlToText, isHtml } from '../../src/payload/import/extract/htmlToText'
import { sourceInLead } from '../../src/payload/import/extract/leadSource'
import { readMetaLine } from '../../src/payload/import/extract/metaLine'
import { paragraphKind } from '../../src/payload/import/extract/paragraphKind'
import { bylineName, closingAuthor, reportersInLead } from '../../src/payload/import/extract/people'
import { titleFromFirstSentence } from '../../src/payload/import/extract/titleFromBody'
import { lexicalText } from '../../src/payload/import/lexicalText'
import { guessCategory } from '../../src/payload/import/suggest/guessCategory'
import { matchStations, stationAliases } from '../../src/payload/import/suggest/matchStations'
import { toLexical } from '../../src/payload/import/toLexical'
import { toMarkdown } from '../../src/payload/import/toMarkdown'
import { toSimplified } from '../../src/payload/import/toSimplified'

describe('dates', () => {
  it('should read a dashed date-time as China Standard Time', () => {
    expect(findDateTime('2024-07-09 01:22:15')).toBe('2024-07-08T17:22:15.000Z')
  })

  it('should read a date written with 年月日 and a time', () => {
    expect(findDateTime('发布时间:2020年3月5日 09:30')).toBe('2020-03-05T01:30:00.000Z')
  })

  it('should not invent a year for a date without one', () => {
    expect(findDateTime('3月3日,县局组织学习')).toBeUndefined()
  })

  it('should refuse impossible months', () => {
    expect(findDateTime('2020-13-01')).toBeUndefined()
  })
})

describe('metadata lines', () => {
  it('should read time and source from one line', () => {
    expect(readMetaLine('时间:2021-01-01 11:03:14 | 来源:某某新闻网')).toEqual({
      publishedAt: '2021-01-01T03:03:14.000Z',
      source: '某某新闻网',
    })
  })

  it('should read an editor in brackets and in Traditional', () => {
    expect(readMetaLine('[编辑:张三]')).toEqual({ editor: '张三' })
    expect(readMetaLine('責任編輯:李四')).toEqual({ editor: '李四' })
  })

  it('should read a place of publication apart from the source', () => {
    expect(readMetaLine('发布于:湖南省')).toEqual({ location: '湖南省' })
  })

  it('should not take a sentence with a colon for metadata', () => {
    expect(readMetaLine('会议强调:要抓好落实。')).toBeUndefined()
  })
})

describe('people and sources', () => {
  it('should read reporters and correspondents from the lead’s parentheses', () => {
    expect(reportersInLead('某某网5月1日讯(记者 张三 通讯员 李四 王五)近日')).toEqual(['张三', '李四', '王五'])
  })

  it('should read an author named in parentheses at the very end', () => {
    expect(closingAuthor('以优异成绩迎接新的一年。(赵六)')).toBe('赵六')
    expect(closingAuthor('服务中心(站)')).toBeUndefined()
  })

  it('should read a byline of post and name', () => {
    expect(bylineName('中共某县委常委、组织部长 钱七')).toBe('钱七')
    expect(bylineName('以党建高质量推进工作高质量')).toBeUndefined()
  })

  it('should read the outlet before a dateline', () => {
    expect(sourceInLead('某某日报5月1日讯 近日')).toBe('某某日报')
    expect(sourceInLead('某某新闻网晋城讯 2020年')).toBe('某某新闻网')
    expect(sourceInLead('县里召开会议,通讯顺畅')).toBeUndefined()
  })
})

describe('paragraph kinds', () => {
  it('should take a short sentence above the lead for a caption', () => {
    expect(paragraphKind('会议现场。', true)).toBe('caption')
    expect(paragraphKind('会议现场。', false)).toBe('text')
  })

  it('should take a picture note for a caption anywhere', () => {
    expect(paragraphKind('(相关资料图)', false)).toBe('caption')
    expect(paragraphKind('图为志愿者走访老兵', false)).toBe('caption')
  })

  it('should take a short unpunctuated body line for a heading', () => {
    expect(paragraphKind('建立健全服务保障体系', false)).toBe('heading')
  })
})

describe('article extraction', () => {
  const page = [
    '某某网 - 本地人的网站',
    '您的位置:首页 > 新闻',
    '工作动态',
    '县局开展春节走访慰问,走访,慰问,老兵',
    '2025-01-20 10:00',
    '县局开展春节走访慰问',
    '走访现场。',
    '某某日报1月19日讯(记者 张三)1月18日,县退役军人事务局组织走访慰问,为老兵送去节日问候和慰问金。',
    '工作成效',
    '本次走访覆盖全县各乡镇(街道)服务站(以下简称“服务站”),共走访优抚对象三十余户。(李四)',
    '[编辑:王五]',
    '免责声明:本站内容仅供参考。',
    '猜你喜欢',
    '其他文章 2019-01-01',
  ].join('\n')
  const article = extractArticle(page)

  it('should find the title without its keyword tail or the column name', () => {
    expect(article.title).toBe('县局开展春节走访慰问')
    expect(article.titleFromBody).toBe(false)
  })

  it('should find the date-time, source, people and editor', () => {
    expect(article.publishedAt).toBe('2025-01-20T02:00:00.000Z')
    expect(article.source).toBe('某某日报')
    expect(article.authors).toEqual(['张三', '李四'])
    expect(article.editor).toBe('王五')
  })

  it('should keep caption, heading and paragraphs and nothing of the page around them', () => {
    expect(article.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['caption', 'text', 'heading', 'text'])
    const body = article.paragraphs.map((paragraph) => paragraph.text).join('\n')
    expect(body).not.toMatch(/您的位置|免责声明|猜你喜欢|其他文章|编辑:|本地人的网站/u)
    expect(body).toContain('(以下简称“服务站”)')
  })

  it('should take the first sentence for a title when the file has none', () => {
    const untitled = extractArticle('4月23日,某市召开退役军人工作会议。会议强调,要抓好落实,把服务保障工作做细做实。')
    expect(untitled.title).toBe('某市召开退役军人工作会议')
    expect(untitled.titleFromBody).toBe(true)
  })

  it('should take a short article’s only sentence for its body, not for a caption', () => {
    const short = extractArticle('县局召开会议\n2025-01-01\n县局召开专题会议,部署春节走访工作。')
    expect(short.paragraphs).toEqual([{ kind: 'text', text: '县局召开专题会议,部署春节走访工作。' }])
  })

  it('should refuse a file with no body', () => {
    expect(() => extractArticle('返回顶部\n\n')).toThrow('文件中没有找到正文')
  })

  it('should shorten a long first sentence used as title', () => {
    expect(titleFromFirstSentence(`近日,${'长'.repeat(200)}。`, 20)).toHaveLength(20)
  })
})

describe('input formats', () => {
  it('should read UTF-8 and GB18030 files', () => {
    const text = '退役军人服务站'
    expect(decodeText(new TextEncoder().encode(text))).toBe(text)
    const gbk = new Uint8Array([0xcd, 0xcb, 0xd2, 0xdb, 0xbe, 0xfc, 0xc8, 0xcb])
    expect(decodeText(gbk)).toBe('退役军人')
  })

  it('should refuse a binary file', () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toThrow('文件不是纯文本或网页')
  })

  it('should turn HTML blocks into lines and keep figure captions', () => {
    const html = '<html><head><title>x</title></head><body><h1>标题</h1><figure><img src="a.jpg"><figcaption>会议&nbsp;现场</figcaption></figure><p>正文&amp;内容</p><script>var a</script></body></html>'
    expect(isHtml('a.html', html)).toBe(true)
    const { text, captions } = htmlToText(html)
    expect(text.split('\n').map((line) => line.trim()).filter(Boolean)).toEqual(['标题', '会议 现场', '正文&内容'])
    expect(captions).toEqual(['会议 现场'])
  })

  it('should convert Traditional to Simplified, phrases included', () => {
    expect(toSimplified('服務保障體系著力建設')).toBe('服务保障体系着力建设')
  })
})

describe('suggestions', () => {
  it('should guess a notice from its title', () => {
    expect(guessCategory({ title: '关于开展优待证申领的通知' }).category).toBe('notice')
  })

  it('should guess media coverage from an outlet source', () => {
    expect(guessCategory({ title: '县局开展走访', source: '某某日报' })).toMatchObject({ category: 'media' })
  })

  it('should guess local news from a township in the title, and work otherwise', () => {
    expect(guessCategory({ title: '青石镇开展走访', source: '青石镇' }).category).toBe('local')
    expect(guessCategory({ title: '县局召开专题会议' }).category).toBe('work')
  })

  it('should know a station by its place name with or without the county', () => {
    expect(stationAliases('某某县青石镇退役军人服务站')).toEqual(['某某县青石镇退役军人服务站', '某某县青石镇', '青石镇'])
  })

  it('should suggest stations the text mentions and no others', () => {
    const stations = [
      { id: 'a', name: '某某县青石镇退役军人服务站' },
      { id: 'b', name: '某某县江口镇退役军人服务站' },
      { id: 'c', name: '某某县退役军人服务中心' },
    ]
    expect(matchStations('青石镇服务站开展活动,某某县领导出席', stations).map((station) => station.id)).toEqual(['a'])
  })
})

describe('duplicates', () => {
  const body = '县退役军人事务局组织开展春节走访慰问活动,为全县困难退役军人送去慰问金和节日问候,共走访三十余户。'

  it('should find an article with the same title on the same day', () => {
    const index = new DuplicateIndex()
    index.add({ id: '1', title: '春节走访', publishedAt: '2025-01-20T02:00:00.000Z', body: '甲' })
    expect(index.find({ title: '春节 走访', publishedAt: '2025-01-20T09:00:00.000Z', body: '乙' })?.id).toBe('1')
    expect(index.find({ title: '春节走访', publishedAt: '2025-01-21T02:00:00.000Z', body: '乙' })).toBeUndefined()
  })

  it('should find a near-identical body under another title', () => {
    const index = new DuplicateIndex()
    index.add({ id: '1', title: '春节走访', body })
    const found = index.find({ title: '县局春节走访慰问', body: `${body.replace('三十', '30')}` })
    expect(found).toMatchObject({ id: '1', reason: '正文与已有文章几乎相同' })
  })

  it('should not take a different body for a duplicate', () => {
    const index = new DuplicateIndex()
    index.add({ id: '1', title: '春节走访', body })
    expect(index.find({ title: '八一座谈', body: '八一建军节前夕,县局召开退役军人代表座谈会,听取意见建议,研究解决实际困难。' })).toBeUndefined()
  })
})

describe('rich text', () => {
  it('should put the text into the converted structure literally, Markdown characters and all', () => {
    const paragraphs = [
      { kind: 'heading', text: '# 一、工作成效' },
      { kind: 'text', text: '实现“1+1+1>3”的*效果*,详见[附件]。' },
    ] as const
    const structure = (markdown: string) => ({
      root: { children: markdown.split('\n\n').map((block) => ({ type: 'block', children: [{ type: 'text', text: block.replace(/^### /u, '') }] })) },
    })
    const state = toLexical(paragraphs, structure)
    expect(lexicalText(state)).toBe('# 一、工作成效\n实现“1+1+1>3”的*效果*,详见[附件]。')
  })

  it('should write headings and captions in their own form', () => {
    expect(
      toMarkdown([
        { kind: 'caption', text: '会议现场。' },
        { kind: 'heading', text: '工作成效' },
        { kind: 'text', text: '正文。' },
      ]),
    ).toBe('*会议现场。*\n\n### 工作成效\n\n正文。')
  })

  it('should read the plain text of a Lexical document', () => {
    const doc = { root: { children: [{ children: [{ text: '第一段' }] }, { children: [{ text: '第二' }, { text: '段' }] }] } }
    expect(lexicalText(doc)).toBe('第一段\n第二段')
  })
})
