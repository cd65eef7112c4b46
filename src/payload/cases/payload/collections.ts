/**
 * What a kind's case collection works with: its attachments, the log of who saw full personal
 * data, the reply templates; and the holiday calendar every clock counts with. Slugs and fields
 * are the enquiries' (they relate to the `enquiries` collection), labels and menu group the kind's.
 */
import path from 'node:path'

import { APIError, type CollectionConfig, type GlobalConfig, type PayloadRequest, type TextField } from 'payload'

import { idOf } from '../../../shared'
import { hasRole } from '../../access/hasRole'
import { userHasRole } from '../../access/userHasRole'
import { nobody } from '../../access/nobody'
import { toOptions } from '../../constants/options'
import { ENQUIRY_ROLES } from '../../constants/roles'
import { dataDir } from '../../env'
import { ATTACHMENT_TYPES } from '../domain/submission'
import type { CaseKind } from '../kinds/caseKind'
import { attachmentAccess } from './access'
import { forgetCalendar } from './caseRules'

/**
 * Files sent with a case. Stored outside public/ and served only through Payload's
 * access-checked file route, to the staff who may see the case. Written only by the
 * submission path, after sanitizeAttachment (services/submit.ts).
 */
export const attachmentsCollection = (kind: CaseKind): CollectionConfig => ({
  slug: 'enquiryAttachments',
  labels: { singular: '留言附件', plural: '留言附件' },
  admin: { group: kind.group, hidden: true },
  access: { read: attachmentAccess, create: nobody, update: nobody, delete: nobody },
  upload: {
    staticDir: path.join(dataDir(), 'enquiry-attachments'),
    mimeTypes: [...ATTACHMENT_TYPES],
  },
  fields: [{ name: 'enquiry', type: 'relationship', label: '留言', relationTo: kind.slug, required: true, index: true }],
})

/** Who may keep 答复口径, said once: in the admin's description and in every refusal. */
export const REPLY_TEMPLATE_RULE = '系统管理员和留言办理员可以新建答复口径;办理员只能修改或删除自己新建的,别人的口径请联系系统管理员修改。'

/**
 * Refuses a handler's change to a template someone else created, saying why (an access rule
 * would only say 没有权限, or hide the template); admins keep every template.
 */
const ownTemplatesOnly = async ({ req, id }: { req: PayloadRequest; id?: string | number }) => {
  if (!req.user || userHasRole(req.user, ['admin']) || id === undefined) return
  const template = await req.payload.findByID({ collection: 'replyTemplates', id, depth: 0, req, select: { createdBy: true } })
  if (idOf(template.createdBy) !== String(req.user.id)) throw new APIError(REPLY_TEMPLATE_RULE, 403, null, true)
}

/**
 * 答复口径: wording handlers insert into replies. Admins and handlers write them, each recorded
 * as its author; handlers keep their own (see REPLY_TEMPLATE_RULE), station staff use them.
 */
export const replyTemplatesCollection = (kind: CaseKind): CollectionConfig => ({
  slug: 'replyTemplates',
  labels: { singular: '答复口径', plural: '答复口径' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'createdBy', 'updatedAt'], group: kind.group, description: REPLY_TEMPLATE_RULE },
  access: {
    read: hasRole(...ENQUIRY_ROLES),
    create: hasRole('admin', 'caseHandler'),
    update: hasRole('admin', 'caseHandler'),
    delete: hasRole('admin', 'caseHandler'),
  },
  hooks: {
    beforeChange: [
      async ({ data, operation, req, originalDoc }) => {
        if (operation === 'create') return { ...data, createdBy: req.user?.id ?? data.createdBy ?? null }
        await ownTemplatesOnly({ req, id: originalDoc?.id })
        return { ...data, createdBy: originalDoc?.createdBy ?? null }
      },
    ],
    beforeDelete: [({ req, id }) => ownTemplatesOnly({ req, id })],
  },
  fields: [
    { name: 'title', type: 'text', label: '名称', required: true, maxLength: 60 },
    { name: 'kind', type: 'select', label: '适用类别', options: toOptions(kind.categories) },
    { name: 'body', type: 'textarea', label: '口径内容', required: true, maxLength: 3000 },
    { name: 'createdBy', type: 'relationship', label: '新建人', relationTo: 'users', admin: { position: 'sidebar', readOnly: true } },
  ],
})

/** Who saw a case's full personal data, when. Written only by the reveal endpoint; never edited. */
export const revealLogsCollection = (kind: CaseKind): CollectionConfig => ({
  slug: 'enquiryRevealLogs',
  labels: { singular: '个人信息查看记录', plural: '个人信息查看记录' },
  admin: { defaultColumns: ['enquiry', 'user', 'fields', 'createdAt'], group: kind.group },
  access: { read: hasRole('admin'), create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'enquiry', type: 'relationship', label: '留言', relationTo: kind.slug, required: true, index: true },
    { name: 'user', type: 'relationship', label: '查看人', relationTo: 'users', required: true },
    { name: 'fields', type: 'text', label: '查看内容', required: true },
  ],
})

const dateField: TextField = {
  name: 'date',
  type: 'text',
  label: '日期',
  required: true,
  admin: { placeholder: '2026-10-01' },
  validate: (value: string | null | undefined) =>
    (/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') && !Number.isNaN(Date.parse(value!))) || '请按 2026-10-01 的格式填写日期',
}

/** 节假日安排: the calendar the legal clocks of cases count working days with (caseRules.ts loads it). */
export const holidayCalendarGlobal = (group: string): GlobalConfig => ({
  slug: 'holidayCalendar',
  label: '节假日安排',
  admin: { group, description: '办理期限按工作日计算:周末和这里的法定节假日不计,调休上班日计入。' },
  access: { read: hasRole(...ENQUIRY_ROLES), update: hasRole('admin') },
  hooks: { afterChange: [() => forgetCalendar()] },
  fields: [
    {
      name: 'holidays',
      type: 'array',
      label: '法定节假日(工作日放假)',
      labels: { singular: '节假日', plural: '节假日' },
      fields: [{ type: 'row', fields: [dateField, { name: 'name', type: 'text', label: '节日' }] }],
    },
    {
      name: 'workdays',
      type: 'array',
      label: '调休上班日(周末上班)',
      labels: { singular: '调休上班日', plural: '调休上班日' },
      fields: [dateField],
    },
  ],
})
