/**
 * Checks addresses the way a polite visitor would: one request at a time per host, a pause between
 * two requests to the same host, a timeout, at most `perHostLimit` addresses of one host in a run
 * (the rest are left for the next run), and answers remembered for `cacheMs` so a daily run does
 * not ask again about what it asked yesterday. The fetcher is injected: tests never touch the network.
 */
export type LinkStatus = { url: string; status: number | null; checkedAt: number }

export type Fetcher = (url: string, signal: AbortSignal) => Promise<{ status: number }>

export type LinkCheckOptions = {
  timeoutMs?: number
  perHostLimit?: number
  pauseMs?: number
  cacheMs?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export const hostOf = (url: string): string | null => {
  try {
    return new URL(url).host
  } catch {
    return null
  }
}

/** HEAD first; a server that refuses HEAD (405/501) is asked with GET. */
export const fetchStatus: Fetcher = async (url, signal) => {
  const head = await fetch(url, { method: 'HEAD', redirect: 'follow', signal })
  if (head.status !== 405 && head.status !== 501) return { status: head.status }
  const get = await fetch(url, { method: 'GET', redirect: 'follow', signal })
  await get.body?.cancel()
  return { status: get.status }
}

export const checkLinks = async (
  urls: readonly string[],
  fetcher: Fetcher,
  cache: Map<string, LinkStatus>,
  { timeoutMs = 8000, perHostLimit = 20, pauseMs = 1000, cacheMs = 86_400_000, now = Date.now, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)) }: LinkCheckOptions = {},
): Promise<LinkStatus[]> => {
  const byHost = new Map<string, string[]>()
  const results: LinkStatus[] = []
  for (const url of new Set(urls)) {
    const cached = cache.get(url)
    if (cached && now() - cached.checkedAt < cacheMs) {
      results.push(cached)
      continue
    }
    const host = hostOf(url)
    if (!host) {
      results.push({ url, status: null, checkedAt: now() })
      continue
    }
    byHost.set(host, [...(byHost.get(host) ?? []), url])
  }
  // Hosts in parallel, each host's addresses one after another.
  await Promise.all(
    [...byHost.values()].map(async (list) => {
      for (const [index, url] of list.slice(0, perHostLimit).entries()) {
        if (index > 0) await sleep(pauseMs)
        const status = await fetcher(url, AbortSignal.timeout(timeoutMs)).then(
          (answer) => answer.status,
          () => null,
        )
        const result = { url, status, checkedAt: now() }
        cache.set(url, result)
        results.push(result)
      }
    }),
  )
  return results
}
