import { preferenceKey } from '../lib/preferences'

/** Pages differ by path, query and the reading-preference cookies; nothing else. */
export const cacheKey = (method: string, url: string, cookieHeader: string | undefined): string =>
  `${method === 'HEAD' ? 'GET' : method} ${url} ${preferenceKey(cookieHeader)}`

const CACHEABLE_TYPES = /^(text\/html|application\/(rss\+)?xml|application\/xml)/

/** Only public, cookie-free answers of reading pages are kept. */
export const isCacheable = (status: number, headers: Headers): boolean =>
  (status === 200 || status === 404) &&
  !headers.has('set-cookie') &&
  CACHEABLE_TYPES.test(headers.get('content-type') ?? '') &&
  !/no-store|private/.test(headers.get('cache-control') ?? '')
