import { BlockList, isIPv4, isIPv6 } from 'node:net'

/**
 * Addresses a webhook must not reach unless private URLs are allowed: they belong to this
 * machine, its network or nobody (loopback, private, link-local, CGNAT, unspecified, multicast,
 * reserved).
 */
const internal = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", the unspecified address
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  internal.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routable inside some networks)
  ['ff00::', 8], // multicast
] as const) {
  internal.addSubnet(network, prefix, 'ipv6')
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part included). */
function groupsOf(address: string): number[] | null {
  let text = address.toLowerCase().split('%')[0]
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted[1].split('.').map(Number)
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.split('::') as [string, string | undefined]
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)))
  const front = parse(head)
  const back = tail === undefined ? [] : parse(tail)
  const missing = 8 - front.length - back.length
  if (missing < 0 || (tail === undefined && missing !== 0)) return null
  const groups = [...front, ...new Array<number>(missing).fill(0), ...back]
  return groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff)
    ? groups
    : null
}

/**
 * The IPv4 address an IPv6 address carries: IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible
 * (`::a.b.c.d`) and NAT64 (`64:ff9b::a.b.c.d`) all reach that IPv4 address.
 */
export function embeddedIPv4(address: string): string | null {
  const groups = groupsOf(address)
  if (!groups) return null
  const zeros = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0)
  const mapped = zeros(0, 5) && groups[5] === 0xffff
  const compatible = zeros(0, 6) && (groups[6] !== 0 || groups[7] > 1)
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)
  if (!mapped && !compatible && !nat64) return null
  const [high, low] = [groups[6], groups[7]]
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.')
}

/** Whether `address` (an IP literal) is internal; anything that is not an IP counts as internal. */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  if (isIPv4(bare)) return internal.check(bare, 'ipv4')
  if (!isIPv6(bare)) return true
  const v4 = embeddedIPv4(bare)
  if (v4 !== null) return internal.check(v4, 'ipv4')
  return internal.check(bare.split('%')[0], 'ipv6')
}
