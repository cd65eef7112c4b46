import type { GlobalConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { hasRole } from '../access/hasRole'

/** The word lists the pre-publish checks read; only administrators maintain them. */
export const BannedWords: GlobalConfig = {
  slug: 'bannedWords',
  label: '敏感词库',
  admin: { group: '系统', description: '每行一个词。禁用词阻止发布;敏感词只提示审核人员注意。' },
  access: { read: authenticated, update: hasRole('admin') },
  fields: [
    { name: 'blocked', type: 'textarea', label: '禁用词(阻止发布)', admin: { rows: 8 } },
    { name: 'sensitive', type: 'textarea', label: '敏感词(提示)', admin: { rows: 8 } },
  ],
}
