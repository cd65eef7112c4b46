import type { CollectionConfig, Config, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { mediaUse } from '../../src/payload/mediaUse'
import { siteCache } from '../../src/payload/siteCache'
import { workflow } from '../../src/payload/workflow'
import { GLOBAL_WORKFLOW_CHAINS, WORKFLOW_CHAINS } from '../../src/payload/workflow/chains'

const reviewed = (slug: string, versions: CollectionConfig['versions'] = { drafts: {}, maxPerDoc: 100 }): CollectionConfig => ({
  slug,
  versions,
  fields: [{ name: 'title', type: 'text' }],
})
const global = (slug: string): GlobalConfig => ({ slug, fields: [{ name: 'name', type: 'text' }] })

/** Every collection and global with a review chain, as the collections declare them, plus the accounts. */
const baseConfig = (change: (collection: CollectionConfig) => CollectionConfig = (collection) => collection): Config =>
  ({
    collections: [...Object.keys(WORKFLOW_CHAINS).map((slug) => change(reviewed(slug))), { slug: 'users', auth: true, fields: [] }],
    globals: Object.keys(GLOBAL_WORKFLOW_CHAINS).map(global),
  }) as unknown as Config

const names = (hooks: unknown[] | undefined) => (hooks ?? []).map((hook) => (hook as { name: string }).name)
const applyAll = async (config: Config, plugins: ((config: Config) => Config | Promise<Config>)[]) => {
  let result = config
  for (const plugin of plugins) result = await plugin(result)
  return result
}

describe('workflow()', () => {
  it('should keep Payload’s scheduler off for a reviewed collection that does not state it', async () => {
    const config = await workflow()(baseConfig())
    const news = config.collections!.find((collection) => collection.slug === 'news')!
    expect(news.versions).toEqual({ drafts: { schedulePublish: false }, maxPerDoc: 100 })
  })

  it('should refuse, not override, a reviewed collection that turns on schedulePublish', () => {
    const scheduled = baseConfig((collection) =>
      collection.slug === 'news' ? reviewed('news', { drafts: { schedulePublish: true }, maxPerDoc: 100 }) : collection,
    )
    expect(() => workflow()(scheduled)).toThrow(/collection 'news' turns on Payload's schedulePublish/)
  })

  it('should refuse a reviewed collection without drafts, or with its own Publish button', () => {
    expect(() => workflow()(baseConfig((collection) => (collection.slug === 'news' ? { ...collection, versions: { maxPerDoc: 100 } } : collection)))).toThrow(
      /collection 'news' has no drafts/,
    )
    const ownButton = baseConfig((collection) =>
      collection.slug === 'policies' ? { ...collection, admin: { components: { edit: { PublishButton: '/x#X' } } } } : collection,
    )
    expect(() => workflow()(ownButton)).toThrow(/collection 'policies' sets its own Publish\/Unpublish button/)
  })

  it('should refuse a reviewed global that states its own versions or read access', () => {
    const config = baseConfig()
    const withVersions = { ...config, globals: config.globals!.map((g) => (g.slug === 'navigation' ? { ...g, versions: { max: 5 } } : g)) }
    expect(() => workflow()(withVersions)).toThrow(/global 'navigation' states its own versions/)
    const withRead = { ...config, globals: config.globals!.map((g) => (g.slug === 'siteSettings' ? { ...g, access: { read: () => true } } : g)) }
    expect(() => workflow()(withRead)).toThrow(/global 'siteSettings' states its own read access/)
  })

  it('should refuse a config that lacks a collection its chains name', () => {
    const config = baseConfig()
    expect(() => workflow()({ ...config, collections: config.collections!.filter((c) => c.slug !== 'stations') })).toThrow(/'stations' missing/)
  })
})

describe('plugin order', () => {
  it('should run the hooks of mediaUse, then workflow, then siteCache, as the wrappers did', async () => {
    const config = await applyAll(baseConfig(), [
      mediaUse({ collections: ['news'] }),
      workflow(),
      siteCache({ collections: ['news'], globals: ['navigation'] }),
    ])
    const news = config.collections!.find((collection) => collection.slug === 'news')!
    expect(names(news.hooks?.beforeOperation)).toEqual(['guardPublication'])
    expect(names(news.hooks?.beforeChange)).toEqual(['listMediaUsed', 'applyWorkflow'])
    expect(names(news.hooks?.afterChange)).toEqual(['recomputeAfterChange', 'auditPlainChanges', 'afterChange'])
    expect(names(news.hooks?.afterDelete)).toEqual(['recomputeAfterDelete', 'auditDeletes', 'afterDelete'])
    const navigation = config.globals!.find((g) => g.slug === 'navigation')!
    expect(names(navigation.hooks?.afterChange)).toEqual(['auditGlobalSaves', 'afterGlobalChange'])
  })

  it('should refuse a slug that is not in the config', () => {
    expect(() => siteCache({ collections: ['nope'], globals: [] })(baseConfig())).toThrow(/siteCache\(\): no collection 'nope'/)
    expect(() => mediaUse({ collections: ['nope'] })(baseConfig())).toThrow(/mediaUse\(\): no collection 'nope'/)
    expect(() => mediaUse({ collections: [], globals: ['nope'] })(baseConfig())).toThrow(/mediaUse\(\): no global 'nope'/)
  })
})
