import { idOf } from '../../../shared'
import { GUIDE_ELEMENTS } from '../../constants/serviceGuides'

/** A relationship whose targets the public page links to: they must be published, and a policy in force. */
export type LinkedField = { field: string; collection: 'policies' | 'stations'; label: string }

/** The relationships checked per collection. */
export const LINKED_FIELDS: Record<string, LinkedField[]> = {
  serviceGuides: [
    { field: 'basis', collection: 'policies', label: GUIDE_ELEMENTS.basis },
    { field: 'places', collection: 'stations', label: GUIDE_ELEMENTS.places },
  ],
}

export const linkedIds = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map((item) => idOf(item)).filter((id): id is string => Boolean(id))

/** What the check found of one target: null when it no longer exists. */
export type LinkedTarget = { title?: string | null; name?: string | null; _status?: string | null; validity?: string | null } | null

/**
 * Errors for the targets of one relationship: deleted, not published, or a repealed policy (a
 * guide must not rest on a document no longer in force); warnings for an amended policy.
 */
export const linkedProblems = ({ label }: LinkedField, targets: LinkedTarget[]): { errors: string[]; warnings: string[] } => {
  const errors: string[] = []
  const warnings: string[] = []
  for (const target of targets) {
    if (!target) {
      errors.push(`${label}中有已删除的内容,请重新选择`)
      continue
    }
    const name = `《${target.title ?? target.name ?? ''}》`
    if (target._status !== 'published') errors.push(`${label}${name}尚未发布`)
    else if (target.validity === 'repealed') errors.push(`${label}${name}已废止,请改为现行有效的文件`)
    else if (target.validity === 'amended') warnings.push(`${label}${name}已修订,请确认是否应改为修订后的文件`)
  }
  return { errors, warnings }
}
