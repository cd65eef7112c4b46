// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts, mediaUse() tracks the media it uses, siteCache() purges the site on publication.
import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { NEWS_CATEGORY_LABELS } from '../constants/news'
import { toOptions } from '../constants/options'
import { importRecordField } from '../fields/importRecord'
import { publishedAtField } from '../fields/publishedAt'
import { regionField } from '../fields/region'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { publishedVersions } from './versions'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: '新闻', plural: '新闻' },
  graphQL: { singularName: 'NewsItem', pluralName: 'News' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'publishedAt', '_status'],
    group: '内容',
    components: { beforeListTable: ['/src/payload/import/admin/ImportNewsButton#ImportNewsButton'] },
  },
  access: contentAccess(),
  versions: publishedVersions,
  defaultSort: '-publishedAt',
  // The public site's reads at scale (10,000+ items, bench/scale.ts), all on published items only:
  // a column's list (pinned first, newest first) and count; latest per column and previous/next
  // by date; the home page's 头条 (latest featured).
  indexes: [
    // createdAt last: Payload adds it to every sort as the tie-breaker, and without it SQLite
    // sorts the rest of a column in a temporary tree (a deep page of 10,000 items took 14 ms).
    { fields: ['category', '_status', 'pinned', 'publishedAt', 'createdAt'] },
    { fields: ['category', '_status', 'publishedAt', 'createdAt'] },
    { fields: ['featured', '_status', 'publishedAt', 'createdAt'] },
  ],
  fields: [
    { name: 'title', type: 'text', label: '标题', required: true, maxLength: 120 },
    {
      name: 'category',
      type: 'select',
      label: '栏目',
      required: true,
      index: true,
      options: toOptions(NEWS_CATEGORY_LABELS),
      defaultValue: 'work',
    },
    { name: 'summary', type: 'textarea', label: '摘要', maxLength: 200 },
    { name: 'cover', type: 'upload', label: '封面图', relationTo: 'media' },
    richTextField('body', '正文', true),
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', label: '来源', required: true, defaultValue: '本站' },
        { name: 'author', type: 'text', label: '作者' },
        { name: 'editor', type: 'text', label: '责任编辑' },
      ],
    },
    {
      name: 'attachments',
      type: 'upload',
      label: '附件',
      relationTo: 'media',
      hasMany: true,
    },
    regionField(),
    {
      name: 'stations',
      type: 'relationship',
      label: '相关服务站',
      relationTo: 'stations',
      hasMany: true,
    },
    {
      name: 'veterans',
      type: 'relationship',
      label: '相关先进典型',
      relationTo: 'veterans',
      hasMany: true,
    },
    slugField(),
    publishedAtField(),
    { name: 'featured', type: 'checkbox', label: '头条', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'pinned', type: 'checkbox', label: '置顶', defaultValue: false, admin: { position: 'sidebar' } },
    importRecordField(),
  ],
}
