import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { prepareArticle } from '../../src/payload/import/prepareArticle'

/**
 * The corpus (tests/fixtures/import-corpus): pages written for these tests on the structures of
 * real portals — TRS/WCM pages, WeChat copies, news-app pages, county portals, GBK files, files
 * without a title line, metadata in one line or a table, every usual date form, HTML entities.
 * expected.json states what a reviewer would take out of each one.
 */
type Expected = {
  cls: string
  title: string
  titleFromBody: boolean
  titleShortened: boolean
  date: string | null
  source: string | null
  authors: string[]
  editor: string | null
  first: string
  last: string
  /** Lines the residue detector must quote, and no others. */
  residue: string[]
}

const CORPUS = path.resolve(__dirname, '../fixtures/import-corpus')
const expectations = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as Record<string, Expected>

/**
 * Lines of page chrome as a reviewer recognises them, written independently of patterns.ts:
 * none may stay in a body unless the residue detector flags it.
 */
const WIDGET =
  /打印|关闭窗口|字号|字体|分享|扫一扫|扫码|二维码|朋友圈|加载|下一页|下一篇|上一篇|阅读更多|查看全文|登录|注册|浏览次数|点击数|阅读 \d|相关(?:链接|附件|新闻|文章)|附件:|邮箱|版权所有|Copyright|©|&[a-z]+;|&#/iu

const classes = [...new Set(Object.values(expectations).map((expected) => expected.cls))]

describe('import corpus', () => {
  it('should hold at least 40 inputs, each with its expectations', () => {
    const files = readdirSync(CORPUS).filter((file) => file !== 'expected.json')
    expect(files.length).toBeGreaterThanOrEqual(40)
    expect(files.sort()).toEqual(Object.keys(expectations).sort())
  })

  for (const cls of classes) {
    describe(`class ${cls}`, () => {
      for (const [file, expected] of Object.entries(expectations).filter(([, entry]) => entry.cls === cls)) {
        it(`should read ${file} as a reviewer would`, () => {
          const article = prepareArticle(file, readFileSync(path.join(CORPUS, file)), { convertTraditional: true })
          const texts = article.paragraphs.map((paragraph) => paragraph.text)
          const residue = article.residue.map((finding) => finding.line)
          expect({
            title: article.title,
            titleFromBody: article.titleFromBody,
            titleShortened: article.titleShortened,
            date: article.publishedAt ?? null,
            source: article.source ?? null,
            authors: article.authors,
            editor: article.editor ?? null,
            first: texts[0],
            last: texts.at(-1),
            residue,
          }).toEqual({
            title: expected.title,
            titleFromBody: expected.titleFromBody,
            titleShortened: expected.titleShortened,
            date: expected.date,
            source: expected.source,
            authors: expected.authors,
            editor: expected.editor,
            first: expected.first,
            last: expected.last,
            residue: expected.residue,
          })
          expect(texts.filter((text) => WIDGET.test(text) && !residue.includes(text))).toEqual([])
          for (const line of residue) expect(article.warnings.some((warning) => warning.includes(`“${line}”`))).toBe(true)
          if (article.titleFromBody) expect(article.warnings.join('\n')).toContain('标题取自正文第一句')
        })
      }
    })
  }
})
