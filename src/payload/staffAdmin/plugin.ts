import type { CollectionConfig, Config, DocumentTabCondition, Field, GlobalConfig, Plugin } from 'payload'

import { userHasRole } from '../access/userHasRole'

/**
 * Payload labels three of an upload's own fields in English (URL, Thumbnail URL, MIME Type; the
 * list's column headings and column picker), also inside each image size (尺寸 > card > URL). A
 * field of the same name in the collection merges into Payload's field, so only the label
 * changes: same column, same type, no migration.
 */
const FILE_FIELD_LABELS: Field[] = [
  { name: 'url', type: 'text', label: '文件地址' },
  { name: 'mimeType', type: 'text', label: '文件类型' },
]
const UPLOAD_FIELD_LABELS: Field[] = [...FILE_FIELD_LABELS, { name: 'thumbnailURL', type: 'text', label: '缩略图地址' }]

/** The image sizes this project configures, named as a person would (the name otherwise shows as is). */
const IMAGE_SIZE_LABELS: Record<string, string> = { thumbnail: '缩略图', card: '卡片图', hero: '大图' }

const sizeLabels = (collection: CollectionConfig): Field[] => {
  const sizes = typeof collection.upload === 'object' ? (collection.upload.imageSizes ?? []) : []
  if (!sizes.length) return []
  const groups: Field[] = sizes.map((size) => ({
    name: size.name!,
    type: 'group',
    label: IMAGE_SIZE_LABELS[size.name!] ?? `规格 ${size.name}`,
    fields: FILE_FIELD_LABELS,
  }))
  return [{ name: 'sizes', type: 'group', fields: groups }]
}

/** The API tab (the document as JSON) is for administrators; a bureau's staff never need it. */
const onlyForAdmins: DocumentTabCondition = ({ req }) => userHasRole(req.user, ['admin'])
const apiTab = { tab: { condition: onlyForAdmins, label: '接口数据' } }

const withApiTab = <T extends CollectionConfig | GlobalConfig>(entity: T): T => ({
  ...entity,
  admin: {
    ...entity.admin,
    components: {
      ...entity.admin?.components,
      views: {
        ...entity.admin?.components?.views,
        edit: { ...entity.admin?.components?.views?.edit, api: { ...apiTab, ...entity.admin?.components?.views?.edit?.api } },
      },
    },
  },
})

const withUploadLabels = (collection: CollectionConfig): CollectionConfig => {
  if (!collection.upload) return collection
  const own = new Set(collection.fields.map((field) => ('name' in field ? field.name : undefined)))
  const labels = [...UPLOAD_FIELD_LABELS, ...sizeLabels(collection)].filter((field) => !own.has((field as { name: string }).name))
  return { ...collection, fields: [...collection.fields, ...labels] }
}

/**
 * The admin as a bureau's staff see it: Chinese column headings on every upload collection, the
 * API tab for administrators only, and the provider that translates the few English labels
 * Payload and Lexical hard-code (AdminStrings.tsx). Listed last among the plugins, so it sees
 * every collection the others add.
 */
export const staffAdmin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => withApiTab(withUploadLabels(collection))),
    globals: (config.globals ?? []).map(withApiTab),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        providers: [...(config.admin?.components?.providers ?? []), '/src/payload/staffAdmin/AdminStrings#AdminStrings'],
      },
    },
  })
