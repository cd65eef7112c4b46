import { describe, expect, it } from 'vitest'

import { readFileSync } from 'node:fs'
import path from 'node:path'

import { plainLexical } from '../../src/payload/fields/plainLexical'
import type { BureauFile, MediaEntry, ServiceGuideFile, Status } from '../../src/payload/seed/contentTypes'
import { orderByDependency } from '../../src/payload/seed/orderByDependency'
import { AUDIENCE_LABELS, LIFE_EVENT_LABELS } from '../../src/payload/constants/serviceGuides'
import { parseMarkdown, readFolder, readYaml } from '../../src/payload/seed/readContent'
import { serviceGuideProblems } from '../../src/payload/workflow/checks/serviceGuide'

describe('content files', () => {
  it('should split YAML front matter from the Markdown body', () => {
    const item = parseMarkdown<{ slug: string; tags: string[] }>('---\nslug: a\ntags: [x, y]\n---\n\n正文第一段。\n')
    expect(item.data).toEqual({ slug: 'a', tags: ['x', 'y'] })
    expect(item.body).toBe('正文第一段。')
  })

  it('should name the file when front matter is missing', () => {
    expect(() => parseMarkdown('no front matter', 'news/x.md')).toThrow('news/x.md')
  })
})

describe('dependency order', () => {
  const key = (item: { slug: string }) => item.slug
  const dep = (item: { replacedBy?: string }) => item.replacedBy

  it('should put a replacement before the items that name it', () => {
    const items = [{ slug: 'old', replacedBy: 'new' }, { slug: 'older', replacedBy: 'old' }, { slug: 'new' }]
    expect(orderByDependency(items, key, dep).map(key)).toEqual(['new', 'old', 'older'])
  })

  it('should refuse a cycle', () => {
    const items = [
      { slug: 'a', replacedBy: 'b' },
      { slug: 'b', replacedBy: 'a' },
    ]
    expect(() => orderByDependency(items, key, dep)).toThrow('circular')
  })
})

describe('demo service guides', () => {
  const contentDir = path.resolve('content')
  const guides = readFolder<ServiceGuideFile>(contentDir, 'serviceGuides')
  const published = (folder: string) =>
    new Set(
      readFolder<{ slug: string; status: Status }>(contentDir, folder)
        .filter((item) => item.data.status === 'published')
        .map((item) => item.data.slug),
    )

  it('should each pass the pre-publish check, as a published guide must', () => {
    expect(guides.length).toBeGreaterThanOrEqual(12)
    for (const { file, data, body } of guides) {
      expect({ file, problems: serviceGuideProblems({ ...data, conditions: plainLexical(body.split(/\n+/)) }) }).toEqual({ file, problems: [] })
    }
  })

  it('should name only published policies as 设定依据 and published stations as 办理地点', () => {
    const policies = published('policies')
    const stations = published('stations')
    for (const { file, data } of guides) {
      expect({ file, basis: data.basis.filter((slug) => !policies.has(slug)) }).toEqual({ file, basis: [] })
      expect({ file, places: data.places.filter((slug) => !stations.has(slug)) }).toEqual({ file, places: [] })
    }
  })

  it('should cover every life event and audience the 办事服务 index groups by', () => {
    expect(new Set(guides.map((guide) => guide.data.lifeEvent))).toEqual(new Set(Object.keys(LIFE_EVENT_LABELS)))
    expect(new Set(guides.flatMap((guide) => guide.data.audiences))).toEqual(new Set(Object.keys(AUDIENCE_LABELS)))
  })

  it('should offer forms that are PDFs listed in media/index.yaml', () => {
    const media = new Set(readYaml<{ file: string }[]>(contentDir, 'media/index.yaml').map((entry) => entry.file))
    const forms = guides.flatMap(({ data }) => data.materials.flatMap((row) => [row.blankForm, row.sample].filter((file): file is string => Boolean(file))))
    expect(forms.length).toBeGreaterThanOrEqual(6)
    for (const file of forms) {
      expect(media.has(file), file).toBe(true)
      expect(readFileSync(path.join(contentDir, 'media', file)).subarray(0, 5).toString()).toBe('%PDF-')
    }
  })
})

describe('demo 机构概况', () => {
  const content = path.resolve('content')
  const bureau = readYaml<BureauFile>(content, 'bureau.yaml')
  const media = readYaml<MediaEntry[]>(content, 'media/index.yaml')

  it('should hold four current leaders with photos, one former leader, six 内设机构 and two 直属单位', () => {
    const current = bureau.leaders.filter((leader) => leader.inOffice !== false)
    expect(current).toHaveLength(4)
    expect(bureau.leaders.filter((leader) => leader.inOffice === false)).toHaveLength(1)
    expect(new Set(bureau.leaders.map((leader) => leader.order)).size).toBe(bureau.leaders.length)
    for (const leader of bureau.leaders) {
      expect(media.find((entry) => entry.file === leader.photo)?.alt, leader.slug).toBeTruthy()
      expect(leader.duties && leader.resume && leader.position, leader.slug).toBeTruthy()
    }
    expect(bureau.units.filter((unit) => unit.kind === 'internal')).toHaveLength(6)
    expect(bureau.units.filter((unit) => unit.kind === 'affiliated')).toHaveLength(2)
    expect(bureau.units.every((unit) => unit.phone && unit.duties)).toBe(true)
  })

  it('should point the contact map at the station entry of the county centre', () => {
    const stations = readFolder<{ slug: string; level: string }>(content, 'stations')
    expect(stations.find((station) => station.data.slug === bureau.profile.contactStation)?.data.level).toBe('county')
  })
})
