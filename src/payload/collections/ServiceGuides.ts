// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts and checks its elements before publication, mediaUse() tracks the forms it offers, siteCache() purges the site on publication.
import type { CollectionConfig, GroupField } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { toOptions } from '../constants/options'
import {
  AUDIENCE_LABELS,
  DEFAULT_TIME_UNIT,
  GUIDE_ELEMENTS as L,
  LIFE_EVENT_LABELS,
  MATERIAL_FORM_LABELS,
  MATERIAL_PARTS,
  SERVICE_TYPE_LABELS,
} from '../constants/serviceGuides'
import { publishedAtField } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { SITE_LINK_HELP, validateSiteLink } from '../fields/siteLink'
import { slugField } from '../fields/slug'
import { publishedVersions } from './versions'

/** 法定时限 / 承诺时限: a number of days and the unit they are counted in. */
const timeLimit = (name: 'statutoryLimit' | 'promisedLimit', description: string): GroupField => ({
  name,
  type: 'group',
  label: L[name],
  admin: { description },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'days', type: 'number', label: '天数', min: 0, admin: { step: 1, description: '当场办结的填 0' } },
        { name: 'unit', type: 'text', label: '单位', defaultValue: DEFAULT_TIME_UNIT },
      ],
    },
  ],
})

/** A blank form or a filled-in sample: a PDF or an image from the media library. */
const formFile = (name: 'blankForm' | 'sample') =>
  ({ name, type: 'upload', label: MATERIAL_PARTS[name], relationTo: 'media' }) as const

/**
 * 办事指南: one government service, with every element the 检查指标 asks a guide to state.
 * Drafts may be incomplete; the pre-publish check (workflow/checks/serviceGuide.ts) names each
 * missing element and keeps such a guide from being published.
 */
export const ServiceGuides: CollectionConfig = {
  slug: 'serviceGuides',
  labels: { singular: '办事指南', plural: '办事指南' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'serviceType', 'lifeEvent', 'publishedAt', '_status'],
    group: '内容',
    description: '每个办事事项一篇。发布前会检查各要素是否齐全,缺哪一项会写明。',
  },
  access: contentAccess(),
  versions: publishedVersions,
  defaultSort: 'title',
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: '事项信息',
          fields: [
            { name: 'title', type: 'text', label: L.title, required: true, admin: { placeholder: '例如:退役军人优待证申领' } },
            {
              type: 'row',
              fields: [
                { name: 'serviceType', type: 'select', label: L.serviceType, options: toOptions(SERVICE_TYPE_LABELS) },
                { name: 'lifeEvent', type: 'select', label: L.lifeEvent, options: toOptions(LIFE_EVENT_LABELS), index: true },
              ],
            },
            { name: 'audiences', type: 'select', label: L.audiences, hasMany: true, options: toOptions(AUDIENCE_LABELS) },
            {
              name: 'basis',
              type: 'relationship',
              label: L.basis,
              relationTo: 'policies',
              hasMany: true,
              // The picker offers what the guide may rest on (the pre-publish check refuses anything else).
              filterOptions: { _status: { equals: 'published' }, validity: { not_equals: 'repealed' } },
              admin: { description: '办理这个事项所依据的政策文件,从政策法规库中选择;只列出已发布、未废止的文件' },
            },
            richTextField('conditions', L.conditions),
          ],
        },
        {
          label: '申请材料',
          fields: [
            {
              name: 'materials',
              type: 'array',
              label: L.materials,
              labels: { singular: '材料', plural: '材料' },
              admin: { initCollapsed: false },
              fields: [
                { name: 'name', type: 'text', label: MATERIAL_PARTS.name, required: true },
                {
                  type: 'row',
                  fields: [
                    { name: 'form', type: 'select', label: MATERIAL_PARTS.form, options: toOptions(MATERIAL_FORM_LABELS) },
                    { name: 'copies', type: 'number', label: MATERIAL_PARTS.copies, min: 1, defaultValue: 1, admin: { step: 1 } },
                  ],
                },
                { name: 'note', type: 'text', label: MATERIAL_PARTS.note },
                { type: 'row', fields: [formFile('blankForm'), formFile('sample')] },
              ],
            },
          ],
        },
        {
          label: '办理流程与时限',
          fields: [
            {
              name: 'steps',
              type: 'array',
              label: L.steps,
              labels: { singular: '步骤', plural: '步骤' },
              admin: { description: '按办理先后排列,可拖动调整顺序' },
              fields: [
                { name: 'title', type: 'text', label: '步骤名称', required: true },
                { name: 'description', type: 'textarea', label: '说明' },
              ],
            },
            timeLimit('statutoryLimit', '法律法规规定的办理时限'),
            timeLimit('promisedLimit', '本单位承诺的办理时限,不长于法定时限'),
            {
              name: 'fee',
              type: 'group',
              label: L.fee,
              fields: [
                { name: 'free', type: 'checkbox', label: '不收费' },
                {
                  name: 'standard',
                  type: 'text',
                  label: '收费标准及依据',
                  admin: { condition: (_, siblingData) => !siblingData?.free },
                },
              ],
            },
          ],
        },
        {
          label: '办理地点与咨询',
          fields: [
            {
              name: 'places',
              type: 'relationship',
              label: L.places,
              relationTo: 'stations',
              hasMany: true,
              filterOptions: { _status: { equals: 'published' } },
              admin: { description: '受理这个事项的服务中心(站),只列出已发布的站点;它们的地址、办公时间和电话随站点信息显示' },
            },
            { name: 'hours', type: 'textarea', label: L.hours, admin: { placeholder: '周一至周五 8:30-12:00,14:30-17:30(法定节假日除外)' } },
            {
              type: 'row',
              fields: [
                { name: 'consultPhone', type: 'text', label: L.consultPhone },
                { name: 'complaintPhone', type: 'text', label: L.complaintPhone },
              ],
            },
            {
              name: 'online',
              type: 'group',
              label: L.online,
              fields: [
                { name: 'available', type: 'checkbox', label: '可在线办理' },
                {
                  name: 'url',
                  type: 'text',
                  label: '在线办理地址',
                  validate: validateSiteLink,
                  admin: { description: SITE_LINK_HELP, condition: (_, siblingData) => Boolean(siblingData?.available) },
                },
              ],
            },
          ],
        },
        {
          label: '常见问题',
          fields: [
            {
              name: 'faq',
              type: 'array',
              label: L.faq,
              labels: { singular: '问答', plural: '问答' },
              fields: [
                { name: 'question', type: 'text', label: '问', required: true },
                { name: 'answer', type: 'textarea', label: '答', required: true },
              ],
            },
          ],
        },
      ],
    },
    slugField(),
    publishedAtField(),
  ],
}
