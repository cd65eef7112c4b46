import { describe, expect, it } from 'vitest'

import { cutTrailer, isPortalChrome, isTrailerStart, normalizeLine, removeReadingJunk, removeTitleRepeats, splitRunOnParagraphs, stripKeywordTail, stripTitlePrefix } from '../../src/payload/import/clean'

describe('reading junk', () => {
  it('should remove a toneless reading glued after a Simplified character', () => {
    expect(removeReadingJunk('走访村(cun)里的老兵')).toBe('走访村里的老兵')
  })

  it('should remove readings with tone marks in Traditional text', () => {
    expect(removeReadingJunk('優撫(fǔ)對象服務(wù)到位')).toBe('優撫對象服務到位')
  })

  it('should remove full-width parentheses and readings with ü', () => {
    expect(removeReadingJunk('绿(lǜ)色通道')).toBe('绿色通道')
  })

  it('should keep Han text in parentheses', () => {
    const text = '街道(乡镇)服务站(以下简称“服务站”)'
    expect(removeReadingJunk(text)).toBe(text)
  })

  it('should keep reporter credits in parentheses', () => {
    const text = '本报讯(记者 张三 通讯员 李四)近日'
    expect(removeReadingJunk(text)).toBe(text)
  })

  it('should keep Latin abbreviations that are not pinyin', () => {
    const text = '应用程序(APP)和二维码(QR)'
    expect(removeReadingJunk(text)).toBe(text)
  })

  it('should keep a Latin word in parentheses that follows no Han character', () => {
    expect(removeReadingJunk('2024 (xin) 年')).toBe('2024 (xin) 年')
  })

  it('should remove a reading nested inside real parentheses and keep the outer ones', () => {
    expect(removeReadingJunk('(以下(xia)简称“两站”)')).toBe('(以下简称“两站”)')
  })
})

describe('portal chrome', () => {
  it('should recognise breadcrumbs', () => {
    expect(isPortalChrome('您的位置:首页 > 新闻')).toBe(true)
    expect(isPortalChrome('首頁 >國內 >')).toBe(true)
    expect(isPortalChrome('当前位置 首页 > > 地方 > 县区')).toBe(true)
  })

  it('should recognise a site slogan line', () => {
    expect(isPortalChrome('某某生活网 - 本地人的网站!')).toBe(true)
  })

  it('should recognise image placeholders, sitemap lines and back-to-top links', () => {
    expect(isPortalChrome('标题ALT')).toBe(true)
    expect(isPortalChrome('sitemapsitemap1sitemap2')).toBe(true)
    expect(isPortalChrome('返回顶部')).toBe(true)
  })

  it('should recognise disclaimers and copyright notices in both scripts', () => {
    expect(isPortalChrome('免责声明:本站内容仅供参考。')).toBe(true)
    expect(isPortalChrome('鄭重聲明:本文版權歸原作者所有')).toBe(true)
    expect(isPortalChrome('版权号:123456')).toBe(true)
  })

  it('should recognise share buttons and a navigation bar', () => {
    expect(isPortalChrome('分享到:微信 微博')).toBe(true)
    expect(isPortalChrome('   资讯     要闻     专题     图片     视频   ')).toBe(true)
  })

  it('should recognise an empty keyword line and a portal summary', () => {
    expect(isPortalChrome('关键词:')).toBe(true)
    expect(isPortalChrome('核心提示:会议要求……')).toBe(true)
  })

  it('should leave article sentences alone', () => {
    expect(isPortalChrome('会议要求,各级服务站要做到“1+1+1>3”。')).toBe(false)
    expect(isPortalChrome('一、聚焦服务保障,在阵地建设上下功夫。')).toBe(false)
    expect(isPortalChrome('县退役军人服务中心')).toBe(false)
  })
})

describe('trailers', () => {
  it('should recognise the heading of a related-articles list', () => {
    expect(isTrailerStart('猜你喜欢')).toBe(true)
    expect(isTrailerStart('推薦閱讀')).toBe(true)
    expect(isTrailerStart('相关新闻:')).toBe(true)
    expect(isTrailerStart('推荐阅读书目对老兵很有帮助。')).toBe(false)
  })

  it('should drop everything from the trailer heading on', () => {
    expect(cutTrailer(['正文一。', '正文二。', '猜你喜欢', '别的文章 2020-01-01'])).toEqual(['正文一。', '正文二。'])
  })
})

describe('titles', () => {
  it('should cut a keyword tail of short comma-separated words', () => {
    expect(stripKeywordTail('某县召开双拥工作会议,建设,服务,街道')).toBe('某县召开双拥工作会议')
  })

  it('should keep a title with one real comma clause', () => {
    expect(stripKeywordTail('走访慰问暖人心,政策落实见成效')).toBe('走访慰问暖人心,政策落实见成效')
  })

  it('should cut a portal’s click-bait prefix in both scripts', () => {
    expect(stripTitlePrefix('当前简讯:县局开展走访活动')).toBe('县局开展走访活动')
    expect(stripTitlePrefix('當前簡訊:縣局開展走訪活動')).toBe('縣局開展走訪活動')
    expect(stripTitlePrefix('关注老兵就业')).toBe('关注老兵就业')
  })

  it('should drop repeated title lines whatever their spacing or keyword tail', () => {
    const lines = ['县局召开“双拥”  推进会', '县局召开“双拥”推进会,双拥,服务', '会议指出……。']
    expect(removeTitleRepeats(lines, '县局召开“双拥” 推进会')).toEqual(['会议指出……。'])
  })
})

describe('layout', () => {
  it('should fold full-width and no-break spaces', () => {
    expect(normalizeLine('\u3000\u3000正文\u00a0 开始  ')).toBe('正文 开始')
  })

  it('should split paragraphs that lost their line break', () => {
    expect(splitRunOnParagraphs('会议召开。 上午,代表参观。 “好!” 下午座谈。')).toEqual([
      '会议召开。',
      '上午,代表参观。',
      '“好!”',
      '下午座谈。',
    ])
  })

  it('should not split a title at a space after a closing quote', () => {
    expect(splitRunOnParagraphs('着力“两个聚焦” 确保“同心同向”')).toEqual(['着力“两个聚焦” 确保“同心同向”'])
  })
})
