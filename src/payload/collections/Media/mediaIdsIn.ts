import type { Field, Tab } from 'payload'

import { idOf } from '../../../shared'
import { internalLinks, type RichText, uploadIds } from '../../workflow'

type Data = Record<string, unknown>

const asData = (value: unknown): Data => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {})
const asRows = (value: unknown): Data[] => (Array.isArray(value) ? value.map(asData) : [])
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value])

const MEDIA = 'media'

/** The media ids a relationship/upload value holds; polymorphic values name their collection. */
const relationIds = (relationTo: string | string[], value: unknown): string[] =>
  asList(value)
    .map((item) => {
      if (typeof relationTo === 'string') return relationTo === MEDIA ? idOf(item) : null
      const { relationTo: to, value: inner } = asData(item)
      return to === MEDIA ? idOf(inner) : null
    })
    .filter((id): id is string => id !== null)

const fromRichText = (value: unknown): string[] => [
  ...uploadIds(value as RichText),
  ...internalLinks(value as RichText)
    .filter((link) => link.collection === MEDIA && link.id)
    .map((link) => link.id),
]

const collect = (fields: readonly Field[], data: Data, skip: string, into: Set<string>): void => {
  for (const field of fields) {
    if ('name' in field && field.name === skip) continue
    switch (field.type) {
      case 'upload':
      case 'relationship':
        for (const id of relationIds(field.relationTo as string | string[], data[field.name])) into.add(id)
        break
      case 'richText':
        for (const id of fromRichText(data[field.name])) into.add(id)
        break
      case 'group':
        collect(field.fields, 'name' in field && field.name ? asData(data[field.name]) : data, skip, into)
        break
      case 'row':
      case 'collapsible':
        collect(field.fields, data, skip, into)
        break
      case 'tabs':
        for (const tab of field.tabs as Tab[]) collect(tab.fields, 'name' in tab && tab.name ? asData(data[tab.name]) : data, skip, into)
        break
      case 'array':
        for (const row of asRows(data[field.name])) collect(field.fields, row, skip, into)
        break
      case 'blocks':
        for (const row of asRows(data[field.name])) {
          const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
          if (block) collect(block.fields, row, skip, into)
        }
        break
      default:
        break
    }
  }
}

/**
 * Every media id a content document uses, read from its own field configuration: upload and
 * relationship fields to media at any depth (groups, tabs, arrays, blocks) and the upload nodes
 * and internal links of its rich text. `skip` names a field to leave out (the derived list itself).
 */
export const mediaIdsIn = (fields: readonly Field[], doc: unknown, skip = ''): string[] => {
  const ids = new Set<string>()
  collect(fields, asData(doc), skip, ids)
  return [...ids]
}

const CAN_HOLD_MEDIA = new Set(['upload', 'relationship', 'richText', 'group', 'array', 'blocks'])

/**
 * The top-level fields that can hold media (what mediaIdsIn reads), as a `select`: a backfill
 * reads only these, so a plain column added by a later migration is not asked of an older table.
 */
export const mediaFieldsSelect = (fields: readonly Field[], also: readonly string[] = []): SelectShape => {
  const select: SelectShape = Object.fromEntries(also.map((name) => [name, true]))
  const walk = (list: readonly Field[], into: SelectShape) => {
    for (const field of list) {
      if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) walk(field.fields, into)
      else if (field.type === 'group' && !('name' in field && field.name)) walk(field.fields, into)
      else if (field.type === 'group' && 'name' in field) {
        // A named group: only its own fields that can hold media, so columns a later migration adds to it are never read.
        const inner: SelectShape = {}
        walk(field.fields, inner)
        if (Object.keys(inner).length) into[field.name] = inner
      } else if (field.type === 'tabs') for (const tab of field.tabs as Tab[]) ('name' in tab && tab.name ? (into[tab.name] = true) : walk(tab.fields, into))
      else if ('name' in field && field.name && CAN_HOLD_MEDIA.has(field.type)) into[field.name] = true
    }
  }
  walk(fields, select)
  return select
}

type SelectShape = { [name: string]: true | SelectShape }
