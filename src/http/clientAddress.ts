import { randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

/**
 * Request header through which the host hands Payload's handlers the client's address (Express
 * `req.ip`, which honours `trust proxy`). Its name is random per process: a client cannot send
 * it, not even to a handler mounted without this host, because it cannot know the name. A header
 * (rather than a WeakMap keyed by the request) survives the request copies Payload makes, e.g. for
 * `X-HTTP-Method-Override`. The host also drops any incoming header of this family.
 */
export const clientAddressHeader = `x-casebook-client-${randomBytes(12).toString('hex')}`

/** Names a client could use to pose as the host's header (any `x-casebook-client*`). */
export const isClientAddressHeader = (name: string): boolean =>
  name.toLowerCase().startsWith('x-casebook-client')

/** The plugin's `clientAddress` option for requests that came through this host. */
export const clientAddressOf = (req: Pick<PayloadRequest, 'headers'>): string | null =>
  req.headers?.get(clientAddressHeader) || null
