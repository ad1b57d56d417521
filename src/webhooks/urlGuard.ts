import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { lookup } from 'node:dns/promises'
import { isIP, type LookupFunction } from 'node:net'

import { isInternalAddress } from './addresses'

/** A webhook URL that may not be used, and why (answered as 400 at save time). */
export class UnsafeWebhookUrl extends Error {}

/** The URL's form: http or https, a host, no credentials. Throws {@link UnsafeWebhookUrl}. */
export function parseWebhookUrl(raw: unknown): URL {
  let url: URL
  try {
    url = new URL(String(raw))
  } catch {
    throw new UnsafeWebhookUrl('The URL is not valid.')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UnsafeWebhookUrl('Only http and https URLs are allowed.')
  }
  if (url.username || url.password) {
    throw new UnsafeWebhookUrl('The URL must not carry credentials.')
  }
  if (!url.hostname) throw new UnsafeWebhookUrl('The URL has no host.')
  return url
}

/** `[::1]` → `::1`: the host as DNS and sockets take it. */
export const bareHost = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '')

const refusal = (address: string) =>
  new UnsafeWebhookUrl(
    `The URL resolves to ${address}, an internal address (loopback, private, link-local or reserved).`,
  )

/** Refuses the first internal address among `addresses`, unless private URLs are allowed. */
function vet(addresses: readonly LookupAddress[], allowPrivate: boolean): void {
  if (addresses.length === 0) throw new UnsafeWebhookUrl('The URL’s host has no address.')
  if (allowPrivate) return
  const inside = addresses.find(({ address }) => isInternalAddress(address))
  if (inside) throw refusal(inside.address)
}

/**
 * Checks a webhook URL before it is saved: its form, then every address its host resolves to.
 * Delivery checks again (DNS can change between save and delivery).
 */
export async function checkWebhookUrl(raw: unknown, allowPrivate: boolean): Promise<URL> {
  const url = parseWebhookUrl(raw)
  let addresses: LookupAddress[]
  try {
    addresses = await lookup(bareHost(url), { all: true, verbatim: true })
  } catch {
    throw new UnsafeWebhookUrl(`The URL’s host ${url.hostname} could not be resolved.`)
  }
  vet(addresses, allowPrivate)
  return url
}

/**
 * Refuses a URL whose host is an internal IP literal. Sockets skip DNS lookup for literals, so
 * {@link guardedLookup} never sees them: deliveries call this before connecting.
 */
export function refuseInternalLiteral(url: URL, allowPrivate: boolean): void {
  const host = bareHost(url)
  if (!allowPrivate && isIP(host) !== 0 && isInternalAddress(host)) throw refusal(host)
}

/**
 * The DNS lookup a delivery connects with: it resolves the host once, refuses if any address is
 * internal, and hands the socket exactly the vetted addresses, so a host that re-resolves to an
 * internal address between the check and the connection (DNS rebinding) cannot slip through.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, '', 0)
      try {
        vet(addresses, allowPrivate)
      } catch (refused) {
        return callback(refused as NodeJS.ErrnoException, '', 0)
      }
      const family = options.family === 4 || options.family === 6 ? options.family : 0
      const usable = addresses.filter((entry) => family === 0 || entry.family === family)
      if (usable.length === 0) return callback(new Error(`no IPv${family} address`), '', 0)
      if (options.all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable)
      callback(null, usable[0].address, usable[0].family)
    })
  }
}
