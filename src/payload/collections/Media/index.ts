// Plugins add behaviour (see payload.config.ts): mediaUse() recomputes publicUse from the content that uses a file; siteCache() purges the site on a change.
import path from 'node:path'

import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { hasRole } from '../../access/hasRole'
import { CONTENT_DELETE_ROLES, CONTENT_ROLES } from '../../constants/roles'
import { mediaDir } from '../../env'
import { readMedia, updateMedia } from './access'
import { auditMediaChange, auditMediaDelete } from './auditMedia'
import { refuseChangingUsedMedia, refuseDeletingPublishedMedia } from './guardInUse'
import { notFoundFileEndpoint } from './notFoundFileEndpoint'
import { publicUrls } from './publicUrls'
import { sanitizeUpload } from './sanitizeUpload'
import { MEDIA_TYPES } from './uploadRules'

const webp = { format: 'webp', options: { quality: 78 } } as const

const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') data.uploadedBy = req.user?.id ?? null
  return data
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '图片与附件', plural: '图片与附件' },
  admin: { group: '内容', defaultColumns: ['filename', 'alt', 'publicUse', 'updatedAt'] },
  access: {
    read: readMedia,
    create: hasRole(...CONTENT_ROLES, 'stationStaff'),
    update: updateMedia,
    delete: hasRole(...CONTENT_DELETE_ROLES),
  },
  endpoints: [notFoundFileEndpoint],
  hooks: {
    beforeOperation: [refuseChangingUsedMedia, sanitizeUpload],
    beforeChange: [recordUploader],
    afterChange: [auditMediaChange],
    beforeDelete: [refuseDeletingPublishedMedia],
    afterDelete: [auditMediaDelete],
    afterRead: [publicUrls],
  },
  upload: {
    // Outside public/: files are served through the access-checked media route.
    staticDir: path.resolve(mediaDir()),
    mimeTypes: [...MEDIA_TYPES],
    // Files come only from the uploader's own disk, through sanitizeUpload.
    pasteURL: false,
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
    {
      name: 'publicUse',
      type: 'checkbox',
      label: '公开内容正在使用',
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: '仅当已发布且公开的内容使用此文件时,公众才能访问它;由系统根据内容自动更新',
      },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      label: '上传人',
      relationTo: 'users',
      maxDepth: 0,
      access: { read: ({ req: { user } }) => Boolean(user), create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
