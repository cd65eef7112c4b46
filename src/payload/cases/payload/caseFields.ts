import type { Field } from 'payload'

import { uniqueValue } from '../../fields/uniqueValue'

/** Set once by the public path, never changed by staff. */
export const readOnlyAfterSubmit = { create: () => true, update: () => false }

/**
 * 查询码, shown in the sidebar of every kind of case: unique (the submission path draws another
 * code when this refuses one, tests/int/uniqueness.int.test.ts), never changed after submission.
 */
export const trackingCodeField: Field = {
  name: 'trackingCode',
  type: 'text',
  label: '查询码',
  required: true,
  unique: true,
  index: true,
  hooks: { beforeChange: [uniqueValue('查询码重复')] },
  access: readOnlyAfterSubmit,
  admin: { position: 'sidebar', readOnly: true },
}
