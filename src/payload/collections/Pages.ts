// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts, mediaUse() tracks its attachments, siteCache() purges the site on publication.
import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { toOptions } from '../constants/options'
import { PAGE_SECTION_LABELS } from '../constants/pages'
import { orderField } from '../fields/order'
import { publishedAtField } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { publishedVersions } from './versions'

/**
 * 页面: a page of its own (局长信箱 guidance, a 专题专栏 landing page …) under one of the site's top
 * sections, with optional PDF attachments that the 下载中心 lists while the page is published.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: '页面', plural: '页面' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', 'order', '_status'],
    group: '内容',
    description: '局长信箱说明、专题专栏等单独的页面,显示在所选栏目下;附件会同时列入下载中心。',
  },
  access: contentAccess(),
  versions: publishedVersions,
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', label: '标题', required: true },
    {
      name: 'section',
      type: 'select',
      label: '所属栏目',
      required: true,
      index: true,
      options: toOptions(PAGE_SECTION_LABELS),
      admin: { description: '页面在面包屑导航和网站地图中归入这个栏目' },
    },
    { name: 'summary', type: 'textarea', label: '摘要', admin: { description: '一两句话说明这个页面讲什么,显示在标题下方和网站地图中' } },
    richTextField('body', '正文', true),
    {
      name: 'attachments',
      type: 'upload',
      label: '附件',
      relationTo: 'media',
      hasMany: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { description: 'PDF 文件;附件的替代文本就是下载链接的名称' },
    },
    orderField(),
    slugField(),
    publishedAtField(),
  ],
}
