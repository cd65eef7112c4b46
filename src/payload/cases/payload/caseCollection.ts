import type { CollectionAfterChangeHook, CollectionConfig, Field } from 'payload'

import { hasRole } from '../../access/hasRole'
import { nobody } from '../../access/nobody'
import { toOptions } from '../../constants/options'
import { uniqueValue } from '../../fields/uniqueValue'
import { CLOCK_STATE_LABELS } from '../domain/clocks'
import type { CaseKind } from '../kinds/caseKind'
import { caseAccess } from './access'
import { readOnlyAfterSubmit, trackingCodeField } from './caseFields'
import { applyCaseRules } from './caseRules'
import { exportCsv, revealContact } from './endpoints'
import { handleCase } from './handling'
import { changesPublishedAnswer } from './services/publicViews'
import { afterCommit, notifySite } from '../../siteCache'

const never = { read: () => false, create: () => false, update: () => false }
/** Written by the handling actions (the buttons above the status, components/CaseActions.tsx), not in the form. */
const byActions = { readOnly: true } as const
const dateTime = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } as const

const sidebarDate = (name: string, label: string): Field => ({
  name,
  type: 'date',
  label,
  access: readOnlyAfterSubmit,
  admin: { position: 'sidebar', readOnly: true, ...dateTime },
})

/**
 * The collection of one kind of case (留言咨询 for enquiries), its labels, options and clocks
 * read from the kind. The public never reads or writes it through any API: submissions and
 * status lookups go through the site's narrow server-side path (services/). Phone and ID-card
 * number are stored encrypted and shown masked; the assigned handler may reveal them. Behaviour:
 * the handling workflow (caseRules.ts), case-scoped access (access.ts), export and reveal
 * endpoints (endpoints.ts), all declared here.
 */
/** 留言选登 is searchable on the site: publishing an answer, changing it or taking it back brings the site's index up to date. */
const tellSiteOfPublishedAnswer: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (changesPublishedAnswer(doc, previousDoc)) await afterCommit(req, () => notifySite(req.payload, { collection: collection.slug, id: doc.id }))
  return doc
}

