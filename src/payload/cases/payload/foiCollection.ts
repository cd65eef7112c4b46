import type { CollectionConfig, Field } from 'payload'

import { hasRole } from '../../access/hasRole'
import { nobody } from '../../access/nobody'
import { toOptions } from '../../constants/options'
import { uniqueValue } from '../../fields/uniqueValue'
import { CLOCK_STATE_LABELS } from '../domain/clocks'
import { FOI_ANSWER_TYPES, FOI_APPLICANT_TYPES, FOI_CLOCKS, FOI_DELIVERY_FORMS, FOI_ID_TYPES } from '../kinds/foiRequest'
import { caseAccess } from './access'
import { readOnlyAfterSubmit, trackingCodeField } from './caseFields'
import { printNotice } from './foiEndpoints'
import { applyFoiRules, FOI_EVENT_LABELS, FOI_STATUS_LABELS, FOI_STEPS } from './foiRules'

const never = { read: () => false, create: () => false, update: () => false }
const fromApplicant = readOnlyAfterSubmit
const byRules = { create: () => false, update: () => false }
const shown = { readOnly: true } as const

/** Every reason of every answer type, in one list: the form shows those of the chosen type. */
const reasonOptions = Object.entries(FOI_ANSWER_TYPES).flatMap(([type, { reasons }]) =>
  Object.entries(reasons ?? {}).map(([value, label]) => ({ value: `${type}.${value}`, label: `${FOI_ANSWER_TYPES[type as keyof typeof FOI_ANSWER_TYPES].label}:${label}` })),
)

const sidebarText = (name: string, label: string): Field => ({ name, type: 'text', label, access: byRules, admin: { position: 'sidebar', readOnly: true } })

type Data = { answer?: { type?: string }; step?: { action?: string }; status?: string }

/**
 * 依申请公开 requests, the case engine's second kind. Submitted only through the site's form
 * (services/foi.ts); handled by the same staff and scope as enquiries (access.ts). A handler
 * moves a request on by choosing its next step (办理步骤) and saving: foiRules.ts checks the step
 * against the law, records it, and works out the clock again. The document number and phone are
 * stored encrypted and shown masked.
 */
