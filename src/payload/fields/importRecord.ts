import type { FieldAccess, GroupField } from 'payload'

import { fieldHasRole } from '../access/hasRole'
import { NEWS_CATEGORY_LABELS } from '../constants/news'
import { toOptions } from '../constants/options'
import { CONTENT_ROLES } from '../constants/roles'

/** Only an import writes the record; nobody edits it afterwards, through the admin or any API. */
const writtenByImport: FieldAccess = ({ req }) => req.context?.importing === true

/**
 * Where an imported article came from and what the importer suggests, for the reviewer.
 * Staff only: the original text is never sent to the public with a published article.
 */
export const importRecordField = (): GroupField => ({
  name: 'importRecord',
  type: 'group',
  label: '导入记录',
  access: { read: fieldHasRole(...CONTENT_ROLES), create: writtenByImport, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean(data?.importRecord?.importedAt),
    description: '由旧文章导入生成。栏目与相关服务站仅为建议,请核对后再采用。',
  },
  fields: [
    { name: 'sourceFile', type: 'text', label: '源文件' },
    // Where the article was on the old portal, when the file said: its path redirects here once published (旧网址跳转).
    { name: 'originalUrl', type: 'text', label: '原网址' },
    {
      name: 'importedAt',
      type: 'date',
      label: '导入时间',
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
    },
    { name: 'suggestedCategory', type: 'select', label: '建议栏目', options: toOptions(NEWS_CATEGORY_LABELS) },
    { name: 'categoryReason', type: 'text', label: '建议理由' },
    { name: 'suggestedStations', type: 'relationship', label: '建议关联的服务站', relationTo: 'stations', hasMany: true },
    { name: 'warnings', type: 'textarea', label: '请核对' },
    { name: 'convertedFromTraditional', type: 'checkbox', label: '已由繁体转为简体' },
    { name: 'originalText', type: 'textarea', label: '原文' },
  ],
})
