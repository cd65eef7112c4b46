/**
 * 政府信息公开 (《政府信息公开条例》2019): the 目录's category and 索引号 on every collection whose
 * items are disclosed, the rule that numbers them (assigned once, on first publication, unique
 * across the 目录), and the categories named once. The site's 政府信息公开 pages (/xxgk) read them.
 */
import type { CollectionConfig, CollectionSlug, Config, Field, Plugin } from 'payload'

import { toOptions } from '../constants/options'
import { addHooks } from '../hooks/addHooks'
import { uniqueValue } from '../fields/uniqueValue'
import { annualReportFields, snapshotFoiTable } from './annualReport'
import { assignIndexNumber } from './assignIndexNumber'
import { DISCLOSURE_CATEGORY_LABELS, type DisclosureCategory } from './categories'

export { DISCLOSURE_CATEGORIES, DISCLOSURE_CATEGORY_LABELS, type DisclosureCategory, isDisclosureCategory } from './categories'
export { FIRST_REPORT_YEAR, publishedCounts, REVIEW_BLOCKS, REVIEW_OUTCOMES, reportYearProblem } from './annualReport'
export { formatIndexNumber, indexNumberPrefix, nextIndexSequence } from './indexNumber'

export type DisclosureOptions = {
  /** The collections whose items go into the 目录, each with the category new items start with (none: chosen per item). */
  collections: Partial<Record<CollectionSlug, DisclosureCategory | null>>
  /** The collection whose items may be a year's 政府信息公开工作年度报告 (annualReport.ts). */
  annualReports?: CollectionSlug
}

const categoryField = (defaultValue: DisclosureCategory | null): Field => ({
  name: 'disclosureCategory',
  type: 'select',
  label: '信息公开类别',
  options: toOptions(DISCLOSURE_CATEGORY_LABELS),
  ...(defaultValue ? { defaultValue } : {}),
  admin: { position: 'sidebar', description: '选择后,发布时列入政府信息公开目录并生成索引号' },
})

const indexNumberField: Field = {
  name: 'indexNumber',
  type: 'text',
  label: '索引号',
  unique: true,
  index: true,
  admin: { position: 'sidebar', readOnly: true, description: '首次发布时自动生成,此后不再改变' },
  // Two publications at the same moment could compute the same number: the second is refused.
  hooks: { beforeChange: [uniqueValue('索引号重复,请再发布一次以生成新的索引号')] },
  // Only the hook writes it: whatever a client sends is dropped.
  access: { create: () => false, update: () => false },
}

const hasField = (collection: CollectionConfig, name: string) => collection.fields.some((field) => 'name' in field && field.name === name)

export const disclosure =
  ({ collections, annualReports }: DisclosureOptions): Plugin =>
  (config: Config): Config => {
    const slugs = Object.keys(collections) as CollectionSlug[]
    const missing = slugs.filter((slug) => !(config.collections ?? []).some((collection) => collection.slug === slug))
    if (missing.length) throw new Error(`disclosure(): no collection ${missing.map((slug) => `'${slug}'`).join(', ')} in the config`)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (!slugs.includes(collection.slug as CollectionSlug)) return collection
        if (hasField(collection, 'disclosureCategory')) throw new Error(`disclosure(): '${collection.slug}' already has a disclosureCategory field`)
        return {
          ...collection,
          fields: [
            ...collection.fields,
            categoryField(collections[collection.slug as CollectionSlug] ?? null),
            ...(hasField(collection, 'indexNumber') ? [] : [indexNumberField]),
            ...(collection.slug === annualReports ? annualReportFields : []),
          ],
          hooks: addHooks(collection.hooks, {
            beforeChange: [...(collection.slug === annualReports ? [snapshotFoiTable(collection.slug, slugs)] : []), assignIndexNumber(slugs)],
          }),
        }
      }),
    }
  }
