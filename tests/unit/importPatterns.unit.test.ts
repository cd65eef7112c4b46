import { describe, expect, it } from 'vitest'

import { removeChrome } from '../../src/payload/import/clean'
import { findDateTime } from '../../src/payload/import/extract/dateTime'
import { readMetaLine, splitFields } from '../../src/payload/import/extract/metaLine'
import { findResidue, looksLikeResidue } from '../../src/payload/import/extract/residue'
import { firstSentenceTitle } from '../../src/payload/import/extract/titleFromBody'
import { decodeEntities } from '../../src/payload/import/extract/htmlToText'
import { CHROME_PATTERNS } from '../../src/payload/import/patterns'

/** For every pattern: lines it must take, and article lines near it that it must leave. */
const EXAMPLES: Record<string, { takes: string[]; leaves: string[] }> = {
  'breadcrumb-label': { takes: ['您的位置:首页 > 新闻', '当前位置:工作动态'], leaves: ['当前位置的确定十分重要。'] },
  'breadcrumb-home': { takes: ['首页 > 政务公开 > 工作动态', '首頁 >國內 >'], leaves: ['首页上线了新栏目,欢迎访问。'] },
  'breadcrumb-arrows': { takes: ['网站首页 > 新闻中心'], leaves: ['服务站建设 > 全省平均水平,成效明显。'] },
  'site-slogan': { takes: ['某某生活网 - 本地人自己的网站!'], leaves: ['县融媒体中心记者走进服务站。'] },
  'image-alt': { takes: ['标题ALT', 'ALT'], leaves: ['ALT 键'] },
  sitemap: { takes: ['sitemap1sitemap2'], leaves: ['网站地图已更新。'] },
  'page-tools': { takes: ['【打印本页】 【关闭窗口】', '[打印本页] [关闭窗口]', '【我要纠错】【打印】【关闭】', '返回顶部'], leaves: ['打印机已配发到各服务站。'] },
  'close-button': { takes: ['× 关闭', '×'], leaves: ['3×3 米的展板'] },
  'site-name': { takes: ['青山县人民政府门户网站'], leaves: ['青山县退役军人事务局'] },
  'site-footer': { takes: ['主办:石桥镇人民政府', '湘ICP备12345678号', '联系我们:0731-1234567'], leaves: ['主办方邀请退役军人代表发言。'] },
  'open-app': { takes: ['打开APP', '打开APP 阅读更多精彩内容', '下载客户端 看更多新闻'], leaves: ['打开思路,创新服务方式。'] },
  'follow-prompt': { takes: ['点击蓝字 关注我们', '长按二维码关注我们', '关注该公众号'], leaves: ['社会各界高度关注我们的退役军人工作,纷纷点赞。'] },
  'wechat-actions': { takes: ['分享', '收藏', '分享收藏点赞在看', '点赞 在看'], leaves: ['分享经验'] },
  'wechat-ask': { takes: ['喜欢就点个“在看”吧'], leaves: ['大家纷纷点赞。'] },
  'wechat-swipe': { takes: ['继续滑动看下一个', '向上滑动看下一个'], leaves: ['滑动门已经安装。'] },
  'end-mark': { takes: ['END', '—END—', '- END -'], leaves: ['WEEKEND'] },
  'font-size': { takes: ['字号:[大 中 小]', '【字号 大 中 小】', '【字体:大 中 小】'], leaves: ['字号较大的标语。'] },
  'share-to': { takes: ['分享到:', '分享至'], leaves: ['大家分享了经验。'] },
  'scan-share': { takes: ['扫一扫在手机打开当前页', '微信扫一扫分享到朋友圈', '扫描二维码分享到微信'], leaves: ['扫描仪已配发到服务站,工作人员现场扫描档案。'] },
  'wechat-share': { takes: ['点击右上角分享到朋友圈', '分享到微信朋友圈'], leaves: ['他把照片分享到朋友圈,引来许多战友点赞,大家纷纷留言。'] },
  'load-next': { takes: ['点击加载下一页', '上拉加载下一篇', '点击查看全文', '加载更多'], leaves: ['查看更多资料后,他写下了心得。'] },
  login: { takes: ['登录', '请登录后评论', '登录 | 注册'], leaves: [] },
  disclaimer: { takes: ['免责声明:本站不对内容负责', '郑重声明:版权归原作者所有'], leaves: ['他郑重表示要履行职责。'] },
  copyright: { takes: ['版权号:18172771662813', '版权所有', '© 东湖区人民政府 版权所有', 'Copyright © 2024'], leaves: ['版权意识不断增强。'] },
  'closing-filler': { takes: ['以上就是本篇文章的全部内容了'], leaves: ['以上就是我们的主要做法。'] },
  summary: { takes: ['核心提示:着力五个聚焦'], leaves: ['核心是服务。'] },
  'empty-keywords': { takes: ['关键词:', '關鍵詞:'], leaves: ['关键词:退役军人'] },
  'prev-next': { takes: ['上一篇:某某县召开会议', '下一篇:无'], leaves: ['下一篇章即将开启。'] },
  counters: { takes: ['浏览次数:318', '阅读:1024', '点击数:56 | 评论:3', '【浏览 12 次】'], leaves: ['阅读是一种习惯。'] },
  'mail-line': { takes: ['投稿邮箱:', '投稿邮箱:cnxwb@163.com', 'E-mail:'], leaves: ['请将材料发送至指定邮箱,逾期不再受理。'] },
  'original-link': { takes: ['原文链接:http://www.example.gov.cn/art/2021/1/20/art_12_345.html', '【本文地址】 https://news.example.cn/a/123'], leaves: ['原文链接已失效的问题,已反馈至网站管理员。'] },
  'attachment-heading': { takes: ['附件:', '相关附件', '附件下载'], leaves: ['附件1:退役军人信息采集表'] },
  'related-heading': { takes: ['相关链接', '猜你喜欢', '推薦閱讀', '往期回顾', '热门文章:'], leaves: ['相关部门积极配合。'] },
}

