import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { nobody } from '../access/nobody'
import { CONTENT_ROLES } from '../constants/roles'
import { toOptions } from '../constants/options'
import { uniqueValue } from '../fields/uniqueValue'

const never = { read: () => false, create: () => false, update: () => false }
/** Written once by the submission service (cases/payload/services/opinions.ts), then read-only. */
const asSubmitted = { create: () => true, update: () => false }
const submitted = { readOnly: true } as const

export const OPINION_DECISION_LABELS = { adopted: '采纳', partly: '部分采纳', notAdopted: '未采纳' } as const

/**
 * The public's opinions on a consultation. Never public: the staff who write content read them
 * to prepare the 反馈情况; nobody creates one through an API (only the site's submission service,
 * with the same checks as an enquiry); the phone number is stored encrypted and shown masked.
 */
export const ConsultationOpinions: CollectionConfig = {
  slug: 'consultationOpinions',
  labels: { singular: '征集意见', plural: '征集意见' },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['consultation', 'body', 'decision', 'createdAt'],
    group: '内容',
    description: '公众在意见征集页面提交的意见,不会在网站上公开。逐条填写处理结果,便于汇总反馈情况。',
  },
  access: {
    read: hasRole(...CONTENT_ROLES),
    create: nobody,
    update: hasRole('admin', 'editor'),
    delete: hasRole('admin'),
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'consultation',
      type: 'relationship',
      label: '意见征集',
      relationTo: 'consultations',
      required: true,
      index: true,
      access: asSubmitted,
      admin: submitted,
    },
    { name: 'body', type: 'textarea', label: '意见内容', required: true, access: asSubmitted, admin: submitted },
    {
      name: 'contact',
      type: 'group',
      label: '提交人(个人信息)',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: '姓名', access: asSubmitted, admin: submitted },
            { name: 'phoneMasked', type: 'text', label: '手机号码', access: asSubmitted, admin: submitted },
          ],
        },
        { name: 'phoneSealed', type: 'text', access: never, admin: { hidden: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'decision', type: 'select', label: '处理结果', options: toOptions(OPINION_DECISION_LABELS) },
        { name: 'reason', type: 'text', label: '理由', admin: { description: '未采纳的请写明理由' } },
      ],
    },
    {
      name: 'submissionKey',
      type: 'text',
      unique: true,
      index: true,
      hooks: { beforeChange: [uniqueValue('这条意见已经提交过')] },
      access: never,
      admin: { hidden: true },
    },
  ],
}
