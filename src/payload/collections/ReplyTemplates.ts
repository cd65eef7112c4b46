import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { ENQUIRY_KIND_LABELS } from '../constants/enquiries'
import { toOptions } from '../constants/options'
import { ENQUIRY_ROLES } from '../constants/roles'

/** 答复口径: approved wording that handlers insert into replies; admins keep it. */
export const ReplyTemplates: CollectionConfig = {
  slug: 'replyTemplates',
  labels: { singular: '答复口径', plural: '答复口径' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'updatedAt'], group: '留言办理' },
  access: {
    read: hasRole(...ENQUIRY_ROLES),
    create: hasRole('admin'),
    update: hasRole('admin'),
    delete: hasRole('admin'),
  },
  fields: [
    { name: 'title', type: 'text', label: '名称', required: true, maxLength: 60 },
    { name: 'kind', type: 'select', label: '适用类别', options: toOptions(ENQUIRY_KIND_LABELS) },
    { name: 'body', type: 'textarea', label: '口径内容', required: true, maxLength: 3000 },
  ],
}
