import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importArticles, type ImportFile, type ImportRun } from '../../src/payload/import/importArticles'
import { lexicalText } from '../../src/payload/import/lexicalText'
import type { News, User } from '../../src/payload-types'
import { getTestPayload, releaseTestPayload } from '../helpers/testPayload'
import { SEEDS_DIR } from '../helpers/seedsDir'

/** The five dirty articles every bureau brings; read where they live, never copied into the repo. */
const seedFiles = (): ImportFile[] =>
  readdirSync(SEEDS_DIR)
    .sort()
    .map((name) => ({ name, data: readFileSync(path.join(SEEDS_DIR, name)) }))

/** What each seed must yield: its title, its date (China time) where it states one, and parentheses that must survive. */
const EXPECTED: Record<string, { title: string; date?: string; parentheses: string[] }> = {
  '000_9b9a8101bb4c71b3.txt': {
    title: '打通壁垒形成合力 岳阳市召开“一部一站”紧密协作工作推进会',
    date: '2024-07-09T01:22:15+08:00',
    parentheses: ['(以下简称“一部一站”)', '(记者 陈宗昊 通讯员 文敏 吴维)', '乡镇(街道)'],
  },
  '001_0db06302fdcc0f39.txt': {
    title: '“三个体系”建设互促共进 退役军人事业行稳致远——高平市2020年退役军人事务工作综述',
    date: '2021-01-01T11:03:14+08:00',
    parentheses: ['服务中心(站)', '主任(站长)', '(王春雨)'],
  },
  '002_6e47c956184a2b0b.txt': {
    title: '江门市召开全市退役军人服务保障体系建设推进会暨县、镇级退役军人服务机构建设管理培训班',
    parentheses: ['各县(市、区)', '服务中心(站)', '各科(室)'],
  },
  '003_b73065619c32b59e.txt': {
    title: '交流学习拓思路,引进经验促提升',
    parentheses: ['各镇(街)', '村(社区)', '(相关资料图)'],
  },
  '004_c588824008fb74a0.txt': {
    title: '着力“五个聚焦” 确保“同心同向”',
    parentheses: ['乡镇(街道)', '服务站(室)'],
  },
}

type Block = { type: string; tag?: string; children: { text: string; format: number }[] }
const blocks = (body: unknown) => (body as { root: { children: Block[] } }).root.children

const READING_JUNK = /[((]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\s*[))]/u
const PORTAL_CHROME =
  /您的位置|首页\s*>|首頁|免责声明|郑重声明|返回顶部|返回首页|猜你喜欢|推荐阅读|sitemap|版权号|以上就是本篇|标题ALT|核心提示|关键词|企业黄页|编辑:|发布于|时间:/u

