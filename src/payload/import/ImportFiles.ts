import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'

/**
 * The files of an admin import waiting for its job (importJob.ts), one document each, in the
 * database: the jobs runner may run on another host than the admin that took the upload. The
 * job deletes them when it ends. Nobody reads or edits them through the API or the admin.
 */
export const ImportFiles: CollectionConfig = {
  slug: 'importFiles',
  labels: { singular: '待导入文件', plural: '待导入文件' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'report', type: 'relationship', label: '导入报告', relationTo: 'importReports', required: true, index: true },
    { name: 'position', type: 'number', label: '顺序', required: true },
    { name: 'name', type: 'text', label: '文件名', required: true },
    // The file's bytes, base64: the importer decodes GBK, Big5 or UTF-8 itself (decodeText.ts).
    { name: 'data', type: 'textarea', label: '文件内容', required: true },
  ],
}
