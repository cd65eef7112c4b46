import { describe, expect, it } from 'vitest'

import { findWords } from '../../src/payload/workflow/checks/findWords'
import { internalLinks, plainText, uploadIds } from '../../src/payload/workflow/checks/lexical'
import { LINKED_FIELDS, linkedIds, linkedProblems } from '../../src/payload/workflow/checks/linkedContent'
import { missingMetadata } from '../../src/payload/workflow/checks/metadata'
import { findUnmaskedPersonalData, maskForDisplay } from '../../src/payload/workflow/checks/personalData'
import { serviceGuideProblems } from '../../src/payload/workflow/checks/serviceGuide'
import { completeGuide } from '../helpers/guideFixture'

const paragraph = (...children: object[]) => ({ type: 'paragraph', children })
const text = (value: string) => ({ type: 'text', text: value })

describe('pre-publish checks', () => {
  it('should find every occurrence of a listed word with its surroundings', () => {
    expect(findWords('甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸禁词后文', ['禁词'])).toEqual([{ word: '禁词', excerpt: '…壬癸甲乙丙丁戊己庚辛壬癸禁词后文' }])
    expect(findWords('禁词和禁词', ['禁词', ' '])).toHaveLength(2)
  })

  it('should flag an unmasked ID-card and mobile number', () => {
    expect(findUnmaskedPersonalData('身份证 45212319800101123X,电话 13812345678').map((hit) => hit.kind)).toEqual(['idCard', 'mobile'])
  })

  it('should accept masked numbers and office landlines', () => {
    expect(findUnmaskedPersonalData('身份证 452123**********3X,电话 138****5678,办公 0771-1234567')).toEqual([])
  })

  it('should never show the full number in a message', () => {
    expect(maskForDisplay('13812345678')).toBe('138****5678')
  })

  it('should report missing policy metadata by its Chinese name', () => {
    expect(missingMetadata('policies', { issuer: '县局', documentNumber: ' ' })).toEqual(['文号', '成文日期', '施行日期'])
  })

  it('should read text, uploads and internal links from Lexical JSON', () => {
    const body = {
      root: {
        children: [
          paragraph(text('第一段'), { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'news', value: 'n1' } }, children: [text('链接')] }),
          { type: 'upload', relationTo: 'media', value: { id: 'm1' } },
          paragraph(text('第二段'), { type: 'link', fields: { linkType: 'custom', url: 'https://example.com' }, children: [] }),
        ],
      },
    }
    expect(plainText(body)).toBe('第一段链接\n\n第二段')
    expect(uploadIds(body)).toEqual(['m1'])
    expect(internalLinks(body)).toEqual([{ collection: 'news', id: 'n1' }])
  })
})

describe('pre-publish check of a 办事指南', () => {
  const guide = completeGuide({ station: 's1', policy: 'p1' })

  it('should pass a guide with every element', () => {
    expect(serviceGuideProblems(guide)).toEqual([])
  })

  it('should name each missing element in Chinese', () => {
    expect(serviceGuideProblems({ title: ' ' })).toEqual([
      '缺少事项名称',
      '缺少事项类型',
      '缺少人生事件/主题',
      '缺少服务对象',
      '缺少设定依据',
      '缺少受理条件',
      '缺少申请材料',
      '缺少办理流程',
      '缺少法定时限',
      '缺少承诺时限',
      '缺少收费标准:请勾选“不收费”或填写收费标准及依据',
      '缺少办理地点',
      '缺少办理时间',
      '缺少咨询电话',
      '缺少监督投诉电话',
    ])
  })

  it('should count an empty list, an empty rich text and a fee left open as missing', () => {
    const problems = serviceGuideProblems({
      ...guide,
      basis: [],
      places: [null],
      conditions: { root: { children: [{ type: 'paragraph', children: [] }] } },
      fee: { free: false, standard: '' },
    })
    expect(problems).toEqual(['缺少设定依据', '缺少受理条件', '缺少收费标准:请勾选“不收费”或填写收费标准及依据', '缺少办理地点'])
    expect(serviceGuideProblems({ ...guide, fee: { free: false, standard: '按成本收取工本费' } })).toEqual([])
  })

  it('should say which row of the materials and which step lacks what', () => {
    const problems = serviceGuideProblems({
      ...guide,
      materials: [{ name: '居民身份证', form: 'copy', copies: 1 }, { name: '退役证', copies: null }, { form: 'original', copies: 2 }],
      steps: [{ title: '申请' }, { description: '没有名称的步骤' }],
    })
    expect(problems).toEqual(['申请材料第2项“退役证”缺少原件/复印件、份数', '申请材料第3项缺少名称', '办理流程第2步缺少步骤名称'])
  })

  it('should accept 0 days (当场办结) and refuse a promise longer than the law allows', () => {
    expect(serviceGuideProblems({ ...guide, statutoryLimit: { days: 0, unit: '个工作日' }, promisedLimit: { days: 0, unit: '个工作日' } })).toEqual([])
    expect(serviceGuideProblems({ ...guide, promisedLimit: { days: 30, unit: '个工作日' } })).toEqual(['承诺时限(30)长于法定时限(20)'])
    expect(serviceGuideProblems({ ...guide, statutoryLimit: { days: 2, unit: '个月' } })).toEqual([])
    expect(serviceGuideProblems({ ...guide, statutoryLimit: { days: null, unit: '个工作日' } })).toEqual(['缺少法定时限'])
  })

  it('should refuse a 设定依据 or 办理地点 that is deleted, unpublished or repealed, and warn about an amended policy', () => {
    const [basis, places] = LINKED_FIELDS.serviceGuides
    expect(linkedIds([{ id: 'p1' }, 'p2', null])).toEqual(['p1', 'p2'])
    expect(
      linkedProblems(basis, [
        { title: '现行办法', _status: 'published', validity: 'in_force' },
        { title: '旧办法', _status: 'published', validity: 'repealed' },
        { title: '修订前的办法', _status: 'published', validity: 'amended' },
        { title: '草拟中的办法', _status: 'draft', validity: 'in_force' },
        null,
      ]),
    ).toEqual({
      errors: ['设定依据《旧办法》已废止,请改为现行有效的文件', '设定依据《草拟中的办法》尚未发布', '设定依据中有已删除的内容,请重新选择'],
      warnings: ['设定依据《修订前的办法》已修订,请确认是否应改为修订后的文件'],
    })
    expect(linkedProblems(places, [{ name: '南湖社区服务站', _status: 'draft' }]).errors).toEqual(['办理地点《南湖社区服务站》尚未发布'])
  })
})
