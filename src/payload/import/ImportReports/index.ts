import type { CollectionConfig } from 'payload'

import { hasRole } from '../../access/hasRole'
import { nobody } from '../../access/nobody'
import { IMPORT_ITEM_STATUS_LABELS, IMPORT_RUN_STATE_LABELS } from '../../constants/imports'
import { toOptions } from '../../constants/options'
import { CONTENT_ROLES } from '../../constants/roles'
import { importEndpoints } from './importEndpoints'

/**
 * One record per import run: how far it has got (an admin import runs as a job and is followed
 * in its progress view, /admin/import?report=<id>), what happened to each file, and why.
 * Written only by the importer.
 */
export const ImportReports: CollectionConfig = {
  slug: 'importReports',
  labels: { singular: '导入报告', plural: '导入报告' },
  admin: {
    useAsTitle: 'createdAt',
    defaultColumns: ['createdAt', 'startedBy', 'state', 'imported', 'skipped', 'failed'],
    group: '内容',
    description: '每次导入旧文章的结果。导入的文章均为草稿,需经审核后发布。',
  },
  access: {
    read: hasRole(...CONTENT_ROLES),
    create: nobody,
    update: nobody,
    delete: hasRole('admin'),
  },
  endpoints: importEndpoints,
  defaultSort: '-createdAt',
  fields: [
    { name: 'startedBy', type: 'relationship', label: '操作人', relationTo: 'users', admin: { readOnly: true } },
    { name: 'convertTraditional', type: 'checkbox', label: '繁体转简体', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        // No state: a report the command line wrote in one go (it is done).
        { name: 'state', type: 'select', label: '状态', options: toOptions(IMPORT_RUN_STATE_LABELS), index: true, admin: { readOnly: true } },
        { name: 'total', type: 'number', label: '文件总数', admin: { readOnly: true } },
        { name: 'done', type: 'number', label: '已处理', admin: { readOnly: true } },
      ],
    },
    { name: 'error', type: 'text', label: '中止原因', admin: { readOnly: true, condition: (data) => data?.state === 'failed' } },
    {
      name: 'progressLink',
      type: 'ui',
      admin: { components: { Field: '/src/payload/import/admin/ProgressLink#ProgressLink' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'imported', type: 'number', label: '已导入', admin: { readOnly: true } },
        { name: 'skipped', type: 'number', label: '已跳过', admin: { readOnly: true } },
        { name: 'failed', type: 'number', label: '失败', admin: { readOnly: true } },
      ],
    },
    {
      name: 'items',
      type: 'array',
      label: '文件',
      admin: { readOnly: true, components: { RowLabel: '/src/payload/import/admin/ReportItemLabel#ReportItemLabel' } },
      fields: [
        { name: 'file', type: 'text', label: '文件名', required: true },
        { name: 'status', type: 'select', label: '结果', required: true, options: toOptions(IMPORT_ITEM_STATUS_LABELS) },
        { name: 'reason', type: 'text', label: '原因' },
        { name: 'title', type: 'text', label: '标题' },
        // What the reviewer should check, one point a line, with any suspected page residue quoted.
        { name: 'warnings', type: 'textarea', label: '请核对' },
        { name: 'news', type: 'relationship', label: '生成的草稿', relationTo: 'news' },
        { name: 'duplicateOf', type: 'relationship', label: '重复于', relationTo: 'news' },
      ],
    },
  ],
}