export const caseCollection = (kind: CaseKind): CollectionConfig => ({
  slug: kind.slug,
  labels: { ...kind.labels },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['trackingCode', 'kind', 'subject', 'status', 'clockState', 'station', 'handler', 'createdAt'],
    listSearchableFields: ['trackingCode', 'subject'],
    // The list reads only the columns it shows. Read whole, each case also brought its attachments
    // join, and that join carries the attachments' read access (the case scope seen through
    // `enquiry.…`): MongoDB answers such a path with a query over the cases returning every id the
    // user may see (7,496 for the bureau's handler with 10,000 cases), then matches each listed
    // case's attachments against them, 0.5 s of the list's 0.6 s (bench/adminScale.ts).
    enableListViewSelectAPI: true,
    group: kind.group,
    components: { beforeListTable: ['./src/payload/cases/payload/components/ExportCsvForm#ExportCsvForm'] },
  },
  access: {
    read: caseAccess,
    create: nobody,
    update: caseAccess,
    delete: nobody,
    readVersions: hasRole('admin'),
  },
  defaultSort: '-createdAt',
  endpoints: [exportCsv(kind), revealContact(kind), handleCase(kind)],
  hooks: { beforeChange: [applyCaseRules(kind)], afterChange: [tellSiteOfPublishedAnswer] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: '类别', required: true, options: toOptions(kind.categories) },
        { name: 'topic', type: 'select', label: '事项类别', options: toOptions(kind.topics) },
        {
          name: 'preferredStation',
          type: 'relationship',
          label: '希望办理的服务站',
          relationTo: 'stations',
          access: readOnlyAfterSubmit,
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'subject', type: 'text', label: '标题', required: true, maxLength: 100, access: readOnlyAfterSubmit },
    { name: 'body', type: 'textarea', label: '内容', maxLength: 5000, access: readOnlyAfterSubmit, admin: { readOnly: true } },
    { name: 'attachments', type: 'join', label: '附件', collection: 'enquiryAttachments', on: 'enquiry' },
    {
      name: 'contact',
      type: 'group',
      label: '留言人(个人信息,按保存期限删除)',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: '姓名', access: readOnlyAfterSubmit, admin: { readOnly: true } },
            { name: 'phoneMasked', type: 'text', label: '手机号码', access: readOnlyAfterSubmit, admin: { readOnly: true } },
            { name: 'idCardMasked', type: 'text', label: '身份证号码', access: readOnlyAfterSubmit, admin: { readOnly: true } },
            { name: 'email', type: 'text', label: '电子邮箱', access: readOnlyAfterSubmit, admin: { readOnly: true } },
          ],
        },
        {
          name: 'reveal',
          type: 'ui',
          admin: { components: { Field: './src/payload/cases/payload/components/RevealContact#RevealContact' } },
        },
        { name: 'phoneSealed', type: 'text', access: never, admin: { hidden: true } },
        { name: 'idCardSealed', type: 'text', access: never, admin: { hidden: true } },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      label: '留言人同意',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'privacyAt', type: 'date', label: '同意个人信息保护说明的时间', access: readOnlyAfterSubmit, admin: { readOnly: true, ...dateTime } },
            { name: 'publish', type: 'checkbox', label: '同意去除个人信息后公开选登', access: readOnlyAfterSubmit, admin: { readOnly: true } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: '受理与转办',
      fields: [
        { name: 'declineReason', type: 'textarea', label: '不予受理理由', admin: { ...byActions, condition: (data) => Boolean(data.declineReason) } },
        {
          type: 'row',
          fields: [
            { name: 'station', type: 'relationship', label: '转办至服务站/部门', relationTo: 'stations', index: true, admin: byActions },
            {
              name: 'handler',
              type: 'relationship',
              label: '承办人',
              relationTo: 'users',
              index: true,
              filterOptions: { roles: { in: ['caseHandler', 'stationStaff'] } },
              admin: byActions,
            },
          ],
        },
        { name: 'assignmentNote', type: 'text', label: '转办说明', admin: { hidden: true } },
        {
          name: 'assignments',
          type: 'array',
          label: '转办记录',
          access: { create: () => false, update: () => false },
          admin: { readOnly: true, initCollapsed: true },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'station', type: 'relationship', label: '服务站/部门', relationTo: 'stations' },
                { name: 'handler', type: 'relationship', label: '承办人', relationTo: 'users' },
                { name: 'by', type: 'relationship', label: '操作人', relationTo: 'users' },
                { name: 'at', type: 'date', label: '时间', admin: dateTime },
              ],
            },
            { name: 'note', type: 'text', label: '说明' },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: '答复',
      fields: [
        {
          name: 'insertTemplate',
          type: 'relationship',
          label: '插入答复口径',
          relationTo: 'replyTemplates',
          // The REST API's way to insert a template; the answer form inserts it while writing.
          admin: { hidden: true },
        },
        { name: 'reply', type: 'textarea', label: '答复内容', maxLength: 5000, admin: byActions },
        { name: 'answeringDepartment', type: 'text', label: '答复部门', access: readOnlyAfterSubmit, admin: { readOnly: true } },
        {
          type: 'row',
          fields: [
            {
              name: 'extensionDays',
              type: 'number',
              label: '延期(工作日)',
              min: 0,
              max: kind.clocks.maxExtension,
              admin: byActions,
            },
            { name: 'extensionReason', type: 'text', label: '延期理由', admin: byActions },
          ],
        },
        // Given by the submitter only (services/lookup.ts), so that staff cannot rate their own reply.
        { name: 'satisfaction', type: 'select', label: '留言人评价', options: toOptions(kind.satisfactionLabels), access: { create: () => false, update: () => false }, admin: { readOnly: true } },
        { name: 'closeReason', type: 'textarea', label: '提前办结理由', maxLength: 1000, admin: { ...byActions, condition: (data) => Boolean(data.closeReason) } },
        { name: 'reviewReason', type: 'textarea', label: '复查申请理由', admin: { condition: (data) => ['closed', 'in_progress'].includes(data.status) } },
      ],
    },
    {
      name: 'publication',
      type: 'group',
      label: '留言选登(去除个人信息后公开)',
      admin: { condition: (data) => Boolean(data.consent?.publish) },
      fields: [
        { name: 'published', type: 'checkbox', label: '在网站公开' },
        { name: 'subject', type: 'text', label: '公开标题', maxLength: 100 },
        { name: 'body', type: 'textarea', label: '公开的留言内容', maxLength: 5000 },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: '办理状态',
      required: true,
      defaultValue: 'submitted',
      index: true,
      options: toOptions(kind.statusLabels),
      // Changed by the action buttons below; the hook still refuses any change the rules do not allow.
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'handling',
      type: 'ui',
      label: '办理',
      admin: { position: 'sidebar', components: { Field: './src/payload/cases/payload/components/CaseActions#CaseActions' } },
    },
    trackingCodeField,
    {
      name: 'clockState',
      type: 'select',
      label: '期限',
      options: toOptions(CLOCK_STATE_LABELS),
      index: true,
      access: readOnlyAfterSubmit,
      admin: { position: 'sidebar', readOnly: true },
    },
    sidebarDate('acceptDeadline', '受理告知期限'),
    sidebarDate('answerDeadline', '答复期限'),
    sidebarDate('acceptedAt', '受理时间'),
    sidebarDate('declinedAt', '不予受理时间'),
    sidebarDate('answeredAt', '答复时间'),
    sidebarDate('closedAt', '办结时间'),
    sidebarDate('reviewRequestedAt', '申请复查时间'),
    sidebarDate('purgedAt', '个人信息删除时间'),
    { name: 'secretHash', type: 'text', access: never, admin: { hidden: true } },
    {
      name: 'submissionKey',
      type: 'text',
      unique: true,
      index: true,
      // submitEnquiry answers a refused key with the case that holds it.
      hooks: { beforeChange: [uniqueValue('这条留言已经提交过')] },
      access: never,
      admin: { hidden: true },
    },
  ],
})
