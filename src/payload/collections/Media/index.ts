import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { hasRole } from '../../access/hasRole'
import { CONTENT_DELETE_ROLES, CONTENT_ROLES } from '../../constants/roles'
import { mediaDir } from '../../env'
import { publicUrls } from './publicUrls'

const webp = { format: 'webp', options: { quality: 78 } } as const

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '图片与附件', plural: '图片与附件' },
  admin: { group: '内容', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: {
    read: anyone,
    create: hasRole(...CONTENT_ROLES, 'stationStaff'),
    update: hasRole(...CONTENT_ROLES, 'stationStaff'),
    delete: hasRole(...CONTENT_DELETE_ROLES),
  },
  hooks: { afterRead: [publicUrls] },
  upload: {
    // Outside public/: files are served through the access-checked media route.
    staticDir: path.resolve(mediaDir()),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: webp },
      { name: 'card', width: 720, height: 480, position: 'centre', formatOptions: webp },
      { name: 'hero', width: 1440, withoutEnlargement: true, formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: '替代文本',
      required: true,
      admin: { description: '为视障读者描述图片内容;附件请填写文件名称' },
    },
    { name: 'caption', type: 'text', label: '图片说明' },
    {
      name: 'originalFilename',
      type: 'text',
      label: '上传时的文件名',
      index: true,
      admin: { position: 'sidebar', readOnly: true },
      hooks: { beforeChange: [({ value, req, operation }) => value || (operation === 'create' ? req.file?.name : value)] },
    },
  ],
}
