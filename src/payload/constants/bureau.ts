/** 机构概况: the kinds of the bureau's units, named once for the admin and the public page. */
export const ORG_UNIT_KIND_LABELS = {
  internal: '内设机构',
  affiliated: '直属单位',
} as const

export type OrgUnitKind = keyof typeof ORG_UNIT_KIND_LABELS

export const ORG_UNIT_KINDS = Object.keys(ORG_UNIT_KIND_LABELS) as OrgUnitKind[]

/** The public 机构概况 page and its sections (anchors), linked from the sitemap and the 网站地图. */
export const ABOUT_PATH = '/about'
