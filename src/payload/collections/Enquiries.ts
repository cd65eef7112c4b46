import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { nobody } from '../access/nobody'
import { ENQUIRY_KIND_LABELS, ENQUIRY_STATUS_LABELS } from '../constants/enquiries'
import { toOptions } from '../constants/options'
import { ENQUIRY_ROLES } from '../constants/roles'
import { generateTrackingCode } from '../rules/trackingCode'

/**
 * 留言咨询: the data model. The public never reads this collection through any API;
 * public submission and status lookup go through their own endpoints.
 */
export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  labels: { singular: '留言咨询', plural: '留言咨询' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['trackingCode', 'kind', 'subject', 'status', 'createdAt'],
    group: '留言办理',
  },
  access: {
    read: hasRole(...ENQUIRY_ROLES),
    create: hasRole('admin', 'caseHandler'),
    update: hasRole(...ENQUIRY_ROLES),
    delete: nobody,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'kind', type: 'select', label: '类别', required: true, options: toOptions(ENQUIRY_KIND_LABELS) },
    { name: 'subject', type: 'text', label: '标题', required: true, maxLength: 100 },
    { name: 'body', type: 'textarea', label: '内容', required: true, maxLength: 5000 },
    {
      name: 'contact',
      type: 'group',
      label: '联系人',
      fields: [
        { name: 'name', type: 'text', label: '姓名', required: true },
        { name: 'phone', type: 'text', label: '手机号码', required: true },
        { name: 'email', type: 'email', label: '电子邮箱' },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: '办理状态',
      required: true,
      defaultValue: 'submitted',
      index: true,
      options: toOptions(ENQUIRY_STATUS_LABELS),
      admin: { position: 'sidebar' },
    },
    {
      name: 'trackingCode',
      type: 'text',
      label: '查询码',
      unique: true,
      index: true,
      access: { update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      hooks: { beforeValidate: [({ value }) => value || generateTrackingCode()] },
    },
  ],
}