export const foiRequestsCollection = (group: string): CollectionConfig => ({
  slug: 'foiRequests',
  labels: { singular: '依申请公开', plural: '依申请公开' },
  admin: {
    useAsTitle: 'trackingCode',
    defaultColumns: ['trackingCode', 'applicant.name', 'status', 'receivedOn', 'dueOn', 'clockState', 'handler'],
    listSearchableFields: ['trackingCode'],
    group,
    description: `收到申请之日起 ${FOI_CLOCKS.answerWithin} 个工作日内答复;需补正的,${FOI_CLOCKS.clarifyWithin} 个工作日内一次性告知,自收到补正之日起重新计算;征求第三方意见的时间不计算在内;延长最多 ${FOI_CLOCKS.maxExtension} 个工作日,并告知申请人。`,
  },
  access: { read: caseAccess, create: nobody, update: caseAccess, delete: nobody, readVersions: hasRole('admin') },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [applyFoiRules] },
  endpoints: [printNotice],
  fields: [
    {
      name: 'applicant',
      type: 'group',
      label: '申请人(个人信息,不公开)',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'type', type: 'select', label: '申请人类型', required: true, options: toOptions(FOI_APPLICANT_TYPES), access: fromApplicant, admin: shown },
            { name: 'name', type: 'text', label: '姓名或名称', required: true, access: fromApplicant, admin: shown },
            { name: 'idType', type: 'select', label: '证件类型', options: toOptions(FOI_ID_TYPES), access: fromApplicant, admin: shown },
            { name: 'idNumberMasked', type: 'text', label: '证件号码', access: fromApplicant, admin: shown },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phoneMasked', type: 'text', label: '手机号码', access: fromApplicant, admin: shown },
            { name: 'email', type: 'text', label: '电子邮箱', access: fromApplicant, admin: shown },
            { name: 'address', type: 'text', label: '通信地址', access: fromApplicant, admin: shown },
          ],
        },
        { name: 'idNumberSealed', type: 'text', access: never, admin: { hidden: true } },
        { name: 'phoneSealed', type: 'text', access: never, admin: { hidden: true } },
      ],
    },
    { name: 'description', type: 'textarea', label: '所需政府信息的名称或内容描述', required: true, access: fromApplicant, admin: shown },
    {
      type: 'row',
      fields: [
        { name: 'purpose', type: 'text', label: '用途(选填)', access: fromApplicant, admin: shown },
        { name: 'delivery', type: 'select', label: '获取信息的方式', required: true, options: toOptions(FOI_DELIVERY_FORMS), access: fromApplicant, admin: shown },
      ],
    },
    {
      name: 'step',
      type: 'group',
      label: '办理步骤(选择下一步并保存)',
      admin: { condition: (data: Data) => data.status !== 'answered' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'action', type: 'select', label: '下一步', options: toOptions(FOI_STEPS) },
            { name: 'on', type: 'date', label: '日期(不填为今天)', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
          ],
        },
        {
          name: 'note',
          type: 'textarea',
          label: '需要补正的内容 / 征求意见的第三方',
          maxLength: 1000,
          admin: { condition: (_: unknown, sibling: { action?: string }) => sibling?.action === 'clarificationRequested' || sibling?.action === 'consultationStarted' },
        },
        {
          type: 'row',
          fields: [
            { name: 'days', type: 'number', label: '延长(工作日)', min: 1, max: FOI_CLOCKS.maxExtension, admin: { condition: (_: unknown, sibling: { action?: string }) => sibling?.action === 'extended' } },
            { name: 'reason', type: 'text', label: '延长理由(告知申请人)', maxLength: 300, admin: { condition: (_: unknown, sibling: { action?: string }) => sibling?.action === 'extended' } },
          ],
        },
      ],
    },
    {
      name: 'answer',
      type: 'group',
      label: '答复(条例第三十六条)',
      admin: { description: '下一步选“答复”并保存时检查;答复后不能修改。' },
      fields: [
        { name: 'type', type: 'select', label: '答复类型', options: Object.entries(FOI_ANSWER_TYPES).map(([value, { label }]) => ({ value, label })) },
        {
          name: 'reasonChoice',
          type: 'select',
          label: '理由',
          options: reasonOptions,
          filterOptions: ({ options, siblingData }) =>
            options.filter((option) => (typeof option === 'string' ? option : option.value).startsWith(`${(siblingData as { type?: string }).type}.`)),
          admin: { condition: (data: Data) => Boolean(data.answer?.type && FOI_ANSWER_TYPES[data.answer.type as keyof typeof FOI_ANSWER_TYPES]?.reasons) },
          // Stored as `type.reason`, so one list serves every type; the rules read the reason after the dot.
        },
        { name: 'provided', type: 'textarea', label: '公开的信息及获取方式', maxLength: 3000, admin: { condition: (data: Data) => ['disclose', 'partial'].includes(data.answer?.type ?? '') } },
        { name: 'withheldPart', type: 'textarea', label: '不予公开的部分', maxLength: 1000, admin: { condition: (data: Data) => data.answer?.type === 'partial' } },
        { name: 'legalBasis', type: 'textarea', label: '不予公开的理由和法律依据', maxLength: 1000, admin: { condition: (data: Data) => ['partial', 'withhold'].includes(data.answer?.type ?? '') } },
        { name: 'explanation', type: 'textarea', label: '具体情况说明', maxLength: 1000, admin: { condition: (data: Data) => Boolean(data.answer?.type) } },
      ],
    },
    {
      name: 'events',
      type: 'array',
      label: '办理记录',
      labels: { singular: '记录', plural: '办理记录' },
      access: byRules,
      admin: { readOnly: true, initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'type', type: 'select', label: '步骤', required: true, options: toOptions(FOI_EVENT_LABELS) },
            { name: 'on', type: 'text', label: '日期', required: true },
            { name: 'days', type: 'number', label: '延长天数' },
            { name: 'by', type: 'relationship', label: '操作人', relationTo: 'users' },
          ],
        },
        { name: 'reason', type: 'text', label: '理由' },
        { name: 'note', type: 'textarea', label: '说明' },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: '办理状态',
      index: true,
      options: toOptions(FOI_STATUS_LABELS),
      access: byRules,
      admin: { position: 'sidebar', readOnly: true },
    },
    trackingCodeField,
    {
      name: 'printNotice',
      type: 'ui',
      label: '答复告知书',
      admin: { position: 'sidebar', components: { Field: './src/payload/cases/payload/components/FoiNoticeLink#FoiNoticeLink' } },
    },
    {
      name: 'handler',
      type: 'relationship',
      label: '承办人',
      relationTo: 'users',
      index: true,
      filterOptions: { roles: { in: ['caseHandler', 'stationStaff'] } },
      admin: { position: 'sidebar' },
    },
    // The bureau answers 依申请公开; a station is never set. Present so the engine's case scope (access.ts) reads it alike.
    { name: 'station', type: 'relationship', relationTo: 'stations', index: true, access: byRules, admin: { hidden: true } },
    { name: 'clockState', type: 'select', label: '期限', options: toOptions(CLOCK_STATE_LABELS), index: true, access: byRules, admin: { position: 'sidebar', readOnly: true } },
    sidebarText('receivedOn', '收到申请日期'),
    sidebarText('countsFrom', '期限起算日'),
    sidebarText('dueOn', '答复期限'),
    { name: 'allowedDays', type: 'number', label: '答复期限(工作日)', access: byRules, admin: { position: 'sidebar', readOnly: true } },
    { name: 'usedDays', type: 'number', label: '已用工作日', access: byRules, admin: { position: 'sidebar', readOnly: true } },
    sidebarText('answeredOn', '答复日期'),
    { name: 'clarificationRequest', type: 'textarea', label: '待补正内容', access: byRules, admin: { hidden: true } },
    { name: 'secretHash', type: 'text', access: never, admin: { hidden: true } },
    { name: 'submissionKey', type: 'text', unique: true, index: true, hooks: { beforeChange: [uniqueValue('这份申请已经提交过')] }, access: never, admin: { hidden: true } },
  ],
})
