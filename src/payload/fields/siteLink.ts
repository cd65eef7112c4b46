import type { PayloadRequest } from 'payload'

import { linkHrefProblem } from '../rules/linkHref'

/** The hosts admins allow, read once per request however many links are checked. */
const allowedHosts = (req: PayloadRequest): Promise<string[]> => {
  const cached = req.context.externalLinkHosts
  if (cached) return cached
  const hosts = req.payload
    .findGlobal({ slug: 'externalLinkHosts', depth: 0, overrideAccess: true, req })
    .then((list) => (list.hosts ?? []).map((row) => row.host))
  req.context.externalLinkHosts = hosts
  return hosts
}

/**
 * A link the public site shows: a path of this site, or an http(s) address on a host listed in
 * 系统 › 外部链接白名单 (rules/linkHref.ts). Empty passes unless the field is required.
 */
export const validateSiteLink = async (value: string | null | undefined, { req, required }: { req: PayloadRequest; required?: boolean }) => {
  if (!value && !required) return true
  return linkHrefProblem(value, value?.startsWith('/') ? [] : await allowedHosts(req)) ?? true
}

/** What the admin says under such a field. */
export const SITE_LINK_HELP = '本站页面以 / 开头;外部网站须在 系统 › 外部链接白名单 中'
