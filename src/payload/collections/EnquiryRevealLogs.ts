import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { nobody } from '../access/nobody'

/** Who saw a case's full personal data, when. Written only by the reveal endpoint; never edited. */
export const EnquiryRevealLogs: CollectionConfig = {
  slug: 'enquiryRevealLogs',
  labels: { singular: '个人信息查看记录', plural: '个人信息查看记录' },
  admin: { defaultColumns: ['enquiry', 'user', 'fields', 'createdAt'], group: '留言办理' },
  access: { read: hasRole('admin'), create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'enquiry', type: 'relationship', label: '留言', relationTo: 'enquiries', required: true, index: true },
    { name: 'user', type: 'relationship', label: '查看人', relationTo: 'users', required: true },
    { name: 'fields', type: 'text', label: '查看内容', required: true },
  ],
}
