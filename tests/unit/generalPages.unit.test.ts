import { describe, expect, it } from 'vitest'

import { PAGE_SECTION_LABELS } from '../../src/payload/constants/pages'
import { publicPath } from '../../src/shared'
import { attachmentFiles, groupDownloads, guideFiles } from '../../src/site/lib/downloads'
import { groupSiteMap } from '../../src/site/lib/siteMap'
import { sectionNamed, sectionOf } from '../../src/site/lib/siteSections'

const pdf = (name: string, alt = '') => ({ url: `/api/media/file/${name}.pdf`, filename: `${name}.pdf`, alt, mimeType: 'application/pdf', filesize: 2048 })
const none = { serviceGuides: [], consultations: [], pages: [], policies: [] }

describe('页面: sections and paths', () => {
  it('should name a menu section for every 所属栏目', () => {
    for (const label of Object.values(PAGE_SECTION_LABELS)) expect(sectionNamed(label)?.label).toBe(label)
  })

  it('should read a page at /pages/<slug> and put the 下载中心 under 办事服务', () => {
    expect(publicPath('pages', { slug: 'director-mailbox' })).toBe('/pages/director-mailbox')
    expect(sectionOf('/downloads')?.label).toBe('办事服务')
  })

  it('should group a general page in the 网站地图 by its 所属栏目, not by its address', () => {
    const groups = groupSiteMap([
      { title: '首页', href: '/', pages: [] },
      { title: '局长信箱', href: '/pages/director-mailbox', pages: [], top: '互动交流' },
      { title: '下载中心', href: '/downloads', pages: [] },
    ])
    expect(groups.find((group) => group.title === '互动交流')?.sections.map((section) => section.href)).toEqual(['/pages/director-mailbox'])
    expect(groups.find((group) => group.title === '办事服务')?.sections.map((section) => section.href)).toEqual(['/downloads'])
  })
})

describe('下载中心: groupDownloads', () => {
  it('should list readable files by source in a fixed order, each linked to its page, and drop empty groups', () => {
    const groups = groupDownloads({
      ...none,
      policies: [{ title: '政策', href: '/policies/p', files: attachmentFiles([pdf('p', '政策附件')], '政策') }],
      serviceGuides: [{ title: '优待证申领', href: '/services/card', files: guideFiles([{ name: '申领表', blankForm: pdf('blank'), sample: pdf('sample', '申领表样表') }]) }],
    })
    expect(groups.map((group) => group.source)).toEqual(['serviceGuides', 'policies'])
    expect(groups[0].files).toEqual([
      { name: '申领表(空白表格)', href: '/api/media/file/blank.pdf', filename: 'blank.pdf', mimeType: 'application/pdf', filesize: 2048, from: { title: '优待证申领', href: '/services/card' } },
      { name: '申领表样表', href: '/api/media/file/sample.pdf', filename: 'sample.pdf', mimeType: 'application/pdf', filesize: 2048, from: { title: '优待证申领', href: '/services/card' } },
    ])
  })

  it('should leave out a file the public may not read, a document without a page and a file listed twice by one document', () => {
    const groups = groupDownloads({
      ...none,
      pages: [
        { title: '专题', href: '/pages/topic', files: attachmentFiles(['hidden-id', null, pdf('a'), pdf('a')], '专题') },
        { title: '无网址', href: null, files: attachmentFiles([pdf('b')], '无网址') },
      ],
    })
    expect(groups).toHaveLength(1)
    expect(groups[0].files.map((file) => [file.name, file.href])).toEqual([['专题(附件)', '/api/media/file/a.pdf']])
    expect(groupDownloads(none)).toEqual([])
  })
})
