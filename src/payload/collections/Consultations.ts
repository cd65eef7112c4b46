// Plugins add behaviour (see payload.config.ts): workflow() reviews it (the 反馈情况 too) on drafts, mediaUse() tracks its attachments, siteCache() purges the site on publication.
import type { CollectionConfig, DateField, Payload } from 'payload'

import { beijingDate } from '../../shared/beijingTime'
import { contentAccess } from '../access/contentAccess'
import { publishedAtField, toUtcIso } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { plainText, type RichText } from '../workflow/checks/lexical'
import { publishedVersions } from './versions'

const day = (name: 'opensAt' | 'closesAt', label: string, description: string): DateField => ({
  name,
  type: 'date',
  label,
  required: true,
  index: true,
  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' }, description },
  hooks: { beforeChange: [({ value }) => toUtcIso(value)] },
})

/** Whether the 反馈情况 has been written: kept on the document so staff can filter the list by it. */
export const hasFeedbackText = (feedback: unknown): boolean => plainText((feedback as { summary?: RichText } | undefined)?.summary).trim() !== ''

/**
 * Published consultations whose period ended before today (Beijing) and whose 反馈情况 is not
 * published: the admin start page lists them (the 检查指标 counts each against the site).
 */
export const consultationsWithoutFeedback = async (payload: Payload, now = new Date()) =>
  (
    await payload.find({
      collection: 'consultations',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { closesAt: { less_than: new Date(`${beijingDate(now)}T00:00:00+08:00`).toISOString() } },
          { hasFeedback: { equals: false } },
        ],
      },
      depth: 0,
      limit: 20,
      select: { title: true },
    })
  ).docs

/**
 * 意见征集: a draft policy or measure put to the public for a period. The public's opinions go to
 * consultationOpinions (never public); after the period staff write the 反馈情况 here and it goes
 * through review like the rest of the page. A closed consultation without feedback is flagged on
 * the admin start page and by the pre-publish check.
 */
export const Consultations: CollectionConfig = {
  slug: 'consultations',
  labels: { singular: '意见征集', plural: '意见征集' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'opensAt', 'closesAt', 'hasFeedback', '_status'],
    group: '内容',
    description: '征求意见稿在征集期内公开并接受意见。征集结束后请填写反馈情况并送审发布;可按“已写反馈情况”筛选出还没有反馈的征集。',
  },
  access: contentAccess(),
  versions: publishedVersions,
  defaultSort: '-opensAt',
  hooks: {
    beforeChange: [({ data }) => ({ ...data, hasFeedback: hasFeedbackText(data.feedback) })],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: '征求意见稿',
          fields: [
            { name: 'title', type: 'text', label: '标题', required: true, admin: { placeholder: '例如:关于……(征求意见稿)公开征求意见的公告' } },
            { name: 'summary', type: 'textarea', label: '征集说明', admin: { description: '一两句话说明征求什么意见、为什么征求' } },
            {
              type: 'row',
              fields: [
                day('opensAt', '征集开始日期', '从这一天起可以提交意见(北京时间)'),
                day('closesAt', '征集截止日期', '这一天结束后不再接受意见'),
              ],
            },
            richTextField('draft', '征求意见稿全文', true),
            {
              name: 'draftAttachments',
              type: 'upload',
              label: '征求意见稿附件',
              relationTo: 'media',
              hasMany: true,
              filterOptions: { mimeType: { equals: 'application/pdf' } },
            },
            {
              name: 'howToRespond',
              type: 'textarea',
              label: '意见反馈方式',
              required: true,
              defaultValue: '可以在本页下方直接填写意见;也可以写信寄到南屏县退役军人事务局,信封上注明“意见征集”。',
            },
          ],
        },
        {
          label: '反馈情况',
          description: '征集结束后填写:共收到多少条意见,采纳了哪些,未采纳的说明理由。填写后送审发布。',
          fields: [
            {
              name: 'feedback',
              type: 'group',
              label: '反馈情况',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'received', type: 'number', label: '收到意见(条)', min: 0, admin: { step: 1 } },
                    { name: 'adopted', type: 'number', label: '采纳或部分采纳(条)', min: 0, admin: { step: 1 } },
                  ],
                },
                richTextField('summary', '采纳情况和未采纳的理由'),
              ],
            },
            {
              name: 'finalPolicy',
              type: 'relationship',
              label: '正式出台的政策文件',
              relationTo: 'policies',
              filterOptions: { _status: { equals: 'published' } },
              admin: { description: '文件正式印发后选择,两个页面会互相链接;只列出已发布的政策' },
            },
          ],
        },
      ],
    },
    {
      name: 'hasFeedback',
      type: 'checkbox',
      label: '已写反馈情况',
      index: true,
      // Set by the collection's hook from the 反馈情况; whatever a client sends is replaced.
      admin: { position: 'sidebar', readOnly: true, description: '填写“采纳情况和未采纳的理由”后自动勾选' },
    },
    slugField(),
    publishedAtField(),
  ],
}