describe('chrome patterns', () => {
  it('should have examples for every pattern and no stale ones', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(CHROME_PATTERNS.map((entry) => entry.id).sort())
  })

  for (const entry of CHROME_PATTERNS) {
    it(`should take ${entry.id} (${entry.description}) and leave article lines`, () => {
      const { takes, leaves } = EXAMPLES[entry.id]
      for (const line of takes) expect(entry.pattern.test(line), line).toBe(true)
      for (const line of leaves) expect(entry.pattern.test(line), line).toBe(false)
    })
  }

  it('should drop top and bottom patterns only near the edges of a page', () => {
    const body = Array.from({ length: 16 }, (_, index) => `第${index + 1}段正文,内容较长,是文章的一部分。`)
    const page = ['登录', ...body.slice(0, 8), '附件:', ...body.slice(8), '附件:']
    expect(removeChrome(page)).toEqual([...body.slice(0, 8), '附件:', ...body.slice(8)])
  })

  it('should take the site name above a navigation bar and nothing else', () => {
    expect(removeChrome(['青山县退役军人事务局', '网站首页  机构概况  政策法规  工作动态', '县局开展走访'])).toEqual(['县局开展走访'])
    expect(removeChrome(['县局开展走访', '2024-01-01'])).toEqual(['县局开展走访', '2024-01-01'])
  })
})

describe('date forms', () => {
  const forms: [string, string][] = [
    ['2021-1-20', '2021-01-19T16:00:00.000Z'],
    ['2021-01-20', '2021-01-19T16:00:00.000Z'],
    ['2021/01/20', '2021-01-19T16:00:00.000Z'],
    ['2021/1/20', '2021-01-19T16:00:00.000Z'],
    ['2021.01.20', '2021-01-19T16:00:00.000Z'],
    ['2021年1月20日', '2021-01-19T16:00:00.000Z'],
    ['2021年01月20日 09:30', '2021-01-20T01:30:00.000Z'],
    ['发布时间:2021-01-20 14:05', '2021-01-20T06:05:00.000Z'],
    ['日期:2021-1-20 9:05', '2021-01-20T01:05:00.000Z'],
    ['2021-01-20 14:05:33', '2021-01-20T06:05:33.000Z'],
    ['2021年1月20日14时05分', '2021-01-20T06:05:00.000Z'],
  ]
  for (const [text, iso] of forms) {
    it(`should read ${text}`, () => {
      expect(findDateTime(text)).toBe(iso)
    })
  }

  it('should read a date line followed by counters as metadata', () => {
    expect(readMetaLine('2021-1-20 浏览次数:235')).toMatchObject({ publishedAt: '2021-01-19T16:00:00.000Z' })
    expect(readMetaLine('2021-1-20 阅读 1234')).toMatchObject({ publishedAt: '2021-01-19T16:00:00.000Z' })
  })

  it('should not take an index number for a date', () => {
    expect(splitFields('索引号:11430000-01-2024-0012 发布机构:某局')).toEqual(['索引号:11430000-01-2024-0012', '发布机构:某局'])
  })
})

