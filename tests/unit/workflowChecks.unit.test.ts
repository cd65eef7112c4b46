import { describe, expect, it } from 'vitest'

import { findWords } from '../../src/payload/workflow/checks/findWords'
import { internalLinks, plainText, uploadIds } from '../../src/payload/workflow/checks/lexical'
import { missingMetadata } from '../../src/payload/workflow/checks/metadata'
import { findUnmaskedPersonalData, maskForDisplay } from '../../src/payload/workflow/checks/personalData'

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
