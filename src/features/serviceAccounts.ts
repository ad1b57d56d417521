import type { Config, Endpoint, Payload, SanitizedCollectionConfig } from 'payload'

import { refuseServiceAccounts, refuseServiceAccountsAt } from '../access/serviceAccounts'

/** Every operation that writes, or reads past what is published. */
const confinedOperations = ['create', 'update', 'delete', 'unlock', 'readVersions'] as const

const confined = new WeakSet<SanitizedCollectionConfig>()

const confineEndpoints = (
  endpoints: Endpoint[] | false | undefined,
): Endpoint[] | false | undefined =>
  Array.isArray(endpoints)
    ? endpoints.map((endpoint) =>
        endpoint.method === 'get'
          ? endpoint
          : { ...endpoint, handler: refuseServiceAccountsAt(endpoint.handler) },
      )
    : endpoints

function confine(collection: SanitizedCollectionConfig): void {
  if (confined.has(collection)) return
  confined.add(collection)
  for (const operation of confinedOperations) {
    collection.access[operation] = refuseServiceAccounts(collection.access[operation])
  }
  collection.endpoints = confineEndpoints(collection.endpoints) as typeof collection.endpoints
}

/** Refuses service accounts every write and version read on every collection of `payload`. */
export function confineServiceAccounts(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) confine(config)
  payload.config.endpoints = confineEndpoints(
    payload.config.endpoints,
  ) as typeof payload.config.endpoints
}

/**
 * Service accounts (`frontend`) read exactly what anonymous visitors read and write nothing: every
 * collection's create, update, delete, unlock and version access refuses them, and so does every
 * custom endpoint that is not a GET (likes, ratings, views, review actions, webhook tests), on
 * every transport. Applied when the instance initialises, when Payload's own collections exist.
 */
export function withConfinedServiceAccounts(config: Config): Config {
  const previous = config.onInit
  return {
    ...config,
    onInit: async (payload) => {
      confineServiceAccounts(payload)
      await previous?.(payload)
    },
  }
}
