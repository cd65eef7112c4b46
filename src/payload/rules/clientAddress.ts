import { isIPv4, isIPv6 } from 'node:net'

/**
 * The client's address. Behind a proxy of our own (`trustProxy`), X-Forwarded-For's rightmost
 * entry is the one that proxy appended: everything left of it was written by the client and
 * proves nothing. Without such a proxy the header is ignored and the connection's address counts.
 */
export const clientAddress = (forwardedFor: string | string[] | null | undefined, socketAddress: string | undefined, trustProxy: boolean): string => {
  const appended = trustProxy
    ? [forwardedFor ?? []]
        .flat()
        .join(',')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .at(-1)
    : undefined
  return appended || socketAddress || 'unknown'
}

/** The eight 16-bit groups of an IPv6 address, as the URL parser writes them (zone id dropped). */
const ipv6Groups = (address: string): number[] => {
  const canonical = new URL(`http://[${address.split('%')[0]}]`).hostname.slice(1, -1)
  const [head, tail] = canonical.split('::')
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const left = parse(head)
  const right = parse(tail)
  return tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
}

/**
 * The key a client is counted under by the rate limits. An IPv4 address is one client; an IPv6
 * client usually holds a whole /64 and can switch addresses inside it at will, so it counts as
 * its /64. An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, a dual-stack socket) is its IPv4.
 */
export const addressBucket = (address: string): string => {
  if (isIPv4(address)) return address
  const bare = address.split('%')[0]
  if (!isIPv6(bare)) return address
  const groups = ipv6Groups(bare)
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.')
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`
}
