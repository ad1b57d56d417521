import type { Access, CollectionConfig, Config, Payload, SanitizedCollectionConfig } from 'payload'

import { attributeLockToCaller } from '../../hooks/attributeLockToCaller'
import { guardLockTarget } from '../../hooks/guardLockTarget'
import { adminOnly, signedIn } from '../access'
import { allOf } from '../access/combine'
import {
  lockTakers,
  locksOfEditors,
  locksThatCount,
  nobody,
  ownPreferences,
} from '../access/payloadCollections'

type Operation = 'create' | 'read' | 'update' | 'delete'

interface SystemCollectionRules {
  access: Record<Operation, Access>
  beforeChange?: NonNullable<NonNullable<CollectionConfig['hooks']>['beforeChange']>
  /** `false`: no REST routes at all (404), rather than Payload's 501 for `endpoints: false`. */
  routes?: false
}

/**
 * Least privilege on the collections Payload adds by itself. Each rule is combined with the
 * collection's own access (`{ and: [theirs, ours] }`), never loosening it.
 */
const rules: Record<string, SystemCollectionRules> = {
  'payload-locked-documents': {
    access: {
      create: lockTakers,
      read: locksThatCount,
      update: locksOfEditors,
      delete: locksOfEditors,
    },
    beforeChange: [guardLockTarget, attributeLockToCaller],
  },
  'payload-preferences': {
    access: {
      create: signedIn,
      read: ownPreferences,
      update: ownPreferences,
      delete: ownPreferences,
    },
  },
  'payload-jobs': {
    access: { create: nobody, read: adminOnly, update: nobody, delete: nobody },
  },
  'payload-kv': {
    access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  },
  'payload-migrations': {
    access: { create: nobody, read: adminOnly, update: nobody, delete: nobody },
    routes: false,
  },
}

const tightened = new WeakSet<SanitizedCollectionConfig>()

function tighten(collection: SanitizedCollectionConfig, rule: SystemCollectionRules): void {
  if (tightened.has(collection)) return
  tightened.add(collection)
  const access = collection.access
  for (const operation of ['create', 'read', 'update', 'delete'] as const) {
    access[operation] = allOf(access[operation], rule.access[operation])
  }
  if (rule.beforeChange) {
    const hooks = collection.hooks
    hooks.beforeChange = [...(hooks.beforeChange ?? []), ...rule.beforeChange]
  }
  if (rule.routes === false && collection.endpoints === false) collection.endpoints = []
}

/** Applies {@link rules} to whichever of Payload's own collections this instance has. */
export function tightenPayloadCollections(payload: Payload): void {
  const collections = payload.collections as Partial<
    Record<string, { config: SanitizedCollectionConfig }>
  >
  for (const [slug, rule] of Object.entries(rules)) {
    const collection = collections[slug]?.config
    if (collection) tighten(collection, rule)
  }
}

/**
 * Payload adds its own collections while it sanitizes the config, after every plugin has run,
 * so their access is tightened when the instance initialises, before it serves any request.
 */
export function withPayloadCollectionAccess(config: Config): Config {
  const previous = config.onInit
  return {
    ...config,
    onInit: async (payload) => {
      tightenPayloadCollections(payload)
      await previous?.(payload)
    },
  }
}
