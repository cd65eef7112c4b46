import type { Validate } from 'payload'

import { idOf } from '../../../shared'
import { requiresReplacement } from '../../rules/policyValidity'

type Sibling = { validity?: string | null }

export const validateReplacedBy: Validate<unknown, unknown, Sibling> = (value, { id, siblingData }) => {
  if (!requiresReplacement(siblingData.validity)) return true
  if (!value) return '已修订或已废止的文件必须指明替代文件'
  return idOf(value) !== String(id) || '替代文件不能是它本身'
}