describe('importing old articles', () => {
  let payload: Payload
  let first: ImportRun
  let drafts: Map<string, News>
  const userWith = async (role: string) =>
    (await payload.find({ collection: 'users', where: { roles: { contains: role } }, limit: 1 })).docs[0] as User

  beforeAll(async () => {
    payload = await getTestPayload()
    first = await importArticles(payload, seedFiles())
    drafts = new Map()
    for (const item of first.items) {
      if (item.newsId) drafts.set(item.file, await payload.findByID({ collection: 'news', id: item.newsId, draft: true }))
    }
  })
  afterAll(() => releaseTestPayload(payload))

  it('should import all five seeds', () => {
    expect(first.items.map((item) => [item.file, item.status, item.reason])).toEqual(
      Object.keys(EXPECTED).map((file) => [file, 'imported', undefined]),
    )
  })

  describe.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const draft = () => drafts.get(file)!
    const text = () => `${draft().title}\n${lexicalText(draft().body)}`

    it('should have its title', () => {
      expect(draft().title).toBe(expected.title)
    })

    it(expected.date ? 'should have its date and time' : 'should have no invented date', () => {
      expect(draft().publishedAt ?? null).toBe(expected.date ? new Date(expected.date).toISOString() : null)
    })

    it('should keep no Latin reading junk', () => {
      expect(text()).not.toMatch(READING_JUNK)
    })

    it('should keep no portal chrome', () => {
      expect(text()).not.toMatch(PORTAL_CHROME)
    })

    it('should keep its real parentheses', () => {
      for (const parenthesis of expected.parentheses) expect(text()).toContain(parenthesis)
    })

    it('should land as a draft, never published', async () => {
      expect(draft()._status).toBe('draft')
      const published = await payload.find({ collection: 'news', where: { id: { equals: draft().id } }, overrideAccess: false })
      expect(published.docs).toHaveLength(0)
    })
  })

  it('should read source, people and editor where the seeds state them', () => {
    expect(drafts.get('000_9b9a8101bb4c71b3.txt')).toMatchObject({ source: '红网时刻新闻', author: '陈宗昊、文敏、吴维' })
    expect(drafts.get('001_0db06302fdcc0f39.txt')).toMatchObject({ source: '黄河新闻网晋城频道', author: '王春雨', editor: '彭欣' })
    expect(drafts.get('004_c588824008fb74a0.txt')).toMatchObject({ author: '赵玉鉴' })
  })

  it('should keep characters Markdown would read as syntax literally', () => {
    expect(lexicalText(drafts.get('002_6e47c956184a2b0b.txt')!.body)).toContain('“1+1+1>3”')
  })

  it('should keep section headings as headings', () => {
    const headings = blocks(drafts.get('001_0db06302fdcc0f39.txt')!.body).filter((node) => node.type === 'heading').map((node) => [node.tag, node.children[0].text])
    expect(headings).toEqual([
      ['h3', '建立健全坚强有力的组织管理体系'],
      ['h3', '建立健全顺畅高效的工作运行体系'],
      ['h3', '建立健全特色鲜明的政策制度体系'],
    ])
  })

  it('should keep image captions as captions', () => {
    const caption = blocks(drafts.get('000_9b9a8101bb4c71b3.txt')!.body)[0].children[0]
    expect(caption.text).toBe('会议现场。')
    expect(caption.format & 2).toBe(2)
  })

  it('should convert Traditional to Simplified and keep the original for the reviewer', () => {
    const record = drafts.get('002_6e47c956184a2b0b.txt')!.importRecord!
    expect(record.convertedFromTraditional).toBe(true)
    expect(record.originalText).toContain('服務(wù)')
    expect(record.sourceFile).toBe('002_6e47c956184a2b0b.txt')
    expect(record.warnings).toContain('标题取自正文第一句')
  })

  it('should keep Traditional text when conversion is switched off', async () => {
    const [file] = seedFiles().filter((seed) => seed.name.startsWith('003'))
    const run = await importArticles(payload, [file], { convertTraditional: false, dryRun: true })
    expect(run.items[0].title).toBe('交流學習拓思路,引進經驗促提升')
  })

  it('should suggest a category with its reason, and set nothing else as fact', () => {
    const record = drafts.get('000_9b9a8101bb4c71b3.txt')!.importRecord!
    expect(record).toMatchObject({ suggestedCategory: 'media', categoryReason: '来源“红网时刻新闻”是媒体' })
    expect(drafts.get('000_9b9a8101bb4c71b3.txt')!.stations ?? []).toEqual([])
  })

  it('should suggest the stations an article names', async () => {
    const station = (await payload.find({ collection: 'stations', where: { name: { equals: '南屏县城关镇退役军人服务站' } } })).docs[0]
    const text = '城关镇开展走访慰问\n2025-02-01 09:00\n城关镇退役军人服务站组织志愿者走访辖区内的困难退役军人,送去慰问品和节日问候。'
    const run = await importArticles(payload, [{ name: 'station.txt', data: new TextEncoder().encode(text) }])
    expect(run.items[0]).toMatchObject({ status: 'imported' })
    const draft = await payload.findByID({ collection: 'news', id: run.items[0].newsId!, draft: true, depth: 0 })
    expect(draft.importRecord?.suggestedStations).toEqual([station.id])
    expect(draft.stations ?? []).toEqual([])
  })

  it('should store the report with a line per file', async () => {
    const report = await payload.findByID({ collection: 'importReports', id: first.reportId!, depth: 0 })
    expect(report).toMatchObject({ imported: 5, skipped: 0, failed: 0, convertTraditional: true })
    expect(report.items?.map((item) => [item.file, item.status, item.news])).toEqual(
      first.items.map((item) => [item.file, 'imported', item.newsId]),
    )
  })

  it('should keep in the report what the reviewer has to check', async () => {
    const report = await payload.findByID({ collection: 'importReports', id: first.reportId!, depth: 0 })
    const untitled = report.items?.find((item) => item.file === '002_6e47c956184a2b0b.txt')
    expect(untitled?.warnings).toContain('标题取自正文第一句')
  })

  it('should skip and report every seed on a second run', async () => {
    const second = await importArticles(payload, seedFiles())
    expect(second.counts).toEqual({ imported: 0, skipped: 5, failed: 0 })
    expect(second.items.map((item) => item.duplicateOf)).toEqual(first.items.map((item) => item.newsId))
    expect(second.items[0].reason).toMatch(/^标题和日期与已有文章相同:《/u)
    const report = await payload.findByID({ collection: 'importReports', id: second.reportId!, depth: 0 })
    expect(report.items?.every((item) => item.status === 'skipped' && item.reason)).toBe(true)
  })

  it('should skip a near-identical copy filed under another title', async () => {
    const [file] = seedFiles().filter((seed) => seed.name.startsWith('001'))
    const copy = new TextDecoder().decode(file.data).replace('“三个体系”建设互促共进', '高平市退役军人事务工作').replaceAll('。', '。\n')
    const run = await importArticles(payload, [{ name: 'copy.txt', data: new TextEncoder().encode(copy) }])
    expect(run.items[0]).toMatchObject({ status: 'skipped', duplicateOf: drafts.get('001_0db06302fdcc0f39.txt')!.id })
    expect(run.items[0].reason).toMatch(/^正文与已有文章几乎相同/u)
  })

  it('should skip an article already on the site before any import', async () => {
    const existing = (await payload.find({ collection: 'news', where: { 'importRecord.importedAt': { exists: false } }, limit: 1 })).docs[0]
    const text = `${existing.title}\n${lexicalText(existing.body)}`
    const run = await importArticles(payload, [{ name: 'site.txt', data: new TextEncoder().encode(text) }], { dryRun: true })
    expect(run.items[0]).toMatchObject({ status: 'skipped', duplicateOf: existing.id })
  })

  it('should report a file without a body as failed and go on', async () => {
    const run = await importArticles(payload, [{ name: 'empty.txt', data: new TextEncoder().encode('返回顶部\n') }], { dryRun: true })
    expect(run.items[0]).toMatchObject({ status: 'failed', reason: '文件中没有找到正文' })
  })

  it('should write nothing on a dry run', async () => {
    const before = await payload.count({ collection: 'news' })
    const text = '预览测试文章标题\n2025-03-01\n这是一篇只用于预览的测试文章,内容足够长,用来确认预览不会写入数据库中的任何内容。'
    const run = await importArticles(payload, [{ name: 'preview.txt', data: new TextEncoder().encode(text) }], { dryRun: true })
    expect(run).toMatchObject({ dryRun: true, counts: { imported: 1 } })
    expect(run.reportId).toBeUndefined()
    expect(await payload.count({ collection: 'news' })).toEqual(before)
  })

  it('should create drafts as the editor who imports, and refuse a role without content rights', async () => {
    const editor = await userWith('editor')
    const allowedText = '编辑导入测试\n2025-04-01\n全县各乡镇陆续开展政策宣讲,服务站工作人员上门走访,收集退役军人的意见和建议。'
    const allowed = await importArticles(payload, [{ name: 'a.txt', data: new TextEncoder().encode(allowedText) }], { user: editor })
    expect(allowed.items[0].status).toBe('imported')
    const staff = await userWith('stationStaff')
    const refusedText = '站点导入测试\n2025-04-02\n青年志愿者来到敬老院,为老兵整理房间、理发,并表演了文艺节目,现场气氛热烈。'
    const refused = await importArticles(payload, [{ name: 'b.txt', data: new TextEncoder().encode(refusedText) }], { user: staff })
    expect(refused.items[0].status).toBe('failed')
    expect(await payload.count({ collection: 'news', where: { title: { equals: '站点导入测试' } } })).toEqual({ totalDocs: 0 })
  })

  it('should let no editor rewrite the import record', async () => {
    const editor = await userWith('editor')
    const draft = drafts.get('003_b73065619c32b59e.txt')!
    const updated = await payload.update({
      collection: 'news',
      id: draft.id,
      draft: true,
      data: { importRecord: { originalText: '篡改', sourceFile: 'forged.txt' } },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.importRecord?.sourceFile).toBe('003_b73065619c32b59e.txt')
  })

  it('should never show the import record to the public, even once published', async () => {
    const draft = drafts.get('004_c588824008fb74a0.txt')!
    await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } })
    const seen = await payload.findByID({ collection: 'news', id: draft.id, overrideAccess: false })
    expect(seen.title).toBe(draft.title)
    expect(seen.importRecord).toBeUndefined()
  })

  it('should import an HTML page and keep its figure caption as a caption', async () => {
    const html = [
      '<html><head><title>站点标题</title></head><body>',
      '<div class="crumbs">您的位置:首页 &gt; 工作动态</div>',
      '<h1>县局举办退役军人技能培训班</h1><p>发布时间:2025-05-06 08:30 | 来源:南屏县退役军人事务局</p>',
      '<figure><img src="a.jpg" alt=""><figcaption>培训现场</figcaption></figure>',
      '<p>5月6日,县退役军人事务局举办退役军人技能培训班,邀请专业教师讲授电工、焊工等实用技术,四十余名退役军人参加。</p>',
      '<div class="share">分享到:微信</div></body></html>',
    ].join('')
    const run = await importArticles(payload, [{ name: 'page.html', data: new TextEncoder().encode(html) }])
    expect(run.items[0]).toMatchObject({ status: 'imported', title: '县局举办退役军人技能培训班', source: '南屏县退役军人事务局' })
    const draft = await payload.findByID({ collection: 'news', id: run.items[0].newsId!, draft: true })
    const first = blocks(draft.body)[0].children[0]
    expect(first).toMatchObject({ text: '培训现场', format: 2 })
    expect(lexicalText(draft.body)).not.toMatch(/您的位置|分享到/u)
  })

  it('should show import reports to content staff only', async () => {
    await expect(payload.find({ collection: 'importReports', overrideAccess: false })).rejects.toThrow()
    const staff = await userWith('stationStaff')
    await expect(payload.find({ collection: 'importReports', user: staff, overrideAccess: false })).rejects.toThrow()
    const editor = await userWith('editor')
    const visible = await payload.find({ collection: 'importReports', user: editor, overrideAccess: false })
    expect(visible.totalDocs).toBeGreaterThan(0)
  })
})