describe('metadata in one line', () => {
  it('should take apart source, author, editor and date-time written one after another', () => {
    expect(readMetaLine('来源:某某县融媒体中心 作者:张三 李四 责任编辑:王五 2021-3-5 10:20')).toEqual({
      source: '某某县融媒体中心',
      authors: ['张三', '李四'],
      editor: '王五',
      publishedAt: '2021-03-05T02:20:00.000Z',
    })
  })

  it('should take apart fields with nothing between them', () => {
    expect(readMetaLine('来源:某某网作者:张三责任编辑:王五发布时间:2021年3月5日 10:20')).toEqual({
      source: '某某网',
      authors: ['张三'],
      editor: '王五',
      publishedAt: '2021-03-05T02:20:00.000Z',
    })
  })

  it('should gather reporters and correspondents and keep the first editor', () => {
    expect(readMetaLine('记者:甲某某 通讯员:乙某 编辑:丙某 审核:丁某')).toEqual({ authors: ['甲某某', '乙某'], editor: '丙某' })
  })

  it('should read labels followed by a space or a bar, and bracketed fields', () => {
    expect(readMetaLine('2024-01-19 09:00 来源:某某融媒 记者 张三 编辑 李四')).toMatchObject({ source: '某某融媒', authors: ['张三'], editor: '李四' })
    expect(readMetaLine('来源 | 某某服务站')).toEqual({ source: '某某服务站' })
    expect(readMetaLine('[来源:某局] [作者:张三] [时间:2023-06-05 15:00] [字号:大 中 小]')).toMatchObject({ source: '某局', authors: ['张三'] })
  })

  it('should read the header of a WeChat copy or a news app', () => {
    expect(readMetaLine('原创 某某发布 某某发布 2024-07-31 18:06 湖北')).toEqual({ publishedAt: '2024-07-31T10:06:00.000Z', outlet: '某某发布' })
  })

  it('should leave prose alone', () => {
    expect(readMetaLine('记者从县退役军人事务局获悉,今年共走访慰问三百户。')).toBeUndefined()
    expect(readMetaLine('来源于群众,服务于群众。')).toBeUndefined()
  })
})

describe('residue', () => {
  it('should flag short interface lines at the ends of a body and quote them', () => {
    const paragraphs = ['字体放大 | 字体缩小', '正文第一段,写得很长,有句号。', '第二段。', '第三段。', '第四段。', '阅读量 1.5万 | 点赞 36'].map((text) => ({ kind: 'text' as const, text }))
    expect(findResidue(paragraphs)).toEqual([
      { where: 'start', line: '字体放大 | 字体缩小' },
      { where: 'end', line: '阅读量 1.5万 | 点赞 36' },
    ])
  })

  it('should not flag headings, signatures or sentences', () => {
    expect(looksLikeResidue('青山县退役军人事务局')).toBe(false)
    expect(looksLikeResidue('一、聚焦党建引领')).toBe(false)
    expect(looksLikeResidue('点击量逐年上升。')).toBe(false)
  })
})

describe('titles from the first sentence', () => {
  it('should leave out the dateline and its credits', () => {
    expect(firstSentenceTitle('某某新闻网4月4日讯(通讯员 张三) 近日,县局开展清明祭扫活动。')).toEqual({ title: '县局开展清明祭扫活动', shortened: false })
    expect(firstSentenceTitle('新华社北京4月4日电(记者 李四)退役军人事务部印发通知。').title).toBe('退役军人事务部印发通知')
    expect(firstSentenceTitle('本报讯 (记者 王五)县局举行座谈会。').title).toBe('县局举行座谈会')
  })

  it('should cut a long sentence at its first clause boundary', () => {
    const long = '县退役军人事务局组织开展清明祭扫活动,全县各乡镇退役军人服务站工作人员、志愿者和退役军人代表共一百二十余人参加了活动。'
    expect(firstSentenceTitle(long)).toEqual({ title: '县退役军人事务局组织开展清明祭扫活动', shortened: true })
  })

  it('should cut hard with an ellipsis when there is no clause boundary', () => {
    const { title, shortened } = firstSentenceTitle(`县局${'组织'.repeat(40)}、${'开展'.repeat(10)}。`)
    expect(title).toHaveLength(50)
    expect(title.endsWith('…')).toBe(true)
    expect(shortened).toBe(true)
  })
})

describe('entities', () => {
  it('should decode every named and numeric entity', () => {
    expect(decodeEntities('甲&emsp;乙&ensp;丙&copy;丁&times;戊&#x3001;己&#12289;庚&amp;')).toBe('甲\u2003乙\u2002丙©丁×戊、己、庚&')
  })
})
