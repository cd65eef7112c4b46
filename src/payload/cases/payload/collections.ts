import path from 'node:path'

import type { Access, CollectionConfig, Where } from 'payload'

import { nobody } from '../access/nobody'
import { ATTACHMENT_TYPES } from '../enquiries/attachments'
import { dataDir } from '../env'
import { loadCaseScope } from './Enquiries/access/caseScope'

/** The case-scope rule, seen from an attachment: its case must be one the user works on. */
const prefixed = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'or' || key === 'and' ? [key, (value as Where[]).map(prefixed)] : [`enquiry.${key}`, value],
    ),
  )

const readAttachment: Access = async ({ req }) => {
  const scope = await loadCaseScope(req)
  return typeof scope === 'boolean' ? scope : prefixed(scope)
}

/**
 * Files sent with an enquiry. Stored outside public/ and served only through Payload's
 * access-checked file route, to the staff who may see the case. Written only by the
 * submission path, after sanitizeAttachment.
 */
export const EnquiryAttachments: CollectionConfig = {
  slug: 'enquiryAttachments',
  labels: { singular: '留言附件', plural: '留言附件' },
  admin: { group: '留言办理', hidden: true },
  access: { read: readAttachment, create: nobody, update: nobody, delete: nobody },
  upload: {
    staticDir: path.join(dataDir(), 'enquiry-attachments'),
    mimeTypes: [...ATTACHMENT_TYPES],
  },
  fields: [{ name: 'enquiry', type: 'relationship', label: '留言', relationTo: 'enquiries', required: true, index: true }],
}
