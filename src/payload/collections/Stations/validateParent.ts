import type { Validate } from 'payload'

import { STATION_LEVEL_LABELS } from '../../constants/stations'
import { parentLevelFor } from '../../rules/stationHierarchy'
import { idOf } from '../../../shared'

type Sibling = { level?: string | null }

/** County centre has no parent; a township hangs under the county centre, a village under a township. */
export const validateParent: Validate<unknown, unknown, Sibling> = async (value, { id, req, siblingData }) => {
  const expected = parentLevelFor(siblingData.level)
  if (expected === null) return !value || '县级服务中心没有上级服务站'
  const parentId = idOf(value)
  if (!parentId) return '乡镇和村级服务站必须选择上级服务站'
  if (parentId === String(id)) return '上级服务站不能是它本身'
  const parent = await req.payload
    .findByID({ collection: 'stations', id: parentId, depth: 0, draft: true, req, disableErrors: true })
    .catch(() => null)
  if (!parent) return '所选上级服务站不存在'
  return parent.level === expected || `上级服务站应为${STATION_LEVEL_LABELS[expected]}`
}
