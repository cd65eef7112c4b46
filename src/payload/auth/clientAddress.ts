import { isIPv4, isIPv6 } from 'node:net'

/**
 * The address a login attempt came from. The connection's own address, unless a proxy of ours
 * sits in front (TRUST_PROXY=1): then the last X-Forwarded-For entry, the one our proxy
 * appended; every entry before it was written by the client and proves nothing.
 */
export const clientAddress = ({
  socketAddress,
  forwardedFor,
  trustProxy,
}: {
  socketAddress: string | undefined
  forwardedFor: string | string[] | undefined
  trustProxy: boolean
}): string | undefined => {
  if (!trustProxy) return socketAddress
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor
  const appended = header?.split(',').map((entry) => entry.trim()).filter(Boolean).at(-1)
  return appended || socketAddress
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail counts as the last two). */
const ipv6Groups = (address: string): string[] => {
  const groups = (part: string) =>
    part
      ? part.split(':').flatMap((group) => (group.includes('.') ? ['v4', 'v4'] : [group.padStart(4, '0').toLowerCase()]))
      : []
  const [head, tail] = address.split('::')
  const left = groups(head)
  const right = tail === undefined ? [] : groups(tail)
  return [...left, ...Array<string>(8 - left.length - right.length).fill('0000'), ...right]
}

/**
 * The key a client is counted under: an IPv4 address as it is (also when written IPv4-mapped,
 * ::ffff:1.2.3.4), an IPv6 address by its /64, since one subscriber usually holds a whole /64
 * and could otherwise take a fresh address for every attempt. Anything else is kept as written.
 */
export const clientAddressKey = (address: string): string => {
  const bare = address.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)
  if (mapped && isIPv4(mapped[1])) return mapped[1]
  if (isIPv4(bare)) return bare
  if (!isIPv6(bare)) return bare
  return `${ipv6Groups(bare).slice(0, 4).join(':')}::/64`
}
